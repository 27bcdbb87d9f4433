package com.example.library;

import dev.kiln.Blocking;
import dev.kiln.Get;
import dev.kiln.processor.blocking.fixtures.FileReportStore;
import dev.kiln.processor.blocking.fixtures.LegacyReports;
import io.vertx.core.Future;

public final class Reports {
    private final FileReportStore store = new FileReportStore();

    @Get("/render")
    public Future<String> render() {
        return Future.succeededFuture(LegacyReports.render("sales"));
    }

    @Get("/title")
    public Future<String> title() {
        return Future.succeededFuture(LegacyReports.title("sales"));
    }

    @Get("/load")
    public Future<String> load(String id) {
        return Future.succeededFuture(store.load(id));
    }

    @Get("/local")
    public Future<String> local() {
        return Future.succeededFuture(archive());
    }

    /** Marked in this compilation: a blocking call itself, its body not followed. */
    @Blocking
    String archive() {
        return "archived";
    }
}
