package com.example;

import dev.kiln.Blocking;
import dev.kiln.Default;
import dev.kiln.Delete;
import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.Post;
import dev.kiln.Router;
import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Router(prefix = "/items", tags = "items")
public final class Items {
    @Get("/{itemId}")
    public Future<Item> read(int itemId, Optional<String> q, @Header String userAgent) {
        return Future.succeededFuture(new Item("Foo", itemId));
    }

    @Post(value = "", status = 201)
    public Item create(ItemIn body) {
        return new Item(body.name(), body.price());
    }

    @Delete("/{itemId}")
    @Blocking(pool = "reports")
    public void delete(UUID itemId, List<String> tag, @Default("10") int limit) {
    }
}
