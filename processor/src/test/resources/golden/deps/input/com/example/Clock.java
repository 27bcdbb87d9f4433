package com.example;

import com.example.Model.Db;
import dev.kiln.Blocking;
import dev.kiln.Provides;
import io.vertx.core.Future;

/** Instance providers: Kiln builds one Clock at startup from its constructor's singletons. */
public final class Clock {
    private final Db db;

    public Clock(Db db) {
        this.db = db;
    }

    public record Stamp(String text) {
    }

    /** A Future that blocks anyway: awaited inside the worker hop. */
    @Provides
    @Blocking
    public Future<Stamp> stamp() {
        return Future.succeededFuture(new Stamp(db.url()));
    }
}
