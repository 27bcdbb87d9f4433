package com.example.categories;

import dev.kiln.Get;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.FileReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/** One operation per kind of blocking call, each making exactly one. */
public final class Categories {
    private final Object monitor = new Object();
    private final Thread worker = new Thread(() -> { });
    private final CompletableFuture<String> pending = new CompletableFuture<>();
    private final DataSource dataSource;
    private final Connection connection;
    private final HttpClient client = HttpClient.newHttpClient();
    private final ReentrantLock lock = new ReentrantLock();
    private final CountDownLatch latch = new CountDownLatch(1);
    private final Semaphore permits = new Semaphore(4);
    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    private final Vertx vertx;

    public Categories(DataSource dataSource, Connection connection, Vertx vertx) {
        this.dataSource = dataSource;
        this.connection = connection;
        this.vertx = vertx;
    }

    @Get("/sleep")
    public Future<String> sleep() throws Exception {
        Thread.sleep(10);
        return Future.succeededFuture("slept");
    }

    @Get("/wait")
    public Future<String> monitorWait() throws Exception {
        synchronized (monitor) {
            monitor.wait();
        }
        return Future.succeededFuture("woken");
    }

    @Get("/join")
    public Future<String> join() throws Exception {
        worker.join();
        return Future.succeededFuture("joined");
    }

    @Get("/get")
    public Future<String> futureGet() throws Exception {
        return Future.succeededFuture(pending.get());
    }

    @Get("/cfjoin")
    public Future<String> futureJoin() {
        return Future.succeededFuture(pending.join());
    }

    @Get("/await")
    public Future<String> vertxAwait() {
        Future<String> other = Future.succeededFuture("x");
        return Future.succeededFuture(other.await());
    }

    @Get("/datasource")
    public Future<Object> dataSource() throws Exception {
        return Future.succeededFuture(dataSource.getConnection());
    }

    @Get("/statement")
    public Future<Object> statement() throws Exception {
        return Future.succeededFuture(connection.prepareStatement("select 1"));
    }

    @Get("/stream")
    public Future<Object> fileStream() throws Exception {
        return Future.succeededFuture(new FileInputStream("data.bin"));
    }

    @Get("/reader")
    public Future<String> fileReader() throws Exception {
        BufferedReader reader = new BufferedReader(new FileReader("notes.txt"));
        return Future.succeededFuture(reader.readLine());
    }

    @Get("/files")
    public Future<String> files() throws Exception {
        return Future.succeededFuture(Files.readString(Path.of("notes.txt")));
    }

    @Get("/http")
    public Future<String> http() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(java.net.URI.create("http://example.com")).build();
        return Future.succeededFuture(client.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    @Get("/url")
    public Future<Object> url() throws Exception {
        return Future.succeededFuture(new URL("http://example.com").openStream());
    }

    @Get("/socket")
    public Future<Object> socket() throws Exception {
        return Future.succeededFuture(new Socket("localhost", 8080));
    }

    @Get("/dns")
    public Future<Object> dns() throws Exception {
        return Future.succeededFuture(InetAddress.getByName("example.com"));
    }

    @Get("/lock")
    public Future<String> lock() {
        lock.lock();
        return Future.succeededFuture("locked");
    }

    @Get("/latch")
    public Future<String> latch() throws Exception {
        latch.await();
        return Future.succeededFuture("counted down");
    }

    @Get("/semaphore")
    public Future<String> semaphore() throws Exception {
        permits.acquire();
        return Future.succeededFuture("acquired");
    }

    @Get("/put")
    public Future<String> put() throws Exception {
        queue.put("job");
        return Future.succeededFuture("queued");
    }

    @Get("/take")
    public Future<String> take() throws Exception {
        return Future.succeededFuture(queue.take());
    }

    @Get("/vertxfs")
    public Future<Object> vertxFileSystem() {
        return Future.succeededFuture(vertx.fileSystem().readFileBlocking("notes.txt"));
    }
}
