package com.example.chains;

import dev.kiln.Get;
import dev.kiln.Post;
import io.vertx.core.Future;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

public final class Items {
    private final Path root = Path.of("items");

    @Get("/{itemId}")
    public Future<byte[]> read(int itemId) throws IOException {
        byte[] bytes = loadFromDisk(root.resolve("item-" + itemId));
        return Future.succeededFuture(bytes);
    }

    @Get("")
    public Future<List<String>> list() throws IOException {
        return Future.succeededFuture(index());
    }

    @Get("/twice")
    public Future<Integer> twice() throws IOException {
        int first = loadFromDisk(root.resolve("a")).length;
        int second = loadFromDisk(root.resolve("b")).length;
        return Future.succeededFuture(first + second);
    }

    @Get("/deep")
    public Future<String> deep() throws InterruptedException {
        levelOne();
        return Future.succeededFuture("deep");
    }

    @Get("/deeper")
    public Future<String> deeper() throws InterruptedException {
        tooDeepOne();
        return Future.succeededFuture("deeper");
    }

    @Get("/recursive")
    public Future<String> recursive() throws InterruptedException {
        countDown(3);
        return Future.succeededFuture("done");
    }

    @Get("/constructed")
    public Future<String> constructed() throws IOException {
        Disk disk = new Disk(root);
        return Future.succeededFuture(disk.toString());
    }

    @Get("/referenced")
    public Future<byte[]> referenced() {
        return Future.succeededFuture(root).map(this::loadQuietly);
    }

    @Get("/split")
    public Future<Long> split() throws IOException {
        long size = Disk
                .sizeOf(root);
        return Future.succeededFuture(size);
    }

    /** A worker operation may call the same helpers: it is not checked. */
    @Post("")
    public byte[] create() throws IOException {
        return loadFromDisk(root.resolve("new"));
    }

    private byte[] loadFromDisk(Path path) throws IOException {
        return Files.readAllBytes(path);
    }

    private byte[] loadQuietly(Path path) {
        try {
            return loadFromDisk(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> index() throws IOException {
        return Disk.scan(root);
    }

    private void levelOne() throws InterruptedException {
        levelTwo();
    }

    private void levelTwo() throws InterruptedException {
        levelThree();
    }

    private void levelThree() throws InterruptedException {
        Thread.sleep(5);
    }

    private void tooDeepOne() throws InterruptedException {
        tooDeepTwo();
    }

    private void tooDeepTwo() throws InterruptedException {
        tooDeepThree();
    }

    private void tooDeepThree() throws InterruptedException {
        tooDeepFour();
    }

    private void tooDeepFour() throws InterruptedException {
        Thread.sleep(50);
    }

    private void countDown(int n) throws InterruptedException {
        if (n > 0) {
            Thread.sleep(1);
            countDown(n - 1);
        }
    }
}
