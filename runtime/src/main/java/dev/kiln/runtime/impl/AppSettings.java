package dev.kiln.runtime.impl;

import dev.kiln.Request;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The immutable settings an app starts with: a snapshot of the {@link dev.kiln.App} builder, with the
 * command line and the environment applied on top by {@link dev.kiln.App#run(String[])}
 * (precedence: command line, then environment, then builder, then defaults). Not a user API.
 *
 * @param title        OpenAPI {@code info.title}
 * @param version      OpenAPI {@code info.version}
 * @param description  OpenAPI {@code info.description}, or {@code null}
 * @param openapiUrl   where the OpenAPI document is served; {@code null} turns off the document and both pages
 * @param docsUrl      where Swagger UI is served, or {@code null}
 * @param redocUrl     where ReDoc is served, or {@code null}
 * @param host         the address to bind
 * @param port         the port; 0 for any free port
 * @param instances    how many event-loop verticles serve requests
 * @param workerPools  worker pool sizes by name; {@code "default"} is Vert.x's worker pool
 * @param overrides    replaced providers by type, for tests
 * @param maxBodySize  the largest request body read, in bytes; larger bodies get 413
 * @param forbidExtraFields whether unknown members of JSON body objects are 422 errors ({@code extra_forbidden})
 * @param limits       the other limits, timeouts, worker queues and the shutdown grace period
 */
public record AppSettings(
        String title,
        String version,
        String description,
        String openapiUrl,
        String docsUrl,
        String redocUrl,
        String host,
        int port,
        int instances,
        Map<String, Integer> workerPools,
        Map<Class<?>, Function<? super Request, ?>> overrides,
        long maxBodySize,
        boolean forbidExtraFields,
        Limits limits) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8000;
    /** Vert.x's own default worker pool size, used for a pool whose size is not set. */
    public static final int DEFAULT_WORKER_POOL_SIZE = 20;
    /** 10 MiB. */
    public static final long DEFAULT_MAX_BODY_SIZE = 10L * 1024 * 1024;

    public AppSettings {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("not a port: " + port);
        }
        if (instances < 1) {
            throw new IllegalArgumentException("instances must be at least 1: " + instances);
        }
        if (maxBodySize < 0) {
            throw new IllegalArgumentException("maxBodySize must not be negative: " + maxBodySize);
        }
        workerPools = Map.copyOf(workerPools);
        overrides = Map.copyOf(overrides);
        Objects.requireNonNull(limits, "limits");
    }

    /** The settings without {@link Limits} and strictness: the default limits, unknown JSON members ignored. */
    public AppSettings(
            String title,
            String version,
            String description,
            String openapiUrl,
            String docsUrl,
            String redocUrl,
            String host,
            int port,
            int instances,
            Map<String, Integer> workerPools,
            Map<Class<?>, Function<? super Request, ?>> overrides,
            long maxBodySize) {
        this(
                title,
                version,
                description,
                openapiUrl,
                docsUrl,
                redocUrl,
                host,
                port,
                instances,
                workerPools,
                overrides,
                maxBodySize,
                false,
                Limits.defaults());
    }

    /** The defaults: title "Kiln", version "0.1.0", docs on, 127.0.0.1:8000, one event loop per core. */
    public static AppSettings defaults() {
        return new AppSettings(
                "Kiln",
                "0.1.0",
                null,
                "/openapi.json",
                "/docs",
                "/redoc",
                DEFAULT_HOST,
                DEFAULT_PORT,
                Runtime.getRuntime().availableProcessors(),
                Map.of(),
                Map.of(),
                DEFAULT_MAX_BODY_SIZE,
                false,
                Limits.defaults());
    }

    /** The size of a worker pool: the configured one, else {@link #DEFAULT_WORKER_POOL_SIZE}. */
    public int workerPoolSize(String name) {
        return workerPools.getOrDefault(name, DEFAULT_WORKER_POOL_SIZE);
    }

    public AppSettings withHost(String host) {
        return new AppSettings(
                title,
                version,
                description,
                openapiUrl,
                docsUrl,
                redocUrl,
                host,
                port,
                instances,
                workerPools,
                overrides,
                maxBodySize,
                forbidExtraFields,
                limits);
    }

    public AppSettings withPort(int port) {
        return new AppSettings(
                title,
                version,
                description,
                openapiUrl,
                docsUrl,
                redocUrl,
                host,
                port,
                instances,
                workerPools,
                overrides,
                maxBodySize,
                forbidExtraFields,
                limits);
    }

    public AppSettings withInstances(int instances) {
        return new AppSettings(
                title,
                version,
                description,
                openapiUrl,
                docsUrl,
                redocUrl,
                host,
                port,
                instances,
                workerPools,
                overrides,
                maxBodySize,
                forbidExtraFields,
                limits);
    }

    /** {@code KILN_HOST}, {@code KILN_PORT}, {@code KILN_INSTANCES} override what the builder set. */
    public AppSettings withEnvironment(Map<String, String> env) {
        AppSettings s = this;
        String value;
        if ((value = env.get("KILN_HOST")) != null && !value.isBlank()) {
            s = s.withHost(value.strip());
        }
        if ((value = env.get("KILN_PORT")) != null && !value.isBlank()) {
            s = s.withPort(number("KILN_PORT", value));
        }
        if ((value = env.get("KILN_INSTANCES")) != null && !value.isBlank()) {
            s = s.withInstances(number("KILN_INSTANCES", value));
        }
        return s;
    }

    /**
     * {@code --host H}, {@code --port P}, {@code --instances N} (also {@code --port=P}) override
     * everything else. Unknown arguments are an {@link IllegalArgumentException}, so a typo is not
     * silently ignored.
     */
    public AppSettings withArguments(String... args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name;
            String value;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(2, eq);
                value = arg.substring(eq + 1);
            } else if (arg.startsWith("--")) {
                name = arg.substring(2);
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing a value after " + arg);
                }
                value = args[++i];
            } else {
                throw new IllegalArgumentException(
                        "unknown argument: " + arg + " (expected --host, --port, --instances)");
            }
            if (!name.equals("host") && !name.equals("port") && !name.equals("instances")) {
                throw new IllegalArgumentException(
                        "unknown option: --" + name + " (expected --host, --port, --instances)");
            }
            given.put(name, value);
        }
        AppSettings s = this;
        if (given.containsKey("host")) {
            s = s.withHost(given.get("host"));
        }
        if (given.containsKey("port")) {
            s = s.withPort(number("--port", given.get("port")));
        }
        if (given.containsKey("instances")) {
            s = s.withInstances(number("--instances", given.get("instances")));
        }
        return s;
    }

    private static int number(String what, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is not a number: " + value);
        }
    }
}
