package dev.kiln.bench.kiln;

import dev.kiln.Default;
import dev.kiln.Get;
import dev.kiln.ServerSentEvent;
import io.vertx.core.Vertx;
import io.vertx.core.streams.ReadStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/** The streaming benchmarks' endpoints (BENCHMARKS.md, "Streaming"). */
public final class StreamBenchApi {
    /** Every client gets the same tick once a second: 10,000 of them on one event loop. */
    @Get(value = "/events", produces = "text/event-stream")
    public ReadStream<ServerSentEvent<Tick>> events(Vertx vertx) {
        return Broadcast.subscribe(vertx);
    }

    /** {@code count} lines of about {@code size} bytes, pulled on a worker as fast as the client reads. */
    @Get("/lines")
    public Stream<Line> lines(@Default("1000000") long count, @Default("100") int size) {
        String text = "x".repeat(Math.max(0, size - 24));
        return LongStream.rangeClosed(1, count).mapToObj(n -> new Line(n, text));
    }
}
