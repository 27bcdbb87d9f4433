package dev.kiln.processor.graph;

import dev.kiln.processor.model.DependencyKey;
import dev.kiln.processor.model.MiddlewareMethod;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.ProviderMethod;
import java.util.List;

/**
 * The dependency part of one operation's plan, decided at compile time: which provider calls make
 * the values a request needs (one per cached key, one per {@code cached = false} use), and the
 * stages they run in: event-loop steps, each its own future, and worker hops, each one
 * {@code onWorker} call running several blocking steps in order.
 *
 * @param nodes     the provider calls, dependencies first
 * @param stages    the stages in the order the generated code starts them; the last one calls the operation
 * @param arguments the operation's arguments, in parameter order
 * @param middleware the {@code @Middleware} calls among the nodes, in the order they run
 */
public record DependencyPlan(
        List<Node> nodes, List<Stage> stages, List<Argument> arguments, List<MiddlewareCall> middleware) {
    public DependencyPlan {
        nodes = List.copyOf(nodes);
        stages = List.copyOf(stages);
        arguments = List.copyOf(arguments);
        middleware = List.copyOf(middleware);
    }

    /** A plan without middleware. */
    public DependencyPlan(List<Node> nodes, List<Stage> stages, List<Argument> arguments) {
        this(nodes, stages, arguments, List.of());
    }

    /**
     * A {@code @Middleware} call: a node whose value is "go on" (or an answer that stops the plan), run
     * after the middleware before it.
     */
    public record MiddlewareCall(Node node, MiddlewareMethod method) {}

    /** The middleware {@code node} calls, or {@code null} when it calls a provider. */
    public MiddlewareMethod middlewareOf(Node node) {
        for (MiddlewareCall call : middleware) {
            if (call.node() == node) {
                return call.method();
            }
        }
        return null;
    }

    /** One value generated code hands to a provider or the operation. */
    public sealed interface Argument {}

    /** A value of the request: bound from it, or injected. */
    public record RequestValue(Parameter parameter) implements Argument {}

    /** A request-scoped value made by a provider call of this plan. */
    public record Made(Node node) implements Argument {}

    /** The {@code SecurityScopes} handed to a provider or the operation: these scopes, known at compile time. */
    public record Scopes(List<String> scopes) implements Argument {
        public Scopes {
            scopes = List.copyOf(scopes);
        }
    }

    /** A singleton, made at startup and kept in a field of the generated class. */
    public record Singleton(DependencyKey key, ProviderMethod provider) implements Argument {}

    /**
     * One provider call.
     *
     * @param index     its position in {@link #nodes()}
     * @param provider  the provider
     * @param dispatch  where it runs and why
     * @param arguments its arguments, in parameter order
     * @param after     nodes it runs after without taking their values (a middleware: the one before it)
     */
    public record Node(
            int index, ProviderMethod provider, Dispatch dispatch, List<Argument> arguments, List<Node> after) {
        public Node {
            arguments = List.copyOf(arguments);
            after = List.copyOf(after);
        }

        public Node(int index, ProviderMethod provider, Dispatch dispatch, List<Argument> arguments) {
            this(index, provider, dispatch, arguments, List.of());
        }

        /** The nodes it must run after: those whose values it takes, then {@link #after()}. */
        public List<Node> needs() {
            List<Node> needs = new java.util.ArrayList<>(values());
            needs.addAll(after);
            return needs;
        }

        /** The nodes whose values it takes. */
        public List<Node> values() {
            return arguments.stream()
                    .filter(a -> a instanceof Made)
                    .map(a -> ((Made) a).node())
                    .toList();
        }
    }

    /**
     * One stage: an event-loop step (one node), or a worker hop (its nodes in order, then maybe the
     * operation), or the operation alone on the event loop.
     *
     * @param dispatch  where it runs
     * @param nodes     the provider calls it makes, in order
     * @param operation whether it ends with the operation
     * @param awaits    the earlier stages it starts after
     */
    public record Stage(Dispatch dispatch, List<Node> nodes, boolean operation, List<Stage> awaits) {
        public Stage {
            nodes = List.copyOf(nodes);
            awaits = List.copyOf(awaits);
        }

        public boolean isHop() {
            return !dispatch.isEventLoop();
        }

        // Stages are compared by identity: two stages are never the same stage.
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** How many worker hops one request makes. */
    public int workerHops() {
        return (int) stages.stream().filter(Stage::isHop).count();
    }
}
