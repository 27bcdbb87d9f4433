package dev.kiln.bench.jmh;

import dev.kiln.runtime.Dispatch;
import dev.kiln.runtime.Endpoint;
import dev.kiln.runtime.Route;
import dev.kiln.runtime.impl.PathRouter;
import io.vertx.core.http.HttpMethod;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Route matching on a 50-route table: ten REST resources with five operations each (list, create,
 * read, replace, delete), the static and the {@code {id}} shapes an API has, and one request per
 * interesting case: a static hit, a variable hit early and late in the table, a 405 and a 404.
 *
 * <p>This file is compiled only with {@code -Pkiln-router}: the runtime's router
 * ({@code dev.kiln.runtime.impl.PathRouter}) was written in parallel on the {@code runtime} branch
 * and did not exist on the branch this benchmark was written on. {@link #newMatcher} builds it the
 * way {@code Host} does. Once both branches are merged:
 * {@code mvn -B -f it-tests/bench/pom.xml -Pkiln-router -pl :kiln-bench-jmh -am package -DskipTests}
 * and {@code java -jar it-tests/bench/jmh/target/benchmarks.jar RouterBenchmark}.
 */
public class RouterBenchmark extends BenchmarkSettings {
    static final List<String> RESOURCES = List.of(
            "users",
            "items",
            "orders",
            "products",
            "carts",
            "reviews",
            "payments",
            "shipments",
            "invoices",
            "categories");

    /** {@code METHOD path}: which request is matched. */
    @Param({"GET /users", "GET /items/42", "DELETE /categories/7", "PATCH /orders/9", "GET /nowhere/1"})
    public String request;

    private HttpMethod method;
    private String path;
    private RouteLookup matcher;

    /** One request lookup against the table; returns whatever the router returns for a match or a miss. */
    @FunctionalInterface
    interface RouteLookup {
        Object match(HttpMethod method, String path);
    }

    @Setup
    public void setUp() {
        int space = request.indexOf(' ');
        method = HttpMethod.valueOf(request.substring(0, space));
        path = request.substring(space + 1);
        matcher = newMatcher(fiftyRoutes());
    }

    @Benchmark
    public Object match() {
        return matcher.match(method, path);
    }

    /** The 50 routes, as generated route classes would hand them to the host. */
    static List<Route> fiftyRoutes() {
        // The endpoints are never called: matching only has to find them.
        Endpoint unused = exchange -> {
            throw new IllegalStateException("the router benchmark does not dispatch");
        };
        List<Route> routes = new ArrayList<>(50);
        for (String resource : RESOURCES) {
            String collection = "/" + resource;
            String member = collection + "/{id}";
            String owner = Character.toUpperCase(resource.charAt(0)) + resource.substring(1);
            routes.add(new Route(HttpMethod.GET, collection, owner + ".list", Dispatch.eventLoop(), 0, false, unused));
            routes.add(
                    new Route(HttpMethod.POST, collection, owner + ".create", Dispatch.eventLoop(), 0, true, unused));
            routes.add(new Route(HttpMethod.GET, member, owner + ".read", Dispatch.eventLoop(), 0, false, unused));
            routes.add(new Route(HttpMethod.PUT, member, owner + ".replace", Dispatch.eventLoop(), 0, true, unused));
            routes.add(new Route(HttpMethod.DELETE, member, owner + ".delete", Dispatch.eventLoop(), 0, false, unused));
        }
        return routes;
    }

    /** The runtime's router over {@code routes}, built as {@code Host} builds it at startup. */
    static RouteLookup newMatcher(List<Route> routes) {
        PathRouter<Route> router = new PathRouter<>();
        for (Route route : routes) {
            router.add(route.method(), route.path(), route);
        }
        return router.seal()::match;
    }
}
