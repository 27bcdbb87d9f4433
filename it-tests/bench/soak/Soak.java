import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak's load and its bookkeeping (it-tests/bench/soak.sh starts the servers, the chaos and this):
 * a program that prints numbers, never a test. JDK only, run as a source file: {@code java Soak.java ...}.
 *
 * <p>Against the service sample behind a load balancer ({@code --base}), with {@code --users} accounts:
 * <ol>
 *   <li>capacity: {@code --probe-seconds} of the request mix from {@code --probe-concurrency} closed-loop
 *       clients; the soak's rate is {@code --load} (0.7) of what they achieved (or {@code --rate});
 *   <li>the soak: requests started at that fixed rate for {@code --minutes} (reads of pages and items,
 *       item creations, partial updates, attachment uploads), plus {@code --streams} SSE and WebSocket
 *       clients that reconnect when their connection breaks; every write answered 2xx is remembered;
 *   <li>the check, once the servers are healthy again: every remembered write is read back (an item by
 *       its id, its last acknowledged description, an attachment's SHA-256). A write answered 2xx and not
 *       found is a lost write.
 * </ol>
 * Every 5xx and every failed request is recorded with its time and {@code X-Request-Id}; those inside a
 * fault window written by the chaos loop ({@code --faults}: lines {@code <start ms> <end ms> <what>}; it
 * starts once this program writes the file {@code --started}, after the capacity probe) are
 * counted as caused by the fault, the others as unexplained. When the load ends this program writes
 * {@code --done} and waits for {@code --chaos-stopped} before it checks, and a read of the check that
 * gets a 5xx is tried again: only a definite answer counts. The summary goes to stdout and
 * {@code --out}/summary.txt; the exit status is 1 when a write was lost or a 5xx is unexplained.
 */
public final class Soak {
    // ------------------------------------------------------------------ options

    private static final Map<String, String> OPTIONS = new TreeMap<>(Map.ofEntries(
            Map.entry("base", "http://127.0.0.1:8080"),
            Map.entry("users", "20"),
            Map.entry("minutes", "10"),
            Map.entry("load", "0.7"),
            Map.entry("rate", "0"),
            Map.entry("probe-seconds", "20"),
            Map.entry("probe-concurrency", "32"),
            Map.entry("streams", "4"),
            Map.entry("faults", ""),
            Map.entry("started", ""),
            Map.entry("done", ""),
            Map.entry("chaos-stopped", ""),
            Map.entry("out", ".")));

    private static String option(String name) {
        return OPTIONS.get(name);
    }

    // ------------------------------------------------------------------ state

    /** One account and its token. */
    record Account(String username, String token) {}

    /** A write answered 2xx: what must be readable afterwards. */
    static final class Written {
        final Account owner;
        final long id;
        final String title;
        /** The description of the last acknowledged PATCH (or the creation's). */
        volatile String description;
        /** Set when a PATCH got no clear answer: its description may or may not have been applied. */
        volatile boolean descriptionUncertain;
        /** A PATCH or upload of this item is in flight: no second one starts (so "last" is well defined). */
        final AtomicBoolean busy = new AtomicBoolean();
        final Map<Long, String> attachments = new ConcurrentHashMap<>();

        Written(Account owner, long id, String title, String description) {
            this.owner = owner;
            this.id = id;
            this.title = title;
            this.description = description;
        }
    }

    /** A failed request: a 5xx, or no answer at all. */
    record Failure(long atMillis, String what, String outcome, String requestId) {}

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(4))
            .build();
    private final URI base;
    private final List<Account> accounts = new ArrayList<>();
    private final List<Written> written = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();
    private final Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
    private final AtomicLong titles = new AtomicLong();
    private final LongAdder sseEvents = new LongAdder();
    private final LongAdder sseReconnects = new LongAdder();
    private final LongAdder wsMessages = new LongAdder();
    private final LongAdder wsReconnects = new LongAdder();
    private final LongAdder skipped = new LongAdder();
    private final Semaphore inFlight = new Semaphore(512);
    private volatile boolean running = true;

    private Soak(URI base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        for (int i = 0; i + 1 < args.length; i += 2) {
            String name = args[i].replaceFirst("^--", "");
            if (!OPTIONS.containsKey(name)) {
                throw new IllegalArgumentException("unknown option " + args[i] + "; options: " + OPTIONS.keySet());
            }
            OPTIONS.put(name, args[i + 1]);
        }
        Soak soak = new Soak(URI.create(option("base")));
        System.exit(soak.run() ? 0 : 1);
    }

    private boolean run() throws Exception {
        Path out = Path.of(option("out"));
        Files.createDirectories(out);
        signUp(Integer.parseInt(option("users")));
        double rate = Double.parseDouble(option("rate"));
        if (rate <= 0) {
            double capacity = probe(Integer.parseInt(option("probe-seconds")), Integer.parseInt(option("probe-concurrency")));
            rate = capacity * Double.parseDouble(option("load"));
            log("capacity %.0f req/s; the soak runs at %.0f req/s", capacity, rate);
        }
        statuses.clear();
        failures.clear();
        if (!option("started").isEmpty()) {
            // The chaos loop waits for this file: faults during the capacity probe would make it meaningless.
            Files.writeString(Path.of(option("started")), Long.toString(System.currentTimeMillis()));
        }
        List<AutoCloseable> streams = new ArrayList<>();
        for (int i = 0; i < Integer.parseInt(option("streams")); i++) {
            streams.add(sse(accounts.get(i % accounts.size())));
            streams.add(webSocket(accounts.get((i + 1) % accounts.size())));
        }
        long started = System.currentTimeMillis();
        long requests = atRate(rate, Duration.ofMinutes(Long.parseLong(option("minutes"))));
        long ended = System.currentTimeMillis();
        running = false;
        for (AutoCloseable stream : streams) {
            stream.close();
        }
        log("load done: %d requests started in %.1f min", requests, (ended - started) / 60000.0);
        if (!option("done").isEmpty()) {
            // The chaos loop stops at this file; the check starts once it says it stopped.
            Files.writeString(Path.of(option("done")), Long.toString(ended));
            awaitFile(Path.of(option("chaos-stopped")));
        }
        log("waiting for the servers to be healthy");
        awaitHealthy();
        return report(out, requests, started, ended, verify());
    }

    // ------------------------------------------------------------------ setup and the request mix

    private void signUp(int users) throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (int i = 0; i < users; i++) {
            String name = "soak_" + run + "_" + i;
            String password = "correct horse battery " + i;
            HttpResponse<String> created = send(json("POST", "/users",
                    "{\"username\":\"" + name + "\",\"email\":\"" + name + "@example.com\",\"password\":\"" + password + "\"}", null));
            require(created.statusCode() == 201, "sign-up: " + created.statusCode() + " " + created.body());
            HttpResponse<String> token = send(HttpRequest.newBuilder(base.resolve("/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + name + "&password=" + password.replace(' ', '+')))
                    .build());
            require(token.statusCode() == 200, "login: " + token.statusCode() + " " + token.body());
            accounts.add(new Account(name, field(token.body(), "access_token")));
        }
        log("%d accounts signed up and logged in", users);
    }

    /** One request of the mix, started now; completes when it was answered (or failed). */
    private CompletableFuture<Void> oneRequest() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Account account = accounts.get(random.nextInt(accounts.size()));
        int dice = random.nextInt(100);
        if (dice < 45) {
            String q = random.nextInt(4) == 0 ? "&q=" + random.nextInt(10) : "";
            return call("list", json("GET", "/items?limit=20&offset=" + random.nextInt(3) * 20 + q, null, account), r -> {});
        }
        if (dice < 60 && !written.isEmpty()) {
            Written item = written.get(random.nextInt(written.size()));
            return call("read", json("GET", "/items/" + item.id, null, item.owner), r -> {});
        }
        if (dice < 85 || written.isEmpty()) {
            String title = "soak " + titles.incrementAndGet();
            String description = "made at " + Instant.now();
            return call("create", json("POST", "/items",
                    "{\"title\":\"" + title + "\",\"description\":\"" + description + "\"}", account), r -> {
                if (r.statusCode() == 201) {
                    written.add(new Written(account, Long.parseLong(field(r.body(), "id")), title, description));
                }
            });
        }
        Written item = written.get(random.nextInt(written.size()));
        if (!item.busy.compareAndSet(false, true)) {
            skipped.increment();
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> done;
        if (dice < 95) {
            String description = "patched " + random.nextInt(1_000_000);
            done = call("patch", json("PATCH", "/items/" + item.id, "{\"description\":\"" + description + "\"}", item.owner), r -> {
                if (r.statusCode() == 200) {
                    item.description = description;
                    item.descriptionUncertain = false;
                } else if (r.statusCode() >= 500) {
                    item.descriptionUncertain = true;
                }
            }).whenComplete((v, e) -> {
                if (e != null) {
                    item.descriptionUncertain = true;
                }
            });
        } else {
            byte[] content = new byte[1024 + random.nextInt(63 * 1024)];
            random.nextBytes(content);
            done = call("upload", multipart("/items/" + item.id + "/attachments", content, item.owner), r -> {
                if (r.statusCode() == 201) {
                    item.attachments.put(Long.parseLong(field(r.body(), "id")), sha256(content));
                }
            });
        }
        return done.whenComplete((v, e) -> item.busy.set(false));
    }

    /** Sends {@code request}, counts its status, records a 5xx or a failure, and hands a reply to {@code then}. */
    private CompletableFuture<Void> call(String what, HttpRequest request, java.util.function.Consumer<HttpResponse<String>> then) {
        return http.sendAsync(request, BodyHandlers.ofString())
                .handle((response, error) -> {
                    if (error != null) {
                        count(what + " no answer");
                        failures.add(new Failure(System.currentTimeMillis(), what, "no answer: " + rootCause(error), null));
                        return null;
                    }
                    count(what + " " + response.statusCode());
                    if (response.statusCode() >= 500) {
                        failures.add(new Failure(System.currentTimeMillis(), what, Integer.toString(response.statusCode()),
                                response.headers().firstValue("X-Request-Id").orElse(null)));
                    }
                    then.accept(response);
                    return null;
                });
    }

    private void count(String key) {
        statuses.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    // ------------------------------------------------------------------ load shapes

    /** Closed loop: {@code clients} each send the next request when the last one was answered. Returns req/s. */
    private double probe(int seconds, int clients) throws Exception {
        LongAdder answered = new LongAdder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<CompletableFuture<Void>> loops = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            CompletableFuture<Void> loop = new CompletableFuture<>();
            loops.add(loop);
            next(answered, deadline, loop);
        }
        CompletableFuture.allOf(loops.toArray(CompletableFuture[]::new)).get();
        return answered.sum() / (double) seconds;
    }

    private void next(LongAdder answered, long deadline, CompletableFuture<Void> loop) {
        if (System.nanoTime() >= deadline) {
            loop.complete(null);
            return;
        }
        oneRequest().whenComplete((v, e) -> {
            answered.increment();
            next(answered, deadline, loop);
        });
    }

    /** Open loop: a request started every {@code 1/rate} s, whatever the answers do (at most 512 in flight). */
    private long atRate(double rate, Duration length) throws InterruptedException {
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime();
        long end = start + length.toNanos();
        long sent = 0;
        long lastLog = start;
        while (true) {
            long due = start + sent * interval;
            if (due >= end) {
                break;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            if (!inFlight.tryAcquire()) {
                // The servers fell behind by 512 requests: count it, do not pile up more.
                count("not sent (512 in flight)");
                sent++;
                continue;
            }
            oneRequest().whenComplete((v, e) -> inFlight.release());
            sent++;
            if (System.nanoTime() - lastLog > TimeUnit.SECONDS.toNanos(60)) {
                lastLog = System.nanoTime();
                log("%.1f min: %d requests, %d writes kept, %d failures so far",
                        (lastLog - start) / 6e10, sent, written.size(), failures.size());
            }
        }
        inFlight.acquire(512);
        inFlight.release(512);
        return sent;
    }

    // ------------------------------------------------------------------ streams

    /** An SSE client of {@code GET /events}, reconnecting while the soak runs. */
    private AutoCloseable sse(Account account) {
        AtomicBoolean open = new AtomicBoolean(true);
        Runnable[] connect = new Runnable[1];
        connect[0] = () -> {
            if (!open.get() || !running) {
                return;
            }
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/events"))
                    .header("Authorization", "Bearer " + account.token())
                    .header("Accept", "text/event-stream")
                    .build();
            http.sendAsync(request, BodyHandlers.ofLines()).whenComplete((response, error) -> {
                if (error == null) {
                    try {
                        response.body().forEach(line -> {
                            if (line.startsWith("data:")) {
                                sseEvents.increment();
                            }
                        });
                    } catch (RuntimeException broken) {
                        // the connection broke (an instance restarted): reconnect below
                    }
                }
                if (open.get() && running) {
                    sseReconnects.increment();
                    later(connect[0]);
                }
            });
        };
        connect[0].run();
        return () -> open.set(false);
    }

    /** A WebSocket client of {@code /ws/events?token=}, reconnecting while the soak runs. */
    private AutoCloseable webSocket(Account account) {
        AtomicBoolean open = new AtomicBoolean(true);
        List<WebSocket> current = new CopyOnWriteArrayList<>();
        Runnable[] connect = new Runnable[1];
        connect[0] = () -> {
            if (!open.get() || !running) {
                return;
            }
            URI uri = URI.create(base.toString().replaceFirst("^http", "ws") + "/ws/events?token=" + account.token());
            http.newWebSocketBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .buildAsync(uri, new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                            if (last) {
                                wsMessages.increment();
                            }
                            ws.request(1);
                            return null;
                        }

                        @Override
                        public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
                            retry();
                            return null;
                        }

                        @Override
                        public void onError(WebSocket ws, Throwable error) {
                            retry();
                        }

                        private void retry() {
                            if (open.get() && running) {
                                wsReconnects.increment();
                                later(connect[0]);
                            }
                        }
                    })
                    .whenComplete((ws, error) -> {
                        if (error != null) {
                            if (open.get() && running) {
                                wsReconnects.increment();
                                later(connect[0]);
                            }
                        } else {
                            current.add(ws);
                            // The server closes a socket idle for its idleTimeout (60 s): a client pings.
                            TIMER.scheduleAtFixedRate(() -> {
                                if (!ws.isOutputClosed()) {
                                    ws.sendPing(java.nio.ByteBuffer.allocate(0));
                                }
                            }, 20, 20, TimeUnit.SECONDS);
                        }
                    });
        };
        connect[0].run();
        return () -> {
            open.set(false);
            current.forEach(ws -> ws.sendClose(WebSocket.NORMAL_CLOSURE, "soak over"));
        };
    }

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "soak-timer");
        t.setDaemon(true);
        return t;
    });

    private static void later(Runnable action) {
        TIMER.schedule(action, 500, TimeUnit.MILLISECONDS);
    }

    // ------------------------------------------------------------------ the check

    private void awaitHealthy() throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        int healthyInARow = 0;
        while (healthyInARow < 20) {
            require(System.currentTimeMillis() < deadline, "the servers were not healthy within 2 minutes");
            try {
                healthyInARow = send(json("GET", "/health/ready", null, null)).statusCode() == 200 ? healthyInARow + 1 : 0;
            } catch (IOException e) {
                healthyInARow = 0;
            }
            Thread.sleep(100);
        }
    }

    private static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 300_000;
        while (!Files.exists(file)) {
            require(System.currentTimeMillis() < deadline, file + " did not appear within 5 minutes");
            Thread.sleep(200);
        }
    }

    /**
     * Sends a read of the check, again after a 5xx or a failed connection (at most 10 times, a second
     * apart): only a definite answer says whether a write is there.
     */
    private <T> HttpResponse<T> definite(HttpRequest request, HttpResponse.BodyHandler<T> body) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<T> response = http.send(request, body);
                if (response.statusCode() < 500 || attempt == 10) {
                    return response;
                }
            } catch (IOException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
            Thread.sleep(1000);
        }
    }

    /** Reads every acknowledged write back; returns what was lost, one line each. */
    private List<String> verify() throws Exception {
        List<String> lost = new ArrayList<>();
        int attachments = 0;
        for (Written item : written) {
            HttpResponse<String> r = definite(json("GET", "/items/" + item.id, null, item.owner), BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                lost.add("item " + item.id + " (" + item.title + "): " + r.statusCode() + " " + r.body());
                continue;
            }
            if (!item.title.equals(field(r.body(), "title"))) {
                lost.add("item " + item.id + ": title " + field(r.body(), "title") + ", written " + item.title);
            }
            if (!item.descriptionUncertain && !item.description.equals(field(r.body(), "description"))) {
                lost.add("item " + item.id + ": description " + field(r.body(), "description") + ", last acknowledged " + item.description);
            }
            for (Map.Entry<Long, String> attachment : item.attachments.entrySet()) {
                attachments++;
                HttpResponse<byte[]> file = definite(HttpRequest.newBuilder(base.resolve("/items/" + item.id + "/attachments/" + attachment.getKey()))
                        .header("Authorization", "Bearer " + item.owner.token()).build(), BodyHandlers.ofByteArray());
                if (file.statusCode() != 200 || !sha256(file.body()).equals(attachment.getValue())) {
                    lost.add("attachment " + attachment.getKey() + " of item " + item.id + ": " + file.statusCode());
                }
            }
        }
        log("checked %d items and %d attachments acknowledged during the soak: %d lost", written.size(), attachments, lost.size());
        return lost;
    }

    private boolean report(Path out, long requests, long started, long ended, List<String> lost) throws IOException {
        List<long[]> windows = new ArrayList<>();
        List<String> faultNames = new ArrayList<>();
        if (!option("faults").isEmpty() && Files.exists(Path.of(option("faults")))) {
            for (String line : Files.readAllLines(Path.of(option("faults")))) {
                String[] parts = line.trim().split(" ", 3);
                if (parts.length == 3) {
                    // A fault's effects (pool refills, a restarted instance's first answers) outlast it a little.
                    windows.add(new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1]) + 5_000});
                    faultNames.add(parts[2]);
                }
            }
        }
        Map<String, Integer> byFault = new TreeMap<>();
        List<Failure> unexplained = new ArrayList<>();
        for (Failure failure : failures) {
            String cause = null;
            for (int i = 0; i < windows.size() && cause == null; i++) {
                if (failure.atMillis() >= windows.get(i)[0] && failure.atMillis() <= windows.get(i)[1]) {
                    cause = faultNames.get(i);
                }
            }
            if (cause == null) {
                unexplained.add(failure);
            } else {
                byFault.merge(cause + ": " + failure.outcome(), 1, Integer::sum);
            }
        }
        try (PrintWriter summary = new PrintWriter(Files.newBufferedWriter(out.resolve("summary.txt")))) {
            PrintWriter[] both = {summary, new PrintWriter(System.out, true)};
            for (PrintWriter w : both) {
                w.printf("soak: %.1f min, %d requests started, %d faults injected%n", (ended - started) / 60000.0, requests, windows.size());
                w.println("answers:");
                new TreeMap<>(statuses).forEach((k, v) -> w.printf("  %-40s %d%n", k, v.sum()));
                w.printf("skipped (item busy): %d%n", skipped.sum());
                w.printf("SSE: %d events, %d reconnects; WebSocket: %d messages, %d reconnects%n",
                        sseEvents.sum(), sseReconnects.sum(), wsMessages.sum(), wsReconnects.sum());
                w.println("failures inside a fault window, by fault:");
                byFault.forEach((k, v) -> w.printf("  %-60s %d%n", k, v));
                w.printf("failures outside every fault window: %d%n", unexplained.size());
                unexplained.stream().limit(20).forEach(f -> w.printf("  %s %s %s request %s%n",
                        Instant.ofEpochMilli(f.atMillis()), f.what(), f.outcome(), f.requestId()));
                w.printf("writes acknowledged: %d; lost: %d%n", written.size(), lost.size());
                lost.stream().limit(20).forEach(l -> w.println("  " + l));
                w.flush();
            }
        }
        return lost.isEmpty() && unexplained.isEmpty();
    }

    // ------------------------------------------------------------------ HTTP helpers

    private HttpRequest json(String method, String path, String body, Account account) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (account != null) {
            b.header("Authorization", "Bearer " + account.token());
        }
        if (body == null) {
            return b.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return b.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private HttpRequest multipart(String path, byte[] content, Account account) {
        String boundary = "soak" + Long.toHexString(new Random().nextLong());
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"soak.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + account.token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)))
                .build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, BodyHandlers.ofString());
    }

    /** A top-level string or number field of a JSON object, or {@code null} (JSON null or absent). */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|-?[0-9]+|null)")
                .matcher(json);
        if (!m.find() || m.group(1).equals("null")) {
            return null;
        }
        return m.group(2) != null ? m.group(2) : m.group(1);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    private static void log(String format, Object... args) {
        System.err.printf("[soak %s] %s%n", Instant.now().toString().substring(11, 19), String.format(format, args));
    }
}
