package dev.kiln.processor.graph;

import dev.kiln.processor.model.MiddlewareMethod;
import dev.kiln.processor.model.RouteClass;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The valid {@code @Middleware} methods of the compilation: those of a route class apply to its
 * operations, the others to every operation. {@link #of} gives them in the order they run: by
 * {@code order}, then by qualified name.
 */
public final class MiddlewareTable {
    private static final Comparator<MiddlewareMethod> ORDER =
            Comparator.comparingInt(MiddlewareMethod::order).thenComparing(MiddlewareMethod::qualifiedName);

    private final List<MiddlewareMethod> everywhere = new ArrayList<>();
    private final Map<String, List<MiddlewareMethod>> byClass = new TreeMap<>();

    /** Adds a middleware for every operation of the compilation. */
    public void addEverywhere(MiddlewareMethod middleware) {
        everywhere.add(middleware);
    }

    /** Adds a middleware for the operations of the route class it is declared in. */
    public void addForClass(MiddlewareMethod middleware) {
        byClass.computeIfAbsent(middleware.owner().getQualifiedName().toString(), k -> new ArrayList<>())
                .add(middleware);
    }

    /** The middleware that run before the operations of {@code routeClass}, in order. */
    public List<MiddlewareMethod> of(RouteClass routeClass) {
        List<MiddlewareMethod> applied = new ArrayList<>(everywhere);
        applied.addAll(byClass.getOrDefault(routeClass.qualifiedName(), List.of()));
        applied.sort(ORDER);
        return applied;
    }

    public boolean isEmpty() {
        return everywhere.isEmpty() && byClass.isEmpty();
    }
}
