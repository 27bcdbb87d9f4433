package dev.kiln.runtime.impl;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How much an app accepts from a client and how long it waits for one: the protective defaults of
 * every Kiln app, changed with the {@link dev.kiln.App} builder. Not a user API.
 *
 * @param maxHeaderSize         the largest header section in bytes; larger gets {@code 431}
 * @param maxRequestLineLength  the longest request line in bytes; longer gets {@code 414}
 * @param headerReadTimeout     how long a connection may take to deliver a request's headers, from
 *                              the moment it opens or its previous response ended; then it is closed
 *                              (Slowloris). Also the keep-alive time of an idle connection.
 * @param bodyReadTimeout       how long reading one request body may take; then {@code 408} and close
 * @param idleTimeout           a connection with no byte read or written for this long is closed
 * @param decompressRequests    whether gzip/deflate request bodies are decoded (the body size limit
 *                              then applies to the decoded size); off: such bodies get {@code 415}
 * @param defaultWorkerQueue    how many operations may wait for a thread of a pool beyond its size
 * @param workerQueues          the same, per pool name, overriding the default
 * @param shutdownGracePeriod   how long a shutdown lets in-flight requests finish before cutting them off
 */
public record Limits(
        int maxHeaderSize,
        int maxRequestLineLength,
        Duration headerReadTimeout,
        Duration bodyReadTimeout,
        Duration idleTimeout,
        boolean decompressRequests,
        int defaultWorkerQueue,
        Map<String, Integer> workerQueues,
        Duration shutdownGracePeriod) {
    /** Vert.x's default, and the common one of nginx and Node.js: 8 KiB. */
    public static final int DEFAULT_MAX_HEADER_SIZE = 8192;
    /** Vert.x's default. */
    public static final int DEFAULT_MAX_REQUEST_LINE_LENGTH = 4096;

    public static final Duration DEFAULT_HEADER_READ_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_BODY_READ_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);
    /** Waiting operations per pool beyond its threads, before {@code 503}. */
    public static final int DEFAULT_WORKER_QUEUE = 256;

    public static final Duration DEFAULT_SHUTDOWN_GRACE_PERIOD = Duration.ofSeconds(30);

    public Limits {
        positive("maxHeaderSize", maxHeaderSize);
        positive("maxRequestLineLength", maxRequestLineLength);
        positive("headerReadTimeout", headerReadTimeout);
        positive("bodyReadTimeout", bodyReadTimeout);
        positive("idleTimeout", idleTimeout);
        if (defaultWorkerQueue < 0) {
            throw new IllegalArgumentException("a worker queue must not be negative: " + defaultWorkerQueue);
        }
        workerQueues = Map.copyOf(workerQueues);
        workerQueues.forEach((pool, size) -> {
            if (size < 0) {
                throw new IllegalArgumentException("a worker queue must not be negative: " + pool + "=" + size);
            }
        });
        Objects.requireNonNull(shutdownGracePeriod, "shutdownGracePeriod");
        if (shutdownGracePeriod.isNegative()) {
            throw new IllegalArgumentException("shutdownGracePeriod must not be negative: " + shutdownGracePeriod);
        }
    }

    /** The defaults listed in the README's "Limits and defaults". */
    public static Limits defaults() {
        return new Limits(
                DEFAULT_MAX_HEADER_SIZE,
                DEFAULT_MAX_REQUEST_LINE_LENGTH,
                DEFAULT_HEADER_READ_TIMEOUT,
                DEFAULT_BODY_READ_TIMEOUT,
                DEFAULT_IDLE_TIMEOUT,
                false,
                DEFAULT_WORKER_QUEUE,
                Map.of(),
                DEFAULT_SHUTDOWN_GRACE_PERIOD);
    }

    /** How many operations may wait for a thread of {@code pool}. */
    public int workerQueue(String pool) {
        return workerQueues.getOrDefault(pool, defaultWorkerQueue);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    private static void positive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
