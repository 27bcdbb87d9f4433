package com.example.direct;

import dev.kiln.Blocking;
import dev.kiln.File;
import dev.kiln.Get;
import dev.kiln.Upload;
import io.vertx.core.Future;
import java.io.IOException;
import java.io.InputStream;

public final class Uploads {
    @Get("/size")
    public Future<Integer> size(@File Upload file) throws IOException {
        return Future.succeededFuture(file.bytes().length);
    }

    @Get("/first")
    public Future<Integer> first(@File Upload file) throws IOException {
        try (InputStream in = file.open()) {
            return Future.succeededFuture(in.read());
        }
    }

    @Get("/name")
    public Future<String> name(@File Upload file) {
        return Future.succeededFuture(file.filename() + " " + file.size());
    }

    @Get("/worker")
    @Blocking
    public int onAWorker(@File Upload file) throws IOException {
        return file.bytes().length;
    }
}
