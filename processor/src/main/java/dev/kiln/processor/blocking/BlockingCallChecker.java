package dev.kiln.processor.blocking;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.kiln.processor.blocking.MethodBodyScanner.BlockingStep;
import dev.kiln.processor.blocking.MethodBodyScanner.HelperStep;
import dev.kiln.processor.blocking.MethodBodyScanner.MethodSummary;
import dev.kiln.processor.blocking.MethodBodyScanner.Step;
import dev.kiln.processor.diag.DiagnosticId;
import dev.kiln.processor.diag.Diagnostics;
import dev.kiln.processor.diag.Severity;
import dev.kiln.processor.diag.Suppression;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * The compile-time check that code running on the event loop does not call a blocking method
 * ({@code [kiln/BlockingCallOnEventLoop]}).
 *
 * <p>Use: {@link #create} once per compilation, in the processor's {@code init}; then, in any round,
 * {@link #checkAfterAnalysis} for every operation and provider that runs on the event loop. The
 * processor must list {@link #OPTION} among its supported options.
 *
 * <h2>When it runs, and why then</h2>
 * Reading a method body needs attributed trees (which method does {@code in.read()} call?). During
 * an annotation-processing round the bodies are not attributed yet, and attributing them then (as
 * {@code Trees.getElement} does on demand) leaves types in lambda parameters that break the next
 * round: a lambda over a captured wildcard no longer compiles. So this class records the methods to
 * check, and reads their bodies when javac has finished processing and analyses the first class
 * (before it lowers anything); classes not analysed yet are attributed on demand then, exactly as
 * javac would. A compilation that stops at a processor error is not checked.
 *
 * <h2>What is reported, and where</h2>
 * Each known-blocking call ({@link KnownBlockingMethods}, or a method annotated
 * {@code @dev.kiln.Blocking}) reachable from the event-loop method, through at most
 * {@value #MAX_DEPTH} levels of methods whose source is in this compilation, is reported once per
 * event-loop method, at the call in the event-loop method's own body that leads to it: that is the
 * line its author must change, and a helper shared with worker code is not itself wrong. The
 * message names the chain, {@code read -> loadFromDisk -> Files.readAllBytes}. Which lambdas count
 * as event-loop code is described on {@link MethodBodyScanner}.
 *
 * <p>{@code @SuppressWarnings("kiln:BlockingCallOnEventLoop")} (or its older name {@code "kiln:blocking"}) on
 * the event-loop method or a class around it silences the check for it; on a helper method (or its class) it stops the check from following
 * calls into it. {@code -Akiln.blockingCheck=error|warn|off} (default {@code error}) sets the kind.
 */
public final class BlockingCallChecker {

    /** The processor option: {@code -Akiln.blockingCheck=error|warn|off}. */
    public static final String OPTION = "kiln.blockingCheck";
    /** How many levels of helper methods are followed below the event-loop method. */
    public static final int MAX_DEPTH = 3;

    /** A method to check, by names that survive the rounds (elements of one round are stale in the next). */
    private record PendingCheck(
            String className, String methodName, int overloadIndex, String eventLoopMethod, String whyOnEventLoop) {}

    private final ProcessingEnvironment env;
    private final Diagnostics diagnostics;
    private final Trees trees;
    private final BlockingCheckMode mode;
    private final Set<PendingCheck> pending = new LinkedHashSet<>();
    private boolean analysisStarted;

    private BlockingCallChecker(ProcessingEnvironment env, Trees trees, BlockingCheckMode mode) {
        this.env = env;
        this.diagnostics = new Diagnostics(env.getMessager());
        this.trees = trees;
        this.mode = mode;
    }

    /**
     * Reads {@link #OPTION} and hooks the check into javac's analysis. Call it once per compilation.
     * A value that is not {@code error}, {@code warn} or {@code off} is reported as an error, which
     * ends the compilation after processing.
     *
     * @param env the processor's environment
     * @return the checker of this compilation
     */
    public static BlockingCallChecker create(ProcessingEnvironment env) {
        String value = env.getOptions().get(OPTION);
        Optional<BlockingCheckMode> parsed =
                value == null ? Optional.of(BlockingCheckMode.ERROR) : BlockingCheckMode.parse(value);
        BlockingCheckMode mode = parsed.orElse(BlockingCheckMode.ERROR);
        Trees trees = null;
        JavacTask task = null;
        if (mode != BlockingCheckMode.OFF) {
            try {
                trees = Trees.instance(env);
                task = JavacTask.instance(env);
            } catch (IllegalArgumentException notJavac) {
                trees = null;
            }
        }
        BlockingCallChecker checker = new BlockingCallChecker(env, task == null ? null : trees, mode);
        if (parsed.isEmpty()) {
            checker.print(
                    Severity.ERROR, DiagnosticId.BadOption, "-A" + OPTION + "=" + value + " is not understood.", null);
        }
        if (mode != BlockingCheckMode.OFF && task == null) {
            checker.print(
                    Severity.NOTE,
                    DiagnosticId.BlockingCheckUnavailable,
                    "The check for blocking calls on the event loop needs javac's tree API, which this compiler "
                            + "does not offer; it is skipped.",
                    null);
        }
        if (task != null) {
            task.addTaskListener(checker.new FirstAnalysisListener());
        }
        return checker;
    }

    /**
     * Checks {@code eventLoopMethod} once javac has attributed the compilation (see the class
     * comment), and reports what it finds.
     *
     * @param eventLoopMethod an operation or provider that runs on the event loop
     * @param whyOnEventLoop  the reason, in the route table's words: {@code returns Future},
     *                        {@code returns CompletionStage}, {@code @NonBlocking}
     */
    public void checkAfterAnalysis(ExecutableElement eventLoopMethod, String whyOnEventLoop) {
        if (trees == null || mode == BlockingCheckMode.OFF) {
            return;
        }
        TypeElement owner = (TypeElement) eventLoopMethod.getEnclosingElement();
        int overloadIndex = 0;
        for (ExecutableElement method : ElementFilter.methodsIn(owner.getEnclosedElements())) {
            if (method.equals(eventLoopMethod)) {
                break;
            }
            if (method.getSimpleName().equals(eventLoopMethod.getSimpleName())) {
                overloadIndex++;
            }
        }
        pending.add(new PendingCheck(
                owner.getQualifiedName().toString(),
                eventLoopMethod.getSimpleName().toString(),
                overloadIndex,
                owner.getSimpleName() + "." + eventLoopMethod.getSimpleName(),
                whyOnEventLoop));
        if (analysisStarted) {
            runPendingChecks();
        }
    }

    /**
     * Runs the recorded checks on the now attributed trees and reports what they find in source
     * order (file, then position): the order the processor asked in is not specified.
     */
    private void runPendingChecks() {
        CallClassifier classifier = new CallClassifier(env.getElementUtils(), env.getTypeUtils());
        Map<ExecutableElement, MethodSummary> summaries = new HashMap<>();
        List<PendingCheck> checks = new ArrayList<>(pending);
        pending.clear();
        List<BlockingCall> found = new ArrayList<>();
        for (PendingCheck check : checks) {
            Optional<ExecutableElement> method = resolve(check);
            if (method.isEmpty()) {
                continue;
            }
            try {
                found.addAll(check(method.get(), check, classifier, summaries));
            } catch (RuntimeException bug) {
                // A defect here must not take javac down with it, nor pass unnoticed.
                if (Suppression.isSuppressed(method.get(), DiagnosticId.BlockingCheckFailed)) {
                    continue;
                }
                TreePath at = trees.getPath(method.get());
                diagnostics.print(
                        Severity.WARNING,
                        DiagnosticId.BlockingCheckFailed,
                        "The check for blocking calls in " + check.eventLoopMethod() + " failed (" + bug + ").",
                        null,
                        trees,
                        at == null ? null : at.getLeaf(),
                        at == null ? null : at.getCompilationUnit());
            }
        }
        SourcePositions positions = trees.getSourcePositions();
        found.sort(Comparator.comparing((BlockingCall call) ->
                        call.compilationUnit().getSourceFile().getName())
                .thenComparingLong(call -> positions.getStartPosition(call.compilationUnit(), call.callSite())));
        report(found);
    }

    private Optional<ExecutableElement> resolve(PendingCheck check) {
        TypeElement owner = env.getElementUtils().getTypeElement(check.className());
        if (owner == null) {
            return Optional.empty();
        }
        int overloadIndex = 0;
        for (ExecutableElement method : ElementFilter.methodsIn(owner.getEnclosedElements())) {
            if (method.getSimpleName().contentEquals(check.methodName()) && overloadIndex++ == check.overloadIndex()) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }

    private List<BlockingCall> check(
            ExecutableElement eventLoopMethod,
            PendingCheck check,
            CallClassifier classifier,
            Map<ExecutableElement, MethodSummary> summaries) {
        if (isSuppressed(eventLoopMethod)) {
            return List.of();
        }
        Walk walk = new Walk(eventLoopMethod, check, classifier, summaries);
        Set<ExecutableElement> onChain = new HashSet<>(Set.of(eventLoopMethod));
        walk.follow(eventLoopMethod, List.of(eventLoopMethod.getSimpleName().toString()), null, null, 0, onChain);
        return walk.found;
    }

    /** The depth-first walk from one event-loop method through the helper methods it calls. */
    private final class Walk {
        private final TypeElement eventLoopType;
        private final PendingCheck check;
        private final CallClassifier classifier;
        private final Map<ExecutableElement, MethodSummary> summaries;
        private final Set<Tree> reported = Collections.newSetFromMap(new IdentityHashMap<>());
        private final List<BlockingCall> found = new ArrayList<>();

        Walk(
                ExecutableElement eventLoopMethod,
                PendingCheck check,
                CallClassifier classifier,
                Map<ExecutableElement, MethodSummary> summaries) {
            this.eventLoopType = (TypeElement) eventLoopMethod.getEnclosingElement();
            this.check = check;
            this.classifier = classifier;
            this.summaries = summaries;
        }

        /**
         * @param callSite the call in the event-loop method that led here ({@code null} at depth 0,
         *                 where each step is its own call site)
         */
        void follow(
                ExecutableElement method,
                List<String> chain,
                Tree callSite,
                CompilationUnitTree callUnit,
                int depth,
                Set<ExecutableElement> onChain) {
            MethodSummary summary =
                    summaries.computeIfAbsent(method, m -> MethodBodyScanner.summarize(m, trees, classifier));
            for (Step step : summary.steps()) {
                Tree site = depth == 0 ? step.site() : callSite;
                CompilationUnitTree unit = depth == 0 ? summary.unit() : callUnit;
                if (step instanceof BlockingStep blocking) {
                    if (reported.add(blocking.site())) {
                        found.add(new BlockingCall(
                                check.eventLoopMethod(),
                                check.whyOnEventLoop(),
                                append(chain, blocking.target().shortName()),
                                blocking.target().description(),
                                blocking.target().hint(),
                                site,
                                unit));
                    }
                } else if (step instanceof HelperStep helper
                        && depth < MAX_DEPTH
                        && !onChain.contains(helper.callee())
                        && !isSuppressed(helper.callee())) {
                    onChain.add(helper.callee());
                    follow(helper.callee(), append(chain, label(helper.callee())), site, unit, depth + 1, onChain);
                    onChain.remove(helper.callee());
                }
            }
        }

        /** {@code loadFromDisk} in the event-loop method's class, {@code Disk.load} elsewhere, {@code new Disk}. */
        private String label(ExecutableElement callee) {
            TypeElement owner = (TypeElement) callee.getEnclosingElement();
            if (callee.getKind() == ElementKind.CONSTRUCTOR) {
                return "new " + owner.getSimpleName();
            }
            String name = callee.getSimpleName().toString();
            return owner.equals(eventLoopType) ? name : owner.getSimpleName() + "." + name;
        }
    }

    private static List<String> append(List<String> chain, String last) {
        List<String> longer = new ArrayList<>(chain);
        longer.add(last);
        return longer;
    }

    /** {@code @SuppressWarnings("kiln:BlockingCallOnEventLoop")} (or {@code "kiln:blocking"}) on it or around it. */
    private static boolean isSuppressed(ExecutableElement method) {
        return Suppression.isSuppressed(method, DiagnosticId.BlockingCallOnEventLoop);
    }

    /** Reports each call at its call site, as an error or a warning per {@link #OPTION}. */
    private void report(List<BlockingCall> calls) {
        for (BlockingCall call : calls) {
            diagnostics.print(
                    mode.severity(),
                    DiagnosticId.BlockingCallOnEventLoop,
                    call.message(),
                    call.fix(),
                    trees,
                    call.callSite(),
                    call.compilationUnit());
        }
    }

    /** Prints a finding of the check's own setup, without a position. */
    private void print(Severity severity, DiagnosticId id, String message, String fix) {
        diagnostics.print(severity, id, message, fix, trees, null, null);
    }

    /** Runs the recorded checks when javac has analysed its first class, before it lowers any. */
    private final class FirstAnalysisListener implements TaskListener {
        @Override
        public void finished(TaskEvent event) {
            if (event.getKind() == TaskEvent.Kind.ANALYZE && !analysisStarted) {
                analysisStarted = true;
                runPendingChecks();
            }
        }
    }
}
