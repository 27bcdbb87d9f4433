package dev.kiln.samples.service;

import dev.kiln.ServerSentEvent;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.MessageCodec;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.streams.ReadStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The item changes, on the Vert.x event bus: one address per owner, so a feed only ever sees its owner's
 * items. Changes are published once their transaction committed ({@link Tx#afterCommit}), from any thread;
 * a feed reads them on its event loop, with the consumer's back-pressure.
 */
public final class ItemEvents {
    private static final String CODEC = "item-event-local";

    private final Vertx vertx;
    private final AtomicLong ids = new AtomicLong();

    ItemEvents(Vertx vertx) {
        this.vertx = vertx;
        vertx.eventBus().registerCodec(new LocalCodec());
    }

    /** Tells the owner's feeds about a change. */
    public void publish(User owner, ItemEvent event) {
        vertx.eventBus()
                .publish(
                        address(owner),
                        new Numbered(ids.incrementAndGet(), event),
                        new io.vertx.core.eventbus.DeliveryOptions()
                                .setCodecName(CODEC)
                                .setLocalOnly(true));
    }

    /** A live feed of the owner's changes, each an SSE event named by its type; {@link Feed#close} ends it. */
    public Feed subscribe(User owner) {
        return new Feed(vertx.eventBus().localConsumer(address(owner)));
    }

    private static String address(User owner) {
        return "items.changes." + owner.id();
    }

    /** An event and its number in this process (the SSE {@code id}). */
    record Numbered(long id, ItemEvent event) {}

    /** The server-sent events of one subscriber, read from its event-bus consumer. */
    public static final class Feed implements ReadStream<ServerSentEvent<ItemEvent>> {
        private final MessageConsumer<Numbered> consumer;
        private final ReadStream<Numbered> bodies;

        Feed(MessageConsumer<Numbered> consumer) {
            this.consumer = consumer;
            this.bodies = consumer.bodyStream();
        }

        @Override
        public Feed handler(Handler<ServerSentEvent<ItemEvent>> handler) {
            bodies.handler(
                    handler == null
                            ? null
                            : n -> handler.handle(ServerSentEvent.of(n.event())
                                    .withEvent(n.event().type())
                                    .withId(Long.toString(n.id()))));
            return this;
        }

        @Override
        public Feed exceptionHandler(Handler<Throwable> handler) {
            bodies.exceptionHandler(handler);
            return this;
        }

        @Override
        public Feed pause() {
            bodies.pause();
            return this;
        }

        @Override
        public Feed resume() {
            bodies.resume();
            return this;
        }

        @Override
        public Feed fetch(long amount) {
            bodies.fetch(amount);
            return this;
        }

        @Override
        public Feed endHandler(Handler<Void> handler) {
            bodies.endHandler(handler);
            return this;
        }

        /** Stops listening (the feed's request-scoped cleanup: the stream ended or the client went away). */
        public void close() {
            consumer.unregister();
        }
    }

    /** Hands the same immutable event to local consumers; nothing here is sent over a wire. */
    private static final class LocalCodec implements MessageCodec<Numbered, Numbered> {
        @Override
        public void encodeToWire(Buffer buffer, Numbered event) {
            throw new UnsupportedOperationException("item events stay in this process");
        }

        @Override
        public Numbered decodeFromWire(int pos, Buffer buffer) {
            throw new UnsupportedOperationException("item events stay in this process");
        }

        @Override
        public Numbered transform(Numbered event) {
            return event;
        }

        @Override
        public String name() {
            return CODEC;
        }

        @Override
        public byte systemCodecID() {
            return -1;
        }
    }
}
