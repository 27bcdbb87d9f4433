/**
 * Kiln's annotation processor, in Dagger's shape: one package per stage.
 *
 * <ol>
 *   <li>{@code read}: elements → {@code model}, reading annotations by name (no user class is loaded);</li>
 *   <li>{@code validate}: one validator per concern, each returning a {@code diag.Report};</li>
 *   <li>{@code graph}: the app-wide route table (duplicates) and each operation's
 *       {@code ExecutionPlan} (where it runs and why, as ordered steps);</li>
 *   <li>{@code codegen}: {@code <Class>_Routes} per route class, the {@code RouteModule} registry and its
 *       services file (JavaPoet only);</li>
 *   <li>{@code diag}: the only user of the Messager: {@code [kiln/Id] what is wrong. How to fix it.}</li>
 * </ol>
 *
 * <h2>Extension points</h2>
 * Stages that need validated, planned operations implement {@link dev.kiln.processor.PipelineExtension}
 * and are listed in {@link dev.kiln.processor.KilnProcessor#KilnProcessor()}:
 * <ul>
 *   <li>The OpenAPI writer: in {@code compilationFinished(module, rounds, files)}, every
 *       {@code graph.RouteGraph#routeClasses()} of every round is clean; each {@code model.Operation} has its
 *       HTTP method, full path template, status, produces, tags, summary, description, operationId, deprecated,
 *       parameters (source, wire name, presence, default, {@code TypeShape} with its {@code TypeMirror}, and
 *       the {@code Element}) and return shape. Write {@code META-INF/kiln/openapi/<module>.json} (the name the
 *       route module gives the runtime) with {@code GeneratedFiles#writeResource}.</li>
 *   <li>The blocking-call check: in {@code roundPlanned(graph)}, {@code graph.eventLoopOperations()} lists
 *       every operation of the round that runs on the event loop, with its {@code ExecutableElement} and the
 *       reason ({@code plan().dispatch().reason()}, e.g. {@code returns Future}). Return a report of findings.</li>
 * </ul>
 */
package dev.kiln.processor;
