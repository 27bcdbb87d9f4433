package dev.kiln.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.kiln.processor.graph.DependencyPlan;
import dev.kiln.processor.graph.DependencyPlan.Argument;
import dev.kiln.processor.graph.DependencyPlan.Made;
import dev.kiln.processor.graph.DependencyPlan.Node;
import dev.kiln.processor.graph.DependencyPlan.RequestValue;
import dev.kiln.processor.model.Parameter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an operation's overrides leave unused, as FastAPI's {@code dependency_overrides} does: a provider
 * replaced by {@code App.override} is not called, and neither is what only it needed. A provider is
 * <em>skipped</em> when each provider taking its value is overridden or skipped itself (never when the
 * operation, a {@code @Middleware} or nothing at all takes it: a provider no one takes runs for its
 * effect); a request value read only by overridden or skipped providers is bound without validation.
 *
 * <p>The conditions are the override fields ({@code xOverride != null}), known once the app started; a
 * provider that can be skipped gets a {@code boolean xSkipped} local, declared before the request values
 * are bound, dependents first. An operation none of whose providers can be skipped gets no local, and its
 * request values the conditions they had before this class.
 */
final class OverrideSkips {
    private final DependencyPlan plan;
    private final Map<String, String> overrideFields;
    /** The skippable providers' locals, in declaration order (each after the providers that take its value). */
    private final Map<Node, String> skipped = new LinkedHashMap<>();

    private final Map<Node, List<Term>> conditions = new IdentityHashMap<>();
    private final Map<Parameter, CodeBlock> unvalidated = new IdentityHashMap<>();

    /**
     * One taker that does not call its provider: its override field is set ({@code override}, or
     * {@code null} when it has none), or it is skipped ({@code skip}, its local, or {@code null}).
     */
    private record Term(String override, String skip) {
        /** The term as code; in parentheses when it is a disjunction joined to others. */
        CodeBlock code(boolean joined) {
            if (override == null) {
                return CodeBlock.of("$N", skip);
            }
            if (skip == null) {
                return CodeBlock.of("$N != null", override);
            }
            return CodeBlock.of(joined ? "($N != null || $N)" : "$N != null || $N", override, skip);
        }
    }

    OverrideSkips(DependencyPlan plan, Map<String, String> overrideFields, Names locals) {
        this.plan = plan;
        this.overrideFields = overrideFields;
        if (plan == null) {
            return;
        }
        Map<Node, List<Node>> takers = new IdentityHashMap<>();
        for (Node node : plan.nodes()) {
            for (Node value : node.values()) {
                takers.computeIfAbsent(value, v -> new ArrayList<>()).add(node);
            }
        }
        List<Node> direct = new ArrayList<>();
        for (Argument argument : plan.arguments()) {
            if (argument instanceof Made made) {
                direct.add(made.node());
            }
        }
        List<Node> nodes = new ArrayList<>(plan.nodes());
        Collections.reverse(nodes);
        for (Node node : nodes) {
            List<Node> by = takers.getOrDefault(node, List.of());
            if (by.isEmpty() || direct.contains(node) || plan.middlewareOf(node) != null) {
                continue;
            }
            List<Term> condition = allOf(by);
            if (condition != null) {
                conditions.put(node, condition);
                skipped.put(node, locals.allocate(node.provider().javaName() + "Skipped"));
            }
        }
        List<Parameter> read = new ArrayList<>();
        for (Argument argument : plan.arguments()) {
            if (argument instanceof RequestValue value) {
                read.add(value.parameter());
            }
        }
        Map<Parameter, List<Node>> readers = new LinkedHashMap<>();
        for (Node node : plan.nodes()) {
            for (Argument argument : node.arguments()) {
                if (argument instanceof RequestValue value && !read.contains(value.parameter())) {
                    readers.computeIfAbsent(value.parameter(), p -> new ArrayList<>())
                            .add(node);
                }
            }
        }
        readers.forEach((parameter, by) -> {
            List<Term> terms = allOf(by);
            if (terms != null) {
                // a disjunction keeps its parentheses even alone: it is the condition of a ?: there
                CodeBlock condition = join(terms, true);
                unvalidated.put(parameter, condition);
                // members of a flattened record are bound one by one, under the record's condition
                parameter.members().forEach(m -> unvalidated.put(m, condition));
            }
        });
    }

    /**
     * The condition under which none of {@code nodes} needs what they take (each overridden or skipped),
     * or {@code null} when one of them always does. Each node once, in order.
     */
    private List<Term> allOf(List<Node> nodes) {
        List<Term> terms = new ArrayList<>();
        for (Node node : nodes) {
            Term term = unused(node);
            if (term == null) {
                return null;
            }
            if (!terms.contains(term)) {
                terms.add(term);
            }
        }
        return terms;
    }

    /** When {@code node} does not call its provider: overridden, or skipped; {@code null} when it always does. */
    private Term unused(Node node) {
        String override = plan.middlewareOf(node) == null
                ? overrideFields.get(node.provider().key().runtimeKey())
                : null;
        String skip = skipped.get(node);
        return override == null && skip == null ? null : new Term(override, skip);
    }

    /** The terms joined by {@code &&}; a lone disjunction in parentheses only when {@code parenthesized}. */
    private static CodeBlock join(List<Term> terms, boolean parenthesized) {
        boolean joined = parenthesized || terms.size() > 1;
        return CodeBlock.join(terms.stream().map(t -> t.code(joined)).toList(), " && ");
    }

    /** Declares the {@code xSkipped} locals, dependents first (a comment says why), if there are any. */
    void declare(MethodSpec.Builder method) {
        if (skipped.isEmpty()) {
            return;
        }
        method.addComment("a provider only overridden providers take is not called (App.override)");
        skipped.forEach(
                (node, local) -> method.addStatement("boolean $N = $L", local, join(conditions.get(node), false)));
    }

    /** The {@code xSkipped} local of {@code node}, or {@code null} when it always runs. */
    String skipped(Node node) {
        return skipped.get(node);
    }

    /**
     * The condition under which {@code parameter}, read only by providers, is read for none that runs (its
     * errors then go to a list nobody reads), or {@code null} when it is always validated.
     */
    CodeBlock unvalidated(Parameter parameter) {
        return unvalidated.get(parameter);
    }
}
