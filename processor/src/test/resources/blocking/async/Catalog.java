package com.example.async;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiln.Get;
import dev.kiln.NonBlocking;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/** Ordinary asynchronous code: nothing here blocks, so the check must say nothing. */
public final class Catalog {
    private final Vertx vertx;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, List<String>> tags = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ReentrantLock lock = new ReentrantLock();
    private final CountDownLatch started = new CountDownLatch(1);
    private final Semaphore permits = new Semaphore(2);
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<String> warmup = new CompletableFuture<>();
    private final Sleeper sleeper = new Sleeper();

    public Catalog(Vertx vertx) {
        this.vertx = vertx;
    }

    @Get("/compose")
    public Future<String> compose(String id) {
        return load(id)
                .map(String::trim)
                .compose(text -> Future.all(load(text), load(text + "-extra")))
                .map(all -> all.<String>resultAt(0) + all.<String>resultAt(1))
                .recover(error -> Future.succeededFuture("fallback"))
                .onComplete(result -> events.offer(String.valueOf(result.succeeded())));
    }

    @Get("/timer")
    public Future<String> timer() {
        Promise<String> promise = Promise.promise();
        vertx.setTimer(25, id -> promise.complete("ticked " + id));
        return promise.future();
    }

    @Get("/json")
    public Future<String> json(String body) throws Exception {
        JsonNode node = mapper.readTree(body);
        Map<String, Object> copy = mapper.convertValue(node, Map.class);
        return Future.succeededFuture(mapper.writeValueAsString(copy));
    }

    @Get("/text")
    public Future<String> text(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            out.append(word.toUpperCase()).append(',');
        }
        String joined = words.stream().sorted(Comparator.reverseOrder()).collect(Collectors.joining(" "));
        return Future.succeededFuture(out + joined + String.format("%d", words.size()));
    }

    @Get("/collections")
    public Future<Map<String, Integer>> collections(String key) {
        Map<String, Integer> counts = new TreeMap<>();
        List<String> seen = new ArrayList<>(tags.getOrDefault(key, List.of()));
        seen.forEach(tag -> counts.merge(tag, 1, Integer::sum));
        Optional.ofNullable(tags.get(key)).ifPresent(list -> counts.put("total", list.size()));
        return Future.succeededFuture(counts);
    }

    @Get("/files")
    public Future<Integer> files() {
        return vertx.fileSystem().readFile("catalog.json").map(Buffer::length);
    }

    @Get("/http")
    public Future<Integer> httpAsync() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:1/")).build();
        return Future.fromCompletionStage(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                .map(HttpResponse::statusCode);
    }

    @Get("/in-memory")
    public Future<String> inMemory(String text) throws Exception {
        BufferedReader reader = new BufferedReader(new StringReader(text));
        int first = new ByteArrayInputStream(text.getBytes()).read();
        return Future.succeededFuture(reader.readLine() + first);
    }

    @Get("/non-waiting")
    public Future<String> nonWaiting() {
        if (lock.tryLock()) {
            lock.unlock();
        }
        started.countDown();
        permits.tryAcquire();
        permits.release();
        String next = events.poll();
        return Future.succeededFuture(next + warmup.getNow("cold") + Thread.currentThread().getName());
    }

    @Get("/look-alikes")
    public Future<String> lookAlikes() {
        sleeper.wait("for nothing");
        sleeper.sleep(5);
        Path path = Path.of("a", "b").resolve("c").normalize();
        Timestamp stamp = Timestamp.valueOf("2026-01-01 00:00:00");
        return Future.succeededFuture(path + " " + stamp + InetAddress.getLoopbackAddress());
    }

    @Get("/in-memory-writers")
    public Future<String> inMemoryWriters() throws Exception {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            out.print("no file");
        }
        Socket unconnected = new Socket();
        return Future.succeededFuture(text + String.valueOf(unconnected.isConnected()));
    }

    @Get("/result")
    @NonBlocking
    public String result() {
        Future<String> done = Future.succeededFuture("done");
        return done.result();
    }

    private Future<String> load(String id) {
        return vertx.executeBlocking(() -> id + "!");
    }

    /** Methods named like blocking ones, on a class that is not a blocking type. */
    static final class Sleeper {
        void wait(String reason) {
        }

        void sleep(long millis) {
        }
    }
}
