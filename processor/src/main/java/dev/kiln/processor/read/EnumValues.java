package dev.kiln.processor.read;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * What an enum's {@code @JsonValue} member returns for each constant, when the source says so without
 * running anything: a field set from a constructor parameter that every constant passes as a string
 * literal ({@code RED("red")}), read directly or by a method that returns it, or a method that
 * returns {@code name()}. Only the syntax of this compilation's sources is read (no attribution, which
 * would disturb later rounds); an enum from a library, or any other code, gives no values.
 */
final class EnumValues {
    private final Trees trees;

    EnumValues(ProcessingEnvironment env) {
        Trees found;
        try {
            found = Trees.instance(env);
        } catch (IllegalArgumentException notJavac) {
            found = null;
        }
        this.trees = found;
    }

    /** The value of each constant, in order, or {@code null} when the source does not tell them all. */
    List<String> of(TypeElement enumType, List<VariableElement> constants, Element accessor) {
        if (trees == null) {
            return null;
        }
        String field = accessor.getKind() == ElementKind.FIELD
                ? accessor.getSimpleName().toString()
                : returnedField((ExecutableElement) accessor);
        if (field == null) {
            return returnsName((ExecutableElement) accessor)
                    ? constants.stream().map(c -> c.getSimpleName().toString()).toList()
                    : null;
        }
        List<String> values = new ArrayList<>();
        for (VariableElement constant : constants) {
            String value = argumentFor(enumType, constant, field);
            if (value == null) {
                return null;
            }
            values.add(value);
        }
        return values;
    }

    /** The field a {@code return field;} or {@code return this.field;} method returns, or {@code null}. */
    private String returnedField(ExecutableElement method) {
        ExpressionTree returned = onlyReturn(method);
        if (returned instanceof IdentifierTree identifier) {
            return identifier.getName().toString();
        }
        if (returned instanceof MemberSelectTree select
                && select.getExpression() instanceof IdentifierTree owner
                && owner.getName().contentEquals("this")) {
            return select.getIdentifier().toString();
        }
        return null;
    }

    /** Whether the method is {@code return name();}. */
    private boolean returnsName(ExecutableElement method) {
        return onlyReturn(method) instanceof MethodInvocationTree call
                && call.getArguments().isEmpty()
                && call.getMethodSelect() instanceof IdentifierTree name
                && name.getName().contentEquals("name");
    }

    private ExpressionTree onlyReturn(ExecutableElement method) {
        MethodTree tree = trees.getTree(method);
        if (tree == null || tree.getBody() == null) {
            return null;
        }
        List<? extends StatementTree> statements = tree.getBody().getStatements();
        return statements.size() == 1 && statements.get(0) instanceof ReturnTree ret ? ret.getExpression() : null;
    }

    /** The string literal {@code constant} passes for the constructor parameter stored in {@code field}. */
    private String argumentFor(TypeElement enumType, VariableElement constant, String field) {
        Tree tree = trees.getTree(constant);
        if (!(tree instanceof VariableTree variable) || !(variable.getInitializer() instanceof NewClassTree creation)) {
            return null;
        }
        List<? extends ExpressionTree> arguments = creation.getArguments();
        List<ExecutableElement> constructors = ElementFilter.constructorsIn(enumType.getEnclosedElements()).stream()
                .filter(c -> c.getParameters().size() == arguments.size() && !c.isVarArgs())
                .toList();
        if (constructors.size() != 1) {
            return null;
        }
        ExecutableElement constructor = constructors.get(0);
        int index = assignedParameter(constructor, field);
        return index >= 0
                        && arguments.get(index) instanceof LiteralTree literal
                        && literal.getValue() instanceof String text
                ? text
                : null;
    }

    /** The index of the parameter the constructor assigns to {@code field} ({@code this.field = p;}), or -1. */
    private int assignedParameter(ExecutableElement constructor, String field) {
        MethodTree tree = trees.getTree(constructor);
        BlockTree body = tree == null ? null : tree.getBody();
        if (body == null) {
            return -1;
        }
        for (StatementTree statement : body.getStatements()) {
            if (statement instanceof ExpressionStatementTree expression
                    && expression.getExpression() instanceof AssignmentTree assignment
                    && names(assignment.getVariable(), field)
                    && assignment.getExpression() instanceof IdentifierTree value) {
                for (int i = 0; i < constructor.getParameters().size(); i++) {
                    if (constructor.getParameters().get(i).getSimpleName().contentEquals(value.getName())) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    /** Whether {@code target} is {@code field} or {@code this.field}. */
    private static boolean names(ExpressionTree target, String field) {
        if (target instanceof IdentifierTree identifier) {
            return identifier.getName().contentEquals(field);
        }
        return target instanceof MemberSelectTree select
                && select.getExpression() instanceof IdentifierTree owner
                && owner.getName().contentEquals("this")
                && select.getIdentifier().contentEquals(field);
    }
}
