package com.example;

import dev.kiln.*;
import io.vertx.core.Future;
import java.util.Optional;

@Router(prefix = "/items", tags = "items")
public final class Items {

    /** Reads one item. */
    @Get("/{itemId}")
    public Future<Item> read(int itemId, Optional<String> q) {          // event loop
        if (itemId != 1) {
            throw new HttpException(404, "Item not found");
        }
        return Future.succeededFuture(new Item(itemId, q.orElse("Foo")));
    }

    @Post(value = "", status = 201)
    public Item create(Item item) {                                      // worker thread
        return item;
    }
}
