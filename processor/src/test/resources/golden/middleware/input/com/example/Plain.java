package com.example;

import dev.kiln.Blocking;
import dev.kiln.Get;
import dev.kiln.Middleware;

/** Only the middleware for every operation, and a blocking void one of its own: all three blocking steps in one hop. */
public final class Plain {
    @Middleware(order = 2)
    @Blocking
    public static void record() {
    }

    @Get("/plain")
    public static String plain() {
        return "plain";
    }
}
