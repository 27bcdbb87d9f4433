package dev.kiln.processor.model;

import javax.lang.model.type.TypeMirror;

/**
 * What a streaming operation returns: where its items come from, what each item is, and how they are
 * sent. Read once by {@code ReturnShapeReader}; the planner (where it runs), the responder (how items are
 * written and where they are pulled), the checks and the document (FastAPI's {@code itemSchema}) all
 * use it.
 *
 * @param source      the stream type returned
 * @param item        the item type ({@code T} of {@code Stream<T>}, found through subtypes: an {@code AsyncFile}
 *                    is a {@code ReadStream<Buffer>})
 * @param data        what is written as JSON for each item: {@code item}, or {@code T} of a
 *                    {@code ServerSentEvent<T>} item
 * @param events      whether the items are {@code dev.kiln.ServerSentEvent}s
 * @param format      how items are sent, from {@code produces}; {@code null} when it names a media type Kiln
 *                    does not stream
 * @param unsupported why the items cannot be written as JSON ({@code "a Buffer"}, {@code "a Future"}), or
 *                    {@code null} when they can
 */
public record StreamShape(
        Source source, TypeMirror item, TypeMirror data, boolean events, Format format, String unsupported) {
    /** The stream types an operation may return. */
    public enum Source {
        /** {@code java.util.stream.Stream<T>}: pulled on a worker. */
        STREAM("Stream", false),
        /** {@code java.util.Iterator<T>}: pulled on a worker. */
        ITERATOR("Iterator", false),
        /** {@code io.vertx.core.streams.ReadStream<T>}: items delivered on the event loop. */
        READ_STREAM("ReadStream", true),
        /** {@code java.util.concurrent.Flow.Publisher<T>}: items delivered on demand. */
        PUBLISHER("Flow.Publisher", true);

        private final String javaName;
        private final boolean deliversItself;

        Source(String javaName, boolean deliversItself) {
            this.javaName = javaName;
            this.deliversItself = deliversItself;
        }

        /** The type as a user writes it: {@code Stream}, {@code Flow.Publisher}. */
        public String javaName() {
            return javaName;
        }

        /**
         * Whether the source delivers its items itself (a {@code ReadStream}, a {@code Publisher}: the
         * operation runs on the event loop) rather than being pulled (a {@code Stream}, an {@code Iterator}:
         * on a worker).
         */
        public boolean deliversItself() {
            return deliversItself;
        }
    }

    /** How items are sent. */
    public enum Format {
        /** {@code application/jsonl}: one JSON value per line (the default). */
        JSON_LINES("application/jsonl"),
        /** {@code text/event-stream}: server-sent events. */
        EVENT_STREAM("text/event-stream");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }
    }
}
