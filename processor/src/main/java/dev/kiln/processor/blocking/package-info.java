/**
 * The compile-time check that nothing reachable from event-loop code blocks:
 * {@code [kiln/BlockingCallOnEventLoop]}.
 *
 * <p>An operation or provider runs on the event loop when it returns {@code Future} or
 * {@code CompletionStage}, or carries {@code @NonBlocking} (API.md, "Threading"). A blocking call
 * there stalls every request on that loop, so the processor reports it as a compile error at the
 * call's line, naming the call and the fixes:
 * <pre>
 * [kiln/BlockingCallOnEventLoop] Items.read runs on the event loop (returns Future) but calls
 * java.lang.Thread.sleep(long), which blocks. Mark it @Blocking, or wait with vertx.setTimer.
 * </pre>
 *
 * <h2>The rules</h2>
 * <ul>
 *   <li><b>Blocking methods</b>: the table in {@link dev.kiln.processor.blocking.KnownBlockingMethods}
 *       (one line per owner type and method name, optional parameter types, and a fix hint),
 *       matched on the invoked method's owner and its subtypes and overrides; and every method
 *       annotated {@code @dev.kiln.Blocking}, or overriding one that is (read by name from
 *       source and class files alike).</li>
 *   <li><b>Event-loop code</b>: the method's body, with its lambdas, method references and
 *       anonymous classes: they run synchronously ({@code forEach}) or later on the same loop
 *       ({@code map}, {@code compose}, {@code onSuccess}, {@code onComplete}, {@code setTimer}).
 *       Exempt: the lambda, method-reference and anonymous-class arguments of methods that hand
 *       work to another thread ({@code vertx.executeBlocking}, {@code Context.executeBlocking},
 *       {@code WorkerExecutor.executeBlocking}, {@code Executor.execute}, {@code submit},
 *       {@code CompletableFuture.*Async}, {@code new Thread(...)}). Their other arguments are
 *       evaluated on the loop and are checked. A lambda stored in a variable first and handed over
 *       later is checked where it is written (suppress it, or write it in the call).</li>
 *   <li><b>Helpers</b>: calls to methods and constructors whose source is in the same compilation
 *       are followed, {@value dev.kiln.processor.blocking.BlockingCallChecker#MAX_DEPTH} levels
 *       deep, to the method javac resolved (no guessing at virtual dispatch). Library methods
 *       (class files) are judged by the table and {@code @Blocking} only.</li>
 *   <li><b>Where</b>: each blocking call once per event-loop method, at the call in that method's
 *       own body that leads to it, with the chain in the message:
 *       {@code via read -> loadFromDisk -> Files.readAllBytes}. That is the line to change, and a
 *       helper shared with worker code is not itself wrong.</li>
 *   <li><b>Silencing</b>: {@code @SuppressWarnings("kiln:BlockingCallOnEventLoop")} (or its older
 *       name {@code "kiln:blocking"}) on the event-loop method or a class around it; on a helper (or
 *       its class), the check does not follow calls into it. Unlike Kiln's other errors this one can be
 *       silenced: it is a guess about code Kiln does not run.</li>
 *   <li><b>Option</b>: {@code -Akiln.blockingCheck=error|warn|off}, default {@code error}.</li>
 *   <li><b>When</b>: after annotation processing, at javac's first analysis event (see
 *       {@link dev.kiln.processor.blocking.BlockingCallChecker}); so a compilation that already
 *       failed, or runs with {@code -proc:only}, is not checked, and a compiler without javac's
 *       tree API skips the check with a note.</li>
 * </ul>
 */
package dev.kiln.processor.blocking;
