package com.example.direct;

import dev.kiln.Get;
import io.vertx.core.Future;

public final class Items {
    @Get("/{itemId}")
    public Future<String> read(int itemId) throws InterruptedException {
        Thread.sleep(100);
        return Future.succeededFuture("item " + itemId);
    }
}
