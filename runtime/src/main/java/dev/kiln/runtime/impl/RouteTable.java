package dev.kiln.runtime.impl;

import dev.kiln.runtime.Route;
import java.util.List;

/** The route table logged at startup, one aligned line per operation. */
final class RouteTable {
    private RouteTable() {}

    /**
     * For example:
     * <pre>
     * Routes (2):
     *   GET   /items/{itemId}  Items.read    event-loop
     *   POST  /items           Items.create  worker[default]  1 hop  after @Middleware Filters.audit
     *   WS    /ws/{room}       Chat.chat     event-loop
     * </pre>
     */
    static String format(List<Route> routes) {
        int methodWidth = 0;
        int pathWidth = 0;
        int javaWidth = 0;
        int dispatchWidth = 0;
        for (Route r : routes) {
            methodWidth = Math.max(methodWidth, method(r).length());
            pathWidth = Math.max(pathWidth, r.path().length());
            javaWidth = Math.max(javaWidth, r.javaMethod().length());
            dispatchWidth = Math.max(dispatchWidth, r.dispatch().toString().length());
        }
        StringBuilder out = new StringBuilder("Routes (").append(routes.size()).append("):");
        for (Route r : routes) {
            StringBuilder line = new StringBuilder("  ");
            pad(line, method(r), methodWidth);
            pad(line, r.path(), pathWidth);
            pad(line, r.javaMethod(), javaWidth);
            pad(line, r.dispatch().toString(), dispatchWidth);
            if (r.workerHops() > 0) {
                line.append(r.workerHops()).append(r.workerHops() == 1 ? " hop" : " hops");
            }
            if (!r.middleware().isEmpty()) {
                line.append(r.workerHops() > 0 ? "  " : "")
                        .append("after @Middleware ")
                        .append(String.join(", ", r.middleware()));
            }
            out.append(System.lineSeparator()).append(line.toString().stripTrailing());
        }
        return out.toString();
    }

    /** The method column: {@code WS} for a WebSocket route (a GET that is upgraded). */
    private static String method(Route r) {
        return r.body() == dev.kiln.runtime.BodyKind.WEBSOCKET
                ? "WS"
                : r.method().name();
    }

    private static void pad(StringBuilder line, String value, int width) {
        line.append(value).append(" ".repeat(width - value.length() + 2));
    }
}
