package dev.kiln.processor.graph;

import dev.kiln.processor.graph.DependencyPlan.Argument;
import dev.kiln.processor.graph.DependencyPlan.Made;
import dev.kiln.processor.graph.DependencyPlan.MiddlewareCall;
import dev.kiln.processor.graph.DependencyPlan.Node;
import dev.kiln.processor.graph.DependencyPlan.RequestValue;
import dev.kiln.processor.graph.DependencyPlan.Singleton;
import dev.kiln.processor.graph.DependencyPlan.Stage;
import dev.kiln.processor.model.Dependency;
import dev.kiln.processor.model.DependencyKey;
import dev.kiln.processor.model.MiddlewareMethod;
import dev.kiln.processor.model.Operation;
import dev.kiln.processor.model.Parameter;
import dev.kiln.processor.model.ProviderMethod;
import dev.kiln.processor.model.ProviderScope;
import dev.kiln.processor.model.RouteClass;
import dev.kiln.processor.model.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Plans the dependencies of one operation: the provider calls (one per cached key, one per
 * {@code cached = false} use), the request values they read, and the stages they run in, with as
 * few worker hops as the graph allows.
 *
 * <p>The schedule: every step gets a level. An event-loop step runs after the hops its inputs come
 * from; a blocking step joins the earliest hop that comes after every event-loop step it needs and is
 * on its own pool (a step of another pool than its blocking input starts a new hop). Steps of one
 * level and pool share a hop, in dependency order. The operation comes after every step (router
 * dependencies run for their effect, so it waits for them too), in the last hop when it blocks.
 * Hence one hop whenever no event-loop step needs a blocking one.
 */
public final class ProviderPlanner {
    /**
     * A planned operation's dependencies.
     *
     * @param plan       the provider calls and stages
     * @param parameters every request value to bind or inject, the operation's and its providers', in
     *                   the order they are bound (a provider's request value that an operation's path names
     *                   is a path parameter; two or more bodies are embedded by name)
     */
    public record Result(DependencyPlan plan, List<Parameter> parameters) {}

    private final DependencyGraph graph;

    public ProviderPlanner(DependencyGraph graph) {
        this.graph = graph;
    }

    public Result plan(RouteClass routeClass, Operation operation, Dispatch operationDispatch) {
        return plan(routeClass, operation, operationDispatch, List.of(), OperationSecurity.NONE);
    }

    /**
     * The plan of {@code operation} with {@code middleware} (in the order they run) before it, and the
     * {@code SecurityScopes} each provider and the operation get from {@code security}.
     */
    public Result plan(
            RouteClass routeClass,
            Operation operation,
            Dispatch operationDispatch,
            List<MiddlewareMethod> middleware,
            OperationSecurity security) {
        return new Planning(routeClass, operation, security).run(operationDispatch, middleware);
    }

    /** The state of planning one operation. */
    private final class Planning {
        private final RouteClass routeClass;
        private final Operation operation;
        private final List<Node> nodes = new ArrayList<>();
        private final Map<DependencyKey, Node> cached = new TreeMap<>();
        private final Map<Parameter, Parameter> requestValues = new IdentityHashMap<>();
        private final List<Parameter> parameters = new ArrayList<>();
        private final List<MiddlewareCall> middlewareCalls = new ArrayList<>();
        private final OperationSecurity security;

        Planning(RouteClass routeClass, Operation operation, OperationSecurity security) {
            this.routeClass = routeClass;
            this.operation = operation;
            this.security = security;
        }

        /** {@code SecurityScopes} is not a request value: each provider gets its own, known now. */
        private static boolean isScopes(Parameter parameter) {
            return parameter.source() == Source.INJECTED
                    && parameter.injected() == dev.kiln.processor.model.Injected.SECURITY_SCOPES;
        }

        Result run(Dispatch operationDispatch, List<MiddlewareMethod> middleware) {
            // Middleware first: their steps come before the operation's in a shared hop, and each runs after the one
            // before.
            Node previous = null;
            for (MiddlewareMethod method : middleware) {
                List<Argument> middlewareArguments = new ArrayList<>();
                for (Parameter parameter : method.parameters()) {
                    middlewareArguments.add(argument(parameter));
                }
                Node node = new Node(
                        nodes.size(),
                        method.provider(),
                        ExecutionPlanner.dispatch(method.provider()),
                        middlewareArguments,
                        previous == null ? List.of() : List.of(previous));
                nodes.add(node);
                middlewareCalls.add(new MiddlewareCall(node, method));
                previous = node;
            }
            List<Argument> arguments = new ArrayList<>();
            for (Parameter parameter : operation.parameters()) {
                arguments.add(
                        isScopes(parameter)
                                ? new DependencyPlan.Scopes(security.operationScopes())
                                : argument(parameter));
            }
            for (Dependency dependency : routeClass.routerDependencies()) {
                resolve(dependency);
            }
            embedBodies(arguments);
            return new Result(
                    new DependencyPlan(nodes, stages(operationDispatch), arguments, middlewareCalls),
                    List.copyOf(parameters));
        }

        private Argument argument(Parameter parameter) {
            if (parameter.source() == Source.DEPENDENCY) {
                return resolve(parameter.dependency());
            }
            Parameter value = requestValues.computeIfAbsent(parameter, this::forOperation);
            if (!parameters.contains(value)) {
                Parameter same = sameRequestValue(value);
                if (same != null) {
                    requestValues.put(parameter, same);
                    return new RequestValue(same);
                }
                parameters.add(value);
            }
            return new RequestValue(value);
        }

        /**
         * A value already bound from the same place under the same name with the same type: two providers
         * reading one header share it, so a missing header is one error, and the document lists it once.
         */
        private Parameter sameRequestValue(Parameter value) {
            if (value.source() == Source.INJECTED) {
                return parameters.stream()
                        .filter(p -> p.injected() == value.injected())
                        .findFirst()
                        .orElse(null);
            }
            if (value.source() == Source.BODY || value.wireName() == null) {
                return null;
            }
            for (Parameter bound : parameters) {
                if (value.source() == Source.SECURITY
                        && (bound.source() != Source.SECURITY
                                || !bound.security()
                                        .scheme()
                                        .equals(value.security().scheme()))) {
                    continue;
                }
                if (bound.source() == value.source()
                        && bound.wireName().equals(value.wireName())
                        && bound.shape()
                                .type()
                                .toString()
                                .equals(value.shape().type().toString())
                        && bound.presence() == value.presence()) {
                    return bound;
                }
            }
            return null;
        }

        /** A provider's inferred query parameter named in the operation's path is a path parameter. */
        private Parameter forOperation(Parameter parameter) {
            if (parameter.source() == Source.QUERY
                    && parameter.sourceAnnotation() == null
                    && operation.path().variables().contains(parameter.javaName())
                    && !operation.parameters().contains(parameter)) {
                return parameter.withSource(Source.PATH, parameter.javaName());
            }
            return parameter;
        }

        private Argument resolve(Dependency dependency) {
            ProviderMethod provider = Objects.requireNonNull(
                    graph.provider(dependency.key()),
                    () -> "no provider of " + dependency.key() + " (the validator reports it)");
            if (provider.scope() == ProviderScope.SINGLETON) {
                return new Singleton(provider.key(), provider);
            }
            if (dependency.cached() && cached.containsKey(provider.key())) {
                return new Made(cached.get(provider.key()));
            }
            List<Argument> arguments = new ArrayList<>();
            for (Parameter parameter : provider.parameters()) {
                arguments.add(
                        isScopes(parameter)
                                ? new DependencyPlan.Scopes(security.scopesOf(provider.key()))
                                : argument(parameter));
            }
            Node node = new Node(nodes.size(), provider, ExecutionPlanner.dispatch(provider), arguments);
            nodes.add(node);
            if (dependency.cached()) {
                cached.put(provider.key(), node);
            }
            return new Made(node);
        }

        /** Two or more body values across the operation and its providers: each is a member of one object. */
        private void embedBodies(List<Argument> arguments) {
            long bodies =
                    parameters.stream().filter(p -> p.source() == Source.BODY).count();
            if (bodies < 2) {
                return;
            }
            Map<Parameter, Parameter> embedded = new IdentityHashMap<>();
            parameters.replaceAll(
                    p -> p.source() == Source.BODY ? embedded.computeIfAbsent(p, b -> b.withEmbedded(true)) : p);
            arguments.replaceAll(a -> rewrite(a, embedded));
            for (int i = 0; i < nodes.size(); i++) {
                Node node = nodes.get(i);
                List<Argument> rewritten = new ArrayList<>(node.arguments());
                rewritten.replaceAll(a -> rewrite(a, embedded));
                nodes.set(i, new Node(node.index(), node.provider(), node.dispatch(), rewritten, node.after()));
            }
            // Made arguments point at the nodes as first built: rebuild them against the rewritten nodes.
            for (int i = 0; i < nodes.size(); i++) {
                Node node = nodes.get(i);
                List<Argument> relinked = new ArrayList<>(node.arguments());
                relinked.replaceAll(this::relink);
                List<Node> after =
                        node.after().stream().map(n -> nodes.get(n.index())).toList();
                nodes.set(i, new Node(node.index(), node.provider(), node.dispatch(), relinked, after));
            }
            arguments.replaceAll(this::relink);
            middlewareCalls.replaceAll(
                    c -> new MiddlewareCall(nodes.get(c.node().index()), c.method()));
        }

        private Argument rewrite(Argument argument, Map<Parameter, Parameter> embedded) {
            return argument instanceof RequestValue value && embedded.containsKey(value.parameter())
                    ? new RequestValue(embedded.get(value.parameter()))
                    : argument;
        }

        private Argument relink(Argument argument) {
            return argument instanceof Made made
                    ? new Made(nodes.get(made.node().index()))
                    : argument;
        }

        // ------------------------------------------------------------------ scheduling

        private List<Stage> stages(Dispatch operationDispatch) {
            // level: for an event-loop step, how many hops must come before it; for a blocking step, its hop.
            int[] level = new int[nodes.size()];
            for (Node node : nodes) {
                level[node.index()] = levelOf(node.dispatch(), node.needs(), level);
            }
            int operationLevel = levelOf(operationDispatch, nodes, level);
            joinOperationHop(operationDispatch, operationLevel, level);
            int top = operationLevel;
            for (Node node : nodes) {
                top = Math.max(top, level[node.index()]);
            }
            List<Stage> stages = new ArrayList<>();
            Map<Node, Stage> stageOf = new IdentityHashMap<>();
            for (int t = 0; t <= top; t++) {
                for (Node node : nodes) {
                    if (node.dispatch().isEventLoop() && level[node.index()] == t) {
                        add(
                                new Stage(node.dispatch(), List.of(node), false, awaited(List.of(node), stageOf)),
                                stages,
                                stageOf);
                    }
                }
                Map<String, List<Node>> hops = new TreeMap<>(Comparator.naturalOrder());
                for (Node node : nodes) {
                    if (!node.dispatch().isEventLoop() && level[node.index()] == t + 1) {
                        hops.computeIfAbsent(node.dispatch().pool(), p -> new ArrayList<>())
                                .add(node);
                    }
                }
                boolean operationHop = !operationDispatch.isEventLoop() && operationLevel == t + 1;
                String operationPool = operationHop ? operationDispatch.pool() : null;
                for (Map.Entry<String, List<Node>> hop : hops.entrySet()) {
                    if (!hop.getKey().equals(operationPool)) {
                        add(
                                new Stage(
                                        hop.getValue().get(0).dispatch(),
                                        hop.getValue(),
                                        false,
                                        awaited(hop.getValue(), stageOf)),
                                stages,
                                stageOf);
                    }
                }
                if (operationHop) {
                    List<Node> inHop = hops.getOrDefault(operationPool, List.of());
                    stages.add(new Stage(operationDispatch, inHop, true, operationAwaits(inHop, stages, stageOf)));
                    return stages;
                }
            }
            stages.add(new Stage(operationDispatch, List.of(), true, operationAwaits(List.of(), stages, stageOf)));
            return stages;
        }

        /**
         * Blocking steps of the operation's pool that nothing else waits for (a router dependency, a
         * value only the operation takes) run in the operation's hop rather than in an earlier one of
         * their own: as late as possible, so that they add no hop.
         */
        private void joinOperationHop(Dispatch operationDispatch, int operationLevel, int[] level) {
            if (operationDispatch.isEventLoop()) {
                return;
            }
            Set<Node> early = new java.util.HashSet<>();
            for (Node node : nodes) {
                if (node.dispatch().isEventLoop() || !node.dispatch().pool().equals(operationDispatch.pool())) {
                    markNeeds(node, early);
                }
            }
            for (Node node : nodes) {
                if (!node.dispatch().isEventLoop()
                        && node.dispatch().pool().equals(operationDispatch.pool())
                        && !early.contains(node)) {
                    level[node.index()] = operationLevel;
                }
            }
        }

        private static void markNeeds(Node node, Set<Node> early) {
            for (Node need : node.needs()) {
                if (early.add(need)) {
                    markNeeds(need, early);
                }
            }
        }

        private int levelOf(Dispatch dispatch, List<Node> needs, int[] level) {
            int result = dispatch.isEventLoop() ? 0 : 1;
            for (Node need : needs) {
                int after;
                if (need.dispatch().isEventLoop()) {
                    after = dispatch.isEventLoop() ? level[need.index()] : level[need.index()] + 1;
                } else if (dispatch.isEventLoop()) {
                    after = level[need.index()];
                } else {
                    after = need.dispatch().pool().equals(dispatch.pool())
                            ? level[need.index()]
                            : level[need.index()] + 1;
                }
                result = Math.max(result, after);
            }
            return result;
        }

        private static void add(Stage stage, List<Stage> stages, Map<Node, Stage> stageOf) {
            stages.add(stage);
            stage.nodes().forEach(n -> stageOf.put(n, stage));
        }

        /** The earlier stages that make what {@code inStage} needs. */
        private static List<Stage> awaited(List<Node> inStage, Map<Node, Stage> stageOf) {
            Set<Stage> awaits = new LinkedHashSet<>();
            for (Node node : inStage) {
                for (Node need : node.needs()) {
                    Stage stage = stageOf.get(need);
                    if (stage != null && !inStage.contains(need)) {
                        awaits.add(stage);
                    }
                }
            }
            return new ArrayList<>(awaits);
        }

        /**
         * The operation waits for every earlier stage; naming the ones no other stage waits for is
         * enough, as they wait for the rest.
         */
        private static List<Stage> operationAwaits(List<Node> inHop, List<Stage> earlier, Map<Node, Stage> stageOf) {
            Set<Stage> awaited = new LinkedHashSet<>();
            earlier.forEach(s -> awaited.addAll(s.awaits()));
            List<Stage> sinks = new ArrayList<>();
            for (Stage stage : earlier) {
                if (!awaited.contains(stage)) {
                    sinks.add(stage);
                }
            }
            Set<Stage> withHop = new LinkedHashSet<>(sinks);
            withHop.addAll(awaited(inHop, stageOf));
            Map<Stage, Integer> order = new LinkedHashMap<>();
            for (int i = 0; i < earlier.size(); i++) {
                order.put(earlier.get(i), i);
            }
            return withHop.stream().sorted(Comparator.comparing(order::get)).toList();
        }
    }
}
