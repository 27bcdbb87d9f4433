package dev.kiln.it.streams;

import dev.kiln.Blocking;
import dev.kiln.Body;
import dev.kiln.Default;
import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.HttpException;
import dev.kiln.NonBlocking;
import dev.kiln.Post;
import dev.kiln.Router;
import dev.kiln.ServerSentEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.streams.ReadStream;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Stream;

/**
 * Every stream type as JSON Lines and as server-sent events; endless streams that record on a
 * {@link Probe} what their producer did (for disconnects and back-pressure), failing ones, and one whose
 * producer waits for the test.
 */
@Router(prefix = "/streams", tags = "streams")
public final class StreamsApi {
    private static Counter<StreamItem> counter(int count, int size, String probe) {
        return new Counter<>(count, 0, Probe.of(probe), n -> StreamItem.numbered(n, size));
    }

    // ------------------------------------------------------------------ each type, each format

    /** Streams {@code count} items as JSON Lines, pulled on a worker. */
    @Get("/stream")
    public Stream<StreamItem> stream(@Default("3") int count, @Default("stream") String probe) {
        Counter<StreamItem> items = counter(count, 0, probe);
        return Stream.iterate(1, n -> n <= count, n -> n + 1)
                .map(n -> items.next())
                .onClose(items::close);
    }

    @Get(value = "/stream/events", produces = "text/event-stream")
    public Stream<StreamItem> streamEvents(@Default("3") int count) {
        return Stream.iterate(1, n -> n <= count, n -> n + 1).map(n -> StreamItem.numbered(n, 0));
    }

    @Get("/iterator")
    @Blocking(pool = "streams")
    public Iterator<StreamItem> iterator(@Default("3") int count, @Default("iterator") String probe) {
        return counter(count, 0, probe);
    }

    @Get(value = "/iterator/events", produces = "text/event-stream")
    public Iterator<ServerSentEvent<StreamItem>> iteratorEvents(@Default("3") int count) {
        return Stream.iterate(1, n -> n <= count, n -> n + 1)
                .map(n -> ServerSentEvent.of(StreamItem.numbered(n, 0))
                        .withId(Integer.toString(n))
                        .withEvent("item"))
                .iterator();
    }

    @Get("/read-stream")
    public ReadStream<StreamItem> readStream(
            Vertx vertx, @Default("3") int count, @Default("read-stream") String probe) {
        return new Ticker<>(vertx, counter(count, 0, probe), 0, Probe.of(probe));
    }

    /** Resumes after the {@code Last-Event-ID} the browser sends back: ids are item numbers. */
    @Get(value = "/read-stream/events", produces = "text/event-stream")
    public ReadStream<ServerSentEvent<StreamItem>> readStreamEvents(
            Vertx vertx,
            @Header Optional<String> lastEventId,
            @Default("3") int count,
            @Default("0") long period,
            @Default("read-stream-events") String probe) {
        int after = lastEventId.map(Integer::parseInt).orElse(0);
        Iterator<ServerSentEvent<StreamItem>> events = Stream.iterate(
                        after + 1, n -> count < 0 || n <= after + count, n -> n + 1)
                .map(n -> ServerSentEvent.of(StreamItem.numbered(n, 0)).withId(Integer.toString(n)))
                .iterator();
        return new Ticker<>(vertx, events, period, Probe.of(probe));
    }

    @Get("/publisher")
    public Flow.Publisher<StreamItem> publisher(@Default("3") int count, @Default("publisher") String probe) {
        return new Demand<>(counter(count, 0, probe), Probe.of(probe));
    }

    @Post(value = "/publisher/events", produces = "text/event-stream")
    public Flow.Publisher<String> publisherEvents(@Body List<String> words) {
        return new Demand<>(words.iterator(), Probe.of("publisher-events"));
    }

    /** Pulled on the event loop: the operation says it never blocks. */
    @Get("/non-blocking")
    @NonBlocking
    public Stream<StreamItem> nonBlocking(@Default("3") int count, @Default("non-blocking") String probe) {
        Counter<StreamItem> items = counter(count, 0, probe);
        return Stream.iterate(1, n -> n <= count, n -> n + 1).map(n -> items.next());
    }

    @Get("/later")
    public Future<ReadStream<StreamItem>> later(Vertx vertx, @Default("3") int count) {
        return vertx.timer(10).map(t -> new Ticker<>(vertx, counter(count, 0, "later"), 0, null));
    }

    // ------------------------------------------------------------------ endless, for disconnects and back-pressure

    /** Endless items of {@code size} characters, with a request-scoped lease whose cleanup the probe sees. */
    @Get("/endless/stream")
    public Stream<StreamItem> endlessStream(Lease lease, @Default("0") int size) {
        Counter<StreamItem> items = new Counter<>(-1, 0, lease.probe(), n -> StreamItem.numbered(n, size));
        return Stream.generate(items::next).onClose(items::close);
    }

    @Get("/endless/iterator")
    public Iterator<StreamItem> endlessIterator(Lease lease, @Default("0") int size) {
        return new Counter<>(-1, 0, lease.probe(), n -> StreamItem.numbered(n, size));
    }

    @Get(value = "/endless/read-stream", produces = "text/event-stream")
    public ReadStream<StreamItem> endlessReadStream(Vertx vertx, Lease lease, @Default("0") int size) {
        return new Ticker<>(
                vertx, new Counter<>(-1, 0, lease.probe(), n -> StreamItem.numbered(n, size)), 0, lease.probe());
    }

    @Get("/endless/publisher")
    public Flow.Publisher<StreamItem> endlessPublisher(Lease lease, @Default("0") int size) {
        return new Demand<>(new Counter<>(-1, 0, lease.probe(), n -> StreamItem.numbered(n, size)), lease.probe());
    }

    @Get("/endless/non-blocking")
    @NonBlocking
    public Stream<StreamItem> endlessNonBlocking(Lease lease, @Default("0") int size) {
        Counter<StreamItem> items = new Counter<>(-1, 0, lease.probe(), n -> StreamItem.numbered(n, size));
        return Stream.generate(items::next).onClose(items::close);
    }

    /** Items already made, then a producer that waits for the next forever (a queue nobody fills). */
    @Get("/endless/blocked")
    public Stream<StreamItem> blocked(Lease lease, @Default("1") int ready) {
        LinkedBlockingQueue<StreamItem> queue = new LinkedBlockingQueue<>();
        for (int n = 1; n <= ready; n++) {
            queue.add(StreamItem.numbered(n, 0));
        }
        return Stream.generate(() -> {
                    try {
                        StreamItem item = queue.take();
                        lease.probe().made();
                        return item;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted", e);
                    }
                })
                .onClose(() -> lease.probe().closed.countDown());
    }

    // ------------------------------------------------------------------ timing, failures

    /** The first item at once; the second once the test opens the probe's gate. */
    @Get("/gated")
    public Stream<StreamItem> gated(@Default("gated") String probe) {
        Probe p = Probe.of(probe);
        return Stream.of(1, 2).map(n -> {
            if (n == 2) {
                try {
                    Probe.await(p.gate);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            p.made();
            return StreamItem.numbered(n, 0);
        });
    }

    /** Fails at item {@code at}: before the first (an error answer) or after some (a broken response). */
    @Get("/failing")
    public Stream<StreamItem> failing(Lease lease, @Default("3") int at) {
        Counter<StreamItem> items = new Counter<>(5, at, lease.probe(), n -> StreamItem.numbered(n, 0));
        return Stream.generate(items::next).limit(5).onClose(items::close);
    }

    @Get(value = "/failing/events", produces = "text/event-stream")
    public Iterator<StreamItem> failingEvents(Lease lease, @Default("3") int at) {
        return new Counter<>(5, at, lease.probe(), n -> StreamItem.numbered(n, 0));
    }

    /** An HttpException from the producer before the first item is answered like any other. */
    @Get("/missing")
    public Stream<StreamItem> missing() {
        return Stream.generate(() -> {
            throw new HttpException(404, "No such feed");
        });
    }

    @Get("/failing/read-stream")
    public ReadStream<StreamItem> failingReadStream(Vertx vertx, @Default("3") int at) {
        return new Ticker<>(
                vertx, new Counter<>(5, at, Probe.of("failing-read-stream"), n -> StreamItem.numbered(n, 0)), 0, null);
    }

    @Get("/failing/publisher")
    public Flow.Publisher<StreamItem> failingPublisher(@Default("3") int at) {
        Probe probe = Probe.of("failing-publisher");
        return new Demand<>(new Counter<>(5, at, probe, n -> StreamItem.numbered(n, 0)), probe);
    }
}
