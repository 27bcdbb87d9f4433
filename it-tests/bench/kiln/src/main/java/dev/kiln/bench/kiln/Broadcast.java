package dev.kiln.bench.kiln;

import dev.kiln.ServerSentEvent;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.streams.ReadStream;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One tick every {@code bench.tick} milliseconds (default 1000) to every connected event stream: the
 * server side of the 10,000-client SSE benchmark. Everything runs on the app's one event loop.
 */
final class Broadcast {
    private static final long PERIOD = Long.getLong("bench.tick", 1000);
    private static final Set<Subscriber> SUBSCRIBERS = new LinkedHashSet<>();
    private static long timer = -1;
    private static long seq;

    private Broadcast() {}

    /** A new subscriber's stream; the timer starts with the first one. */
    static ReadStream<ServerSentEvent<Tick>> subscribe(Vertx vertx) {
        Subscriber subscriber = new Subscriber();
        if (timer < 0) {
            timer = vertx.setPeriodic(PERIOD, id -> tick());
        }
        return subscriber;
    }

    private static void tick() {
        seq++;
        ServerSentEvent<Tick> event =
                ServerSentEvent.of(new Tick(seq, System.currentTimeMillis())).withId(Long.toString(seq));
        for (Subscriber subscriber : SUBSCRIBERS.toArray(new Subscriber[0])) {
            subscriber.send(event);
        }
    }

    /** One client's stream: ticks while it has a handler and is not paused (a paused client misses them). */
    private static final class Subscriber implements ReadStream<ServerSentEvent<Tick>> {
        private Handler<ServerSentEvent<Tick>> handler;
        private boolean paused;

        void send(ServerSentEvent<Tick> event) {
            if (!paused && handler != null) {
                handler.handle(event);
            }
        }

        @Override
        public ReadStream<ServerSentEvent<Tick>> exceptionHandler(Handler<Throwable> handler) {
            return this;
        }

        @Override
        public ReadStream<ServerSentEvent<Tick>> handler(Handler<ServerSentEvent<Tick>> handler) {
            this.handler = handler;
            if (handler == null) {
                SUBSCRIBERS.remove(this);
            } else {
                SUBSCRIBERS.add(this);
            }
            return this;
        }

        @Override
        public ReadStream<ServerSentEvent<Tick>> pause() {
            paused = true;
            return this;
        }

        @Override
        public ReadStream<ServerSentEvent<Tick>> resume() {
            paused = false;
            return this;
        }

        @Override
        public ReadStream<ServerSentEvent<Tick>> fetch(long amount) {
            paused = false;
            return this;
        }

        @Override
        public ReadStream<ServerSentEvent<Tick>> endHandler(Handler<Void> endHandler) {
            return this;
        }
    }
}
