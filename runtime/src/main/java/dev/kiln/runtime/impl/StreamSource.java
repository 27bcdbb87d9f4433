package dev.kiln.runtime.impl;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.streams.ReadStream;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

/**
 * Where a streamed answer's items come from, and how a slow client holds the producer back. Every
 * method is called on the request's event loop; items reach {@link StreamAnswer#item} there too.
 *
 * <table>
 *   <caption>Sources</caption>
 *   <tr><th>returned</th><th>items come</th><th>held back by</th><th>stopped by</th></tr>
 *   <tr><td>{@code ReadStream<T>}</td><td>through its handler</td><td>{@code pause()}/{@code resume()}</td>
 *       <td>{@code pause()}, handlers dropped; an {@code AsyncFile} or {@code AutoCloseable} closed</td></tr>
 *   <tr><td>{@code Flow.Publisher<T>}</td><td>{@code onNext}, on any thread</td><td>demand: 32 at a time,
 *       topped up as the write queue drains</td><td>{@code Subscription.cancel()}</td></tr>
 *   <tr><td>{@code Stream<T>}, {@code Iterator<T>}</td><td>pulled on the operation's worker pool (its threads,
 *       never its queue), encoded there</td><td>64 KiB of encoded items on their way at most, until the
 *       socket takes them; out of credit, the pulling task ends and frees its thread and its place in
 *       the pool</td><td>no further pull (a pull blocked inside the producer is interrupted), then
 *       {@code Stream.close()} (or an {@code AutoCloseable} iterator's) on the pool</td></tr>
 * </table>
 */
abstract class StreamSource {
    final StreamAnswer sink;

    StreamSource(StreamAnswer sink) {
        this.sink = sink;
    }

    /** The source of what an operation returned. */
    static StreamSource of(StreamAnswer sink, Object value, VertxWorkerPool pool) {
        if (value == null) {
            throw new NullPointerException(sink.ex.route.javaMethod() + " returned a null stream");
        }
        if (value instanceof ReadStream<?> stream) {
            return new FromReadStream(sink, stream);
        }
        if (value instanceof Flow.Publisher<?> publisher) {
            return new FromPublisher(sink, publisher);
        }
        if (value instanceof Stream<?> stream) {
            return pulled(sink, stream.iterator(), stream, pool);
        }
        if (value instanceof Iterator<?> iterator) {
            return pulled(sink, iterator, iterator instanceof AutoCloseable c ? c : null, pool);
        }
        throw new IllegalStateException(sink.ex.route.javaMethod() + " returned a "
                + value.getClass().getName() + ", which is not a Stream, Iterator, ReadStream or Flow.Publisher");
    }

    private static StreamSource pulled(
            StreamAnswer sink, Iterator<?> items, AutoCloseable closer, VertxWorkerPool pool) {
        return pool == null
                ? new PulledOnEventLoop(sink, items, closer)
                : new PulledOnWorker(sink, items, closer, pool);
    }

    /** Starts delivering items. */
    abstract void start();

    /** One item was written; {@code queueFull}: the connection takes no more for now. */
    abstract void written(boolean queueFull);

    /** The connection's write queue drained (the answer sets the response's drain handler). */
    abstract void drained();

    /** Stops producing (idempotent); completes once the source is closed. */
    abstract Future<Void> stop();

    /** Closes what the producer holds, logging a failure with the request id. */
    final void close(AutoCloseable closer) {
        if (closer == null) {
            return;
        }
        try {
            closer.close();
        } catch (Throwable e) {
            sink.ex.log(Level.ERROR, "Closing the stream of " + sink.ex.describe() + " failed", e);
        }
    }

    /** Encodes and writes one item, or fails the answer. */
    final void deliver(Object item) {
        Buffer bytes;
        try {
            bytes = sink.encode(item);
        } catch (Throwable e) {
            sink.fail(e);
            return;
        }
        sink.item(bytes);
    }

    /** A Vert.x {@link ReadStream}: paused while the client is slow. */
    private static final class FromReadStream extends StreamSource {
        private final ReadStream<?> stream;
        private boolean stopped;

        FromReadStream(StreamAnswer sink, ReadStream<?> stream) {
            super(sink);
            this.stream = stream;
        }

        @Override
        void start() {
            HttpExchange ex = sink.ex;
            stream.exceptionHandler(e -> ex.onContext(() -> sink.fail(e)));
            stream.endHandler(v -> ex.onContext(sink::end));
            stream.handler(item -> ex.onContext(() -> {
                if (!stopped) {
                    deliver(item);
                }
            }));
        }

        @Override
        void written(boolean queueFull) {
            if (queueFull && !stopped) {
                stream.pause();
            }
        }

        @Override
        void drained() {
            if (!stopped) {
                stream.resume();
            }
        }

        @Override
        Future<Void> stop() {
            if (stopped) {
                return Future.succeededFuture();
            }
            stopped = true;
            try {
                stream.pause();
                stream.handler(null);
                stream.endHandler(null);
                stream.exceptionHandler(null);
            } catch (RuntimeException e) {
                // An ended stream may refuse new handlers; it produces nothing more either way.
            }
            if (stream instanceof AsyncFile file) {
                return file.close().recover(e -> Future.succeededFuture());
            }
            if (stream instanceof AutoCloseable closeable) {
                close(closeable);
            }
            return Future.succeededFuture();
        }
    }

    /** A {@link Flow.Publisher}: asked for a batch of items at a time, more as the write queue drains. */
    private static final class FromPublisher extends StreamSource {
        static final int BATCH = 32;

        private final Flow.Publisher<?> publisher;
        private Flow.Subscription subscription;
        /** Items asked for and not yet received. */
        private long outstanding;

        private boolean held;
        private boolean stopped;

        FromPublisher(StreamAnswer sink, Flow.Publisher<?> publisher) {
            super(sink);
            this.publisher = publisher;
        }

        @Override
        void start() {
            HttpExchange ex = sink.ex;
            publisher.subscribe(new Flow.Subscriber<Object>() {
                @Override
                public void onSubscribe(Flow.Subscription s) {
                    ex.onContext(() -> subscribed(s));
                }

                @Override
                public void onNext(Object item) {
                    ex.onContext(() -> {
                        outstanding--;
                        if (!stopped) {
                            deliver(item);
                        }
                    });
                }

                @Override
                public void onError(Throwable error) {
                    ex.onContext(() -> {
                        if (!stopped) {
                            sink.fail(error);
                        }
                    });
                }

                @Override
                public void onComplete() {
                    ex.onContext(() -> {
                        if (!stopped) {
                            sink.end();
                        }
                    });
                }
            });
        }

        private void subscribed(Flow.Subscription s) {
            if (subscription != null || stopped) {
                // A second subscription breaks the protocol; a late one finds the answer over.
                s.cancel();
                return;
            }
            subscription = s;
            askForMore();
        }

        private void askForMore() {
            if (subscription == null || stopped || held || outstanding > BATCH / 2) {
                return;
            }
            long more = BATCH - outstanding;
            outstanding += more;
            subscription.request(more);
        }

        @Override
        void written(boolean queueFull) {
            held = queueFull;
            askForMore();
        }

        @Override
        void drained() {
            held = false;
            askForMore();
        }

        @Override
        Future<Void> stop() {
            if (!stopped) {
                stopped = true;
                if (subscription != null) {
                    subscription.cancel();
                }
            }
            return Future.succeededFuture();
        }
    }

    /** A {@code Stream} or {@code Iterator} of a {@code @NonBlocking} operation, pulled on the event loop. */
    private static final class PulledOnEventLoop extends StreamSource {
        /** Items written in one go before the loop lets other connections have their turn. */
        private static final int BURST = 64;

        private final Iterator<?> items;
        private final AutoCloseable closer;
        private boolean held;
        private boolean stopped;
        private boolean pumping;
        private boolean scheduled;

        PulledOnEventLoop(StreamAnswer sink, Iterator<?> items, AutoCloseable closer) {
            super(sink);
            this.items = items;
            this.closer = closer;
        }

        @Override
        void start() {
            pump();
        }

        private void pump() {
            if (pumping) {
                return;
            }
            pumping = true;
            try {
                for (int i = 0; i < BURST; i++) {
                    if (stopped || held) {
                        return;
                    }
                    if (!items.hasNext()) {
                        sink.end();
                        return;
                    }
                    deliver(items.next());
                }
                if (!stopped && !held && !scheduled) {
                    scheduled = true;
                    sink.ex.context.runOnContext(v -> {
                        scheduled = false;
                        pump();
                    });
                }
            } catch (Throwable e) {
                sink.fail(e);
            } finally {
                pumping = false;
            }
        }

        @Override
        void written(boolean queueFull) {
            held = queueFull;
        }

        @Override
        void drained() {
            if (held) {
                held = false;
                pump();
            }
        }

        @Override
        Future<Void> stop() {
            if (!stopped) {
                stopped = true;
                close(closer);
            }
            return Future.succeededFuture();
        }
    }

    /**
     * A {@code Stream} or {@code Iterator} pulled on a worker pool. A pull (one task on the pool) pulls
     * and encodes items while the stream has credit: 64 KiB of encoded items on their way, handed over
     * to the event loop or written and not yet taken by the socket. Credit comes back as each write
     * reaches the socket, so a client that does not read holds at most 64 KiB of its answer in the JVM
     * whatever the size of the items (Vert.x's write queue counts messages, not bytes: 16 writes of
     * 64 KiB each would fit in it). A pull also ends after handing over 64 KiB with credit left, and the
     * next one takes its turn behind the pool's other work: a fast client shares the threads.
     *
     * <p>Pulls use the pool's threads, never its queue ({@link VertxWorkerPool#pull}): while every
     * thread is taken the next pull waits in the pool's line, holding no thread and no admission, so
     * streams never make the pool refuse an operation, and a slow reader between pulls holds nothing
     * of the pool. Items handed over while the event loop has not yet taken the previous ones are
     * written together (up to 16 KiB a write), so a fast producer is not held to one system call per
     * item and a slow one still has each item sent as soon as it is made. The source is closed on the
     * pool by the last pull (or by a task of its own when none runs).
     */
    private static final class PulledOnWorker extends StreamSource {
        private static final int CREDIT = 64 * 1024;
        /** The most bytes of items gathered into one write. */
        private static final int SLICE = 16 * 1024;

        private final Iterator<?> items;
        private final AutoCloseable closer;
        private final VertxWorkerPool pool;
        private final Promise<Void> closed = Promise.promise();
        private final Object lock = new Object();
        // Guarded by lock:
        private long credit = CREDIT;
        /** A pull runs or waits for its turn. */
        private boolean running;

        private boolean stopped;
        private Thread thread;
        /**
         * Encoded items handed over and not yet taken by the event loop, in buffers of at most
         * {@code SLICE} bytes (an item alone may be larger), each written in one go.
         */
        private final ArrayDeque<Buffer> pending = new ArrayDeque<>();
        /** Whether the last of {@code pending} is a buffer of ours, made to gather items into. */
        private boolean gathering;

        PulledOnWorker(StreamAnswer sink, Iterator<?> items, AutoCloseable closer, VertxWorkerPool pool) {
            super(sink);
            this.items = items;
            this.closer = closer;
            this.pool = pool;
        }

        @Override
        void start() {
            synchronized (lock) {
                running = true;
            }
            nextPull();
        }

        private void nextPull() {
            pool.pull(() -> UserCode.admitted(sink.ex, pool, () -> {
                pull();
                return null;
            }));
        }

        /** Whether enough credit came back for a pull to be worth its task. */
        private boolean worthAPull() {
            return credit >= CREDIT / 2;
        }

        /** On a worker: pulls, encodes and hands over items while there is credit, 64 KiB at most. */
        private void pull() {
            synchronized (lock) {
                thread = Thread.currentThread();
            }
            Throwable failure = null;
            boolean ended = false;
            long handedOver = 0;
            try {
                while (true) {
                    boolean next;
                    synchronized (lock) {
                        if (stopped) {
                            break;
                        }
                        if (credit > 0 && handedOver < CREDIT) {
                            next = false;
                        } else {
                            // This pull ends and frees its thread. With credit left the next one takes its
                            // turn now; without, the write that gives enough back starts it (giveBack).
                            next = worthAPull();
                            running = next;
                            thread = null;
                            Thread.interrupted();
                            if (!next) {
                                return;
                            }
                        }
                    }
                    if (next) {
                        nextPull();
                        return;
                    }
                    if (!items.hasNext()) {
                        ended = true;
                        break;
                    }
                    Buffer bytes = sink.encode(items.next());
                    handedOver += bytes.length();
                    handOver(bytes);
                }
            } catch (Throwable e) {
                failure = e;
            }
            boolean wasStopped;
            synchronized (lock) {
                wasStopped = stopped;
                stopped = true;
                running = false;
                thread = null;
                // An interrupt meant for a pull that ended anyway must not reach the pool's next task.
                Thread.interrupted();
            }
            close(closer);
            Throwable failed = failure;
            boolean done = ended;
            // Queued after the last hand-over: the event loop writes every item before it ends the answer.
            sink.ex.context.runOnContext(v -> {
                if (!wasStopped) {
                    if (failed != null) {
                        sink.fail(failed);
                    } else if (done) {
                        sink.end();
                    }
                }
                closed.tryComplete();
            });
        }

        /** Adds an item's bytes to what the event loop takes next, asking it to come when nothing was waiting. */
        private void handOver(Buffer bytes) {
            boolean ask;
            synchronized (lock) {
                credit -= bytes.length();
                ask = pending.isEmpty();
                Buffer last = pending.peekLast();
                if (last == null || last.length() + bytes.length() > SLICE) {
                    pending.addLast(bytes);
                    gathering = false;
                } else {
                    if (!gathering) {
                        // Gathered into a buffer of its final size: grown by doubling, one would hold up to
                        // twice its bytes until its last byte is written.
                        pending.pollLast();
                        last = Buffer.buffer(SLICE).appendBuffer(last);
                        pending.addLast(last);
                        gathering = true;
                    }
                    last.appendBuffer(bytes);
                }
            }
            if (ask) {
                sink.ex.context.runOnContext(v -> writePending());
            }
        }

        /**
         * On the event loop: writes everything handed over since the last time, a buffer a write, so
         * that credit comes back bit by bit as the socket takes them and the next pull starts while the
         * rest is still on its way.
         */
        private void writePending() {
            List<Buffer> buffers;
            synchronized (lock) {
                buffers = new ArrayList<>(pending);
                pending.clear();
                gathering = false;
            }
            for (Buffer buffer : buffers) {
                Future<Void> write = sink.item(buffer);
                if (write == null) {
                    return;
                }
                // Written or failed, the bytes left the JVM's hands (a failed write ends the stream anyway).
                int length = buffer.length();
                write.onComplete(reachedSocket -> giveBack(length));
            }
        }

        @Override
        void written(boolean queueFull) {
            // Credit comes back with each write's completion, not with the queue's state (see the class).
        }

        @Override
        void drained() {
            // As above: a drained queue means the writes completed and gave their credit back.
        }

        private void giveBack(long back) {
            boolean restart;
            synchronized (lock) {
                credit += back;
                restart = !running && !stopped && worthAPull();
                if (restart) {
                    running = true;
                }
            }
            if (restart) {
                nextPull();
            }
        }

        @Override
        Future<Void> stop() {
            boolean closeNow;
            synchronized (lock) {
                closeNow = !stopped && !running;
                stopped = true;
                pending.clear();
                if (thread != null) {
                    // A pull blocked inside the producer (a queue's take(), a socket read) is told to stop.
                    thread.interrupt();
                }
            }
            if (closeNow) {
                // A cleanup: it runs whatever the pool's load.
                UserCode.always(sink.ex, pool, () -> {
                    close(closer);
                    sink.ex.context.runOnContext(v -> closed.tryComplete());
                    return null;
                });
            }
            return closed.future();
        }
    }
}
