package com.example;

import dev.kiln.Blocking;
import dev.kiln.Get;
import dev.kiln.NonBlocking;
import io.vertx.core.Future;

/** A class default for the event loop. */
@NonBlocking
public class Fast {
    @Get("/fast/plain")
    public static String plain() {
        return "";
    }

    @Get("/fast/void")
    public static void nothing() {
    }

    @Get("/fast/future")
    public static Future<String> future() {
        return Future.succeededFuture("");
    }

    @Get("/fast/blocking")
    @Blocking
    public static Future<String> blockingFuture() {
        return Future.succeededFuture("");
    }
}
