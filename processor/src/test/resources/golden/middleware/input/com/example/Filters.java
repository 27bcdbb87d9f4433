package com.example;

import dev.kiln.Middleware;
import dev.kiln.Query;
import dev.kiln.Request;
import dev.kiln.Response;
import dev.kiln.ResponseHeaders;
import io.vertx.core.Future;
import java.util.Optional;

/** Middleware for every operation of the compilation: this class has no operations. */
public final class Filters {
    private Filters() {
    }

    /** Event loop (returns Future): the first step of every plan. */
    @Middleware
    public static Future<Void> audit(Request request, ResponseHeaders headers) {
        headers.header("X-Audited", request.method());
        return Future.succeededFuture();
    }

    /** Blocking (a plain value): it joins the operation's worker hop. */
    @Middleware(order = 1)
    public static Optional<Response<?>> maintenance(@Query("maintenance") Optional<Boolean> maintenance) {
        return maintenance.orElse(false) ? Optional.of(Response.status(503).build()) : Optional.empty();
    }
}
