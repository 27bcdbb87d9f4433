package dev.kiln.runtime.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.runtime.BodyKind;
import dev.kiln.runtime.Dispatch;
import dev.kiln.runtime.Route;
import io.vertx.core.http.HttpMethod;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The startup route table: where each operation runs, its worker hops, and the middleware it runs first. */
class RouteTableTest {
    @Test
    void eachLineSaysWhereHowManyHopsAndWhichMiddleware() {
        List<Route> routes = List.of(
                new Route(HttpMethod.GET, "/items/{id}", "Items.read", Dispatch.eventLoop(), 0, false, ex -> {}),
                new Route(
                        HttpMethod.POST,
                        "/items",
                        "Items.create",
                        Dispatch.worker("default"),
                        1,
                        BodyKind.BYTES,
                        ex -> {},
                        List.of("Filters.audit", "Filters.maintenance")),
                new Route(
                        HttpMethod.GET,
                        "/fast",
                        "Items.fast",
                        Dispatch.eventLoop(),
                        0,
                        BodyKind.NONE,
                        ex -> {},
                        List.of("Filters.audit")));
        String n = System.lineSeparator();
        assertEquals(
                "Routes (3):" + n
                        + "  GET   /items/{id}  Items.read    event-loop" + n
                        + "  POST  /items       Items.create  worker[default]  1 hop  after @Middleware Filters.audit, "
                        + "Filters.maintenance" + n
                        + "  GET   /fast        Items.fast    event-loop       after @Middleware Filters.audit",
                RouteTable.format(routes));
    }
}
