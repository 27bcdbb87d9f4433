package dev.kiln.runtime.impl;

import dev.kiln.runtime.BodyKind;
import dev.kiln.runtime.Dispatch;
import dev.kiln.runtime.Endpoint;
import dev.kiln.runtime.Route;
import io.vertx.core.http.HttpMethod;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The routes the host serves itself (the docs, health, metrics), added to the router beside the user's;
 * a user route on the same method and path wins, with a warning. They run on the event loop and are
 * not in the route table.
 */
final class BuiltInRoutes {
    private static final System.Logger LOG = Logs.get("dev.kiln");

    private final PathRouter<Route> router;
    private final Set<String> taken = new HashSet<>();
    private final List<Route> added = new ArrayList<>();

    BuiltInRoutes(PathRouter<Route> router, List<Route> userRoutes) {
        this.router = router;
        userRoutes.forEach(r -> taken.add(r.method() + " " + r.path()));
    }

    /** Serves {@code GET path} with {@code endpoint}, unless a user route has it; {@code what} names it in logs. */
    void get(String path, String what, Endpoint endpoint) {
        if (!taken.add("GET " + path)) {
            LOG.log(Level.WARNING, "GET " + path + " is a user route; the built-in " + what + " there is not served");
            return;
        }
        Route route = new Route(HttpMethod.GET, path, "Kiln." + what, Dispatch.eventLoop(), 0, BodyKind.NONE, endpoint);
        router.add(HttpMethod.GET, path, route);
        added.add(route);
    }

    /**
     * Serves {@code GET} and {@code HEAD} of every path under {@code prefix} with {@code endpoint} (see
     * {@link PathRouter#mount}); user routes under it still win, each on its own path.
     */
    void mount(String prefix, String what, Endpoint endpoint) {
        String trimmed = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        Route route = new Route(
                HttpMethod.GET, trimmed + "/{path}", "Kiln." + what, Dispatch.eventLoop(), 0, BodyKind.NONE, endpoint);
        router.mount(trimmed.isEmpty() ? "/" : trimmed, Set.of(HttpMethod.GET, HttpMethod.HEAD), route);
        added.add(route);
    }

    /** The routes added. */
    List<Route> added() {
        return added;
    }
}
