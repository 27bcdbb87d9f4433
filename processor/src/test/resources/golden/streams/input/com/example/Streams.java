package com.example;

import dev.kiln.Blocking;
import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.NonBlocking;
import dev.kiln.Post;
import dev.kiln.ServerSentEvent;
import io.vertx.core.Future;
import io.vertx.core.streams.ReadStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import java.util.stream.Stream;

public class Streams {
    /** Lists every price, one JSON line each. */
    @Get("/prices")
    public Stream<Price> prices() {
        return Stream.of(new Price("KLN", java.math.BigDecimal.ONE));
    }

    @Get("/report")
    @Blocking(pool = "reports")
    public Iterator<Map<String, Object>> report() {
        return List.<Map<String, Object>>of().iterator();
    }

    @Get(value = "/names", produces = "application/jsonl")
    @NonBlocking
    public Stream<String> names() {
        return Stream.of("a", "b");
    }

    @Get(value = "/ticks", produces = "text/event-stream")
    public ReadStream<ServerSentEvent<Price>> ticks(@Header Optional<String> lastEventId) {
        return null;
    }

    @Get(value = "/ticks/plain", produces = "text/event-stream")
    public Ticks plainTicks() {
        return null;
    }

    @Post(value = "/chat", produces = "text/event-stream")
    public Flow.Publisher<String> chat(Price question) {
        return new SubmissionPublisher<>();
    }

    @Get("/later")
    public Future<ReadStream<Price>> later() {
        return Future.succeededFuture(null);
    }

    @Get("/cursor")
    public Stream<Price> cursor(Cursor cursor) {
        return cursor.rows().stream();
    }

    @Get("/anything")
    public Stream<?> anything() {
        return Stream.of(1, "two");
    }
}
