package dev.kiln.processor.blocking;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads one method body and lists, in source order, the calls that matter to the blocking check:
 * calls to known-blocking methods, and calls to methods whose source is in this compilation (to be
 * followed).
 *
 * <p>Which code counts as running on the calling thread:
 * <ul>
 *   <li>the body itself, and the lambdas, method references and anonymous classes in it: a lambda
 *       runs either synchronously ({@code list.forEach}) or later on the same event loop
 *       ({@code future.map}, {@code onSuccess}, {@code vertx.setTimer}), so both are checked;</li>
 *   <li>except the lambda, method-reference and anonymous-class arguments of a hand-off method
 *       ({@code vertx.executeBlocking}, {@code Executor.execute}, ...; see
 *       {@link KnownBlockingMethods#HAND_OFFS}), which run on another thread. Their other
 *       arguments are still evaluated here, so they are checked;</li>
 *   <li>local class declarations are not read where they are declared; their methods are
 *       followed where they are called, like any other method.</li>
 * </ul>
 */
final class MethodBodyScanner extends TreePathScanner<Void, Void> {

    /** A call the check cares about. */
    sealed interface Step permits BlockingStep, HelperStep {
        /** The call's tree: a method invocation, {@code new}, or a method reference. */
        Tree site();
    }

    /** A call to a known-blocking method. */
    record BlockingStep(Tree site, CallClassifier.BlockingTarget target) implements Step {}

    /** A call to a method or constructor whose body is in this compilation. */
    record HelperStep(Tree site, ExecutableElement callee) implements Step {}

    /** A method's compilation unit and its steps in source order. */
    record MethodSummary(CompilationUnitTree unit, List<Step> steps) {}

    private final Trees trees;
    private final CallClassifier classifier;
    private final List<Step> steps = new ArrayList<>();

    private MethodBodyScanner(Trees trees, CallClassifier classifier) {
        this.trees = trees;
        this.classifier = classifier;
    }

    /** Reads {@code method}'s body; empty when its source is not in this compilation or it has no body. */
    static MethodSummary summarize(ExecutableElement method, Trees trees, CallClassifier classifier) {
        TreePath methodPath = trees.getPath(method);
        if (methodPath == null || !(methodPath.getLeaf() instanceof MethodTree tree) || tree.getBody() == null) {
            return new MethodSummary(null, List.of());
        }
        MethodBodyScanner scanner = new MethodBodyScanner(trees, classifier);
        scanner.scan(new TreePath(methodPath, tree.getBody()), null);
        return new MethodSummary(methodPath.getCompilationUnit(), List.copyOf(scanner.steps));
    }

    /** Whether a call can be followed: its source, with a body, is in this compilation. */
    static boolean hasSourceBody(ExecutableElement method, Trees trees) {
        MethodTree tree = trees.getTree(method);
        return tree != null && tree.getBody() != null;
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        if (!(trees.getElement(getCurrentPath()) instanceof ExecutableElement invoked)) {
            return super.visitMethodInvocation(node, unused);
        }
        TypeMirror siteType = null;
        if (node.getMethodSelect() instanceof MemberSelectTree select && !isStatic(invoked)) {
            TreePath selectPath = new TreePath(getCurrentPath(), select);
            siteType = trees.getTypeMirror(new TreePath(selectPath, select.getExpression()));
        }
        record(node, invoked, siteType);
        if (classifier.handsOff(invoked, siteType)) {
            scan(node.getMethodSelect(), unused);
            scanArgumentsEvaluatedHere(node.getArguments());
            return null;
        }
        return super.visitMethodInvocation(node, unused);
    }

    @Override
    public Void visitNewClass(NewClassTree node, Void unused) {
        ClassTree anonymousBody = node.getClassBody();
        boolean handsOff = false;
        // An anonymous class's constructor is synthetic: there is nothing of the user's to classify.
        if (anonymousBody == null && trees.getElement(getCurrentPath()) instanceof ExecutableElement constructor) {
            record(node, constructor, null);
            handsOff = classifier.handsOff(constructor, null);
        }
        scan(node.getEnclosingExpression(), unused);
        if (handsOff) {
            scanArgumentsEvaluatedHere(node.getArguments());
        } else {
            scan(node.getArguments(), unused);
        }
        scan(anonymousBody, unused);
        return null;
    }

    @Override
    public Void visitMemberReference(MemberReferenceTree node, Void unused) {
        if (trees.getElement(getCurrentPath()) instanceof ExecutableElement referenced) {
            TypeMirror siteType = null;
            if (referenced.getKind() == ElementKind.METHOD && !isStatic(referenced)) {
                siteType = trees.getTypeMirror(new TreePath(getCurrentPath(), node.getQualifierExpression()));
            }
            record(node, referenced, siteType);
        }
        return super.visitMemberReference(node, unused);
    }

    /**
     * An anonymous class body is read with the code around it (its synthetic constructor aside); a
     * local class declaration is not: its methods are read where they are called.
     */
    @Override
    public Void visitClass(ClassTree node, Void unused) {
        if (getCurrentPath().getParentPath().getLeaf() instanceof NewClassTree) {
            for (Tree member : node.getMembers()) {
                if (!(member instanceof MethodTree method && method.getName().contentEquals("<init>"))) {
                    scan(member, unused);
                }
            }
        }
        return null;
    }

    private void record(Tree site, ExecutableElement invoked, TypeMirror siteType) {
        if (!(invoked.getEnclosingElement() instanceof TypeElement)) {
            return;
        }
        Optional<CallClassifier.BlockingTarget> target = classifier.blockingTarget(invoked, siteType);
        if (target.isPresent()) {
            steps.add(new BlockingStep(site, target.get()));
        } else if (hasSourceBody(invoked, trees)) {
            steps.add(new HelperStep(site, invoked));
        }
    }

    /** Scans what a hand-off call evaluates on this thread, skipping the code it hands over. */
    private void scanArgumentsEvaluatedHere(List<? extends ExpressionTree> arguments) {
        for (ExpressionTree argument : arguments) {
            Tree code = unwrap(argument);
            if (code instanceof LambdaExpressionTree || code instanceof MemberReferenceTree) {
                continue;
            }
            if (code instanceof NewClassTree created && created.getClassBody() != null) {
                scan(created.getEnclosingExpression(), null);
                scan(created.getArguments(), null);
                continue;
            }
            scan(argument, null);
        }
    }

    private static Tree unwrap(Tree tree) {
        while (true) {
            if (tree instanceof ParenthesizedTree parenthesized) {
                tree = parenthesized.getExpression();
            } else if (tree instanceof TypeCastTree cast) {
                tree = cast.getExpression();
            } else {
                return tree;
            }
        }
    }

    private static boolean isStatic(Element element) {
        return element.getModifiers().contains(Modifier.STATIC);
    }
}
