package dev.kiln.processor.blocking;

import java.util.ArrayList;
import java.util.List;

/**
 * The tables the blocking check reads: the methods known to block the calling thread, and the
 * methods that hand their lambda arguments to another thread.
 *
 * <p>To teach the check a new blocking method, add one line to {@link #BLOCKING}: owner type,
 * method name (optionally exact parameter types) and the fix hint. Entries whose owner type is not
 * on the compilation's class path (say, {@code java.net.http} in a minimal image) are skipped.
 * Besides this table, every method annotated {@code @dev.kiln.Blocking} is known to block.
 */
final class KnownBlockingMethods {

    private static final String SET_TIMER = "wait with vertx.setTimer";
    private static final String PROMISE_NOT_MONITOR = "complete a Promise instead of waiting on a monitor";
    private static final String PROMISE_NOT_JOIN = "complete a Promise when the other thread's work is done";
    private static final String COMPOSE_NOT_GET =
            "compose it with Future.fromCompletionStage instead of waiting for it";
    private static final String COMPOSE_NOT_AWAIT = "compose the future with map or compose instead of awaiting it";
    private static final String JDBC = "run the query in vertx.executeBlocking, or use an async database client";
    private static final String FILE_SYSTEM = "use the async vertx.fileSystem()";
    private static final String VERTX_FILE_SYSTEM =
            "use the async method of vertx.fileSystem() without the Blocking suffix";
    private static final String HTTP_CLIENT = "use HttpClient.sendAsync, or the Vert.x HTTP client";
    private static final String NETWORK = "use the async Vert.x HttpClient or NetClient";
    private static final String DNS = "resolve the name with vertx.createDnsClient()";
    private static final String LOCK = "use tryLock, or vertx.sharedData().getLock";
    private static final String LATCH = "complete a Promise instead of waiting on a latch";
    private static final String SEMAPHORE = "use tryAcquire, or vertx.sharedData().getLock";
    private static final String QUEUE = "use offer or poll, which do not wait";
    private static final String EXECUTOR = "compose the tasks' futures instead of waiting for them";
    private static final String UPLOAD =
            "take the file as @File byte[] (read off the event loop before the operation runs), or read it with "
                    + "vertx.fileSystem() from upload.path()";

    /** Methods that block the calling thread, each with how to avoid it on the event loop. */
    static final List<MethodPattern> BLOCKING = new Table()
            .add("java.lang.Thread", SET_TIMER, "sleep")
            .add("java.lang.Thread", PROMISE_NOT_JOIN, "join")
            .add("java.lang.Object", PROMISE_NOT_MONITOR, "wait")
            .add("java.util.concurrent.Future", COMPOSE_NOT_GET, "get")
            .add("java.util.concurrent.CompletableFuture", COMPOSE_NOT_GET, "join")
            .add("io.vertx.core.Future", COMPOSE_NOT_AWAIT, "await")
            // JDBC: every call on a connection, statement or result set may go to the database.
            .add("java.sql.DriverManager", JDBC, "*")
            .add("java.sql.Connection", JDBC, "*")
            .add("java.sql.Statement", JDBC, "*")
            .add("java.sql.ResultSet", JDBC, "*")
            .add("javax.sql.DataSource", JDBC, "*")
            .add("javax.sql.ConnectionPoolDataSource", JDBC, "*")
            .add("javax.sql.XADataSource", JDBC, "*")
            .add("javax.sql.PooledConnection", JDBC, "*")
            .add("javax.sql.RowSet", JDBC, "*")
            // An upload lives in a temporary file: reading it is file I/O.
            .add("dev.kiln.Upload", UPLOAD, "bytes", "open")
            // Files: opening one is I/O, so a reader wrapped around it is caught where it is opened.
            .add(
                    "java.io.FileInputStream",
                    FILE_SYSTEM,
                    "<init>",
                    "read",
                    "readAllBytes",
                    "readNBytes",
                    "skip",
                    "available",
                    "transferTo",
                    "close")
            .add("java.io.FileOutputStream", FILE_SYSTEM, "<init>", "write", "flush", "close")
            .add("java.io.RandomAccessFile", FILE_SYSTEM, "<init>", "*")
            .add("java.io.FileReader", FILE_SYSTEM, "<init>", "read", "ready", "skip", "transferTo", "close")
            .add("java.io.FileWriter", FILE_SYSTEM, "<init>", "write", "append", "flush", "close")
            .addWithParameters("java.io.PrintWriter", FILE_SYSTEM, "<init>", "java.lang.String")
            .addWithParameters("java.io.PrintWriter", FILE_SYSTEM, "<init>", "java.io.File")
            .addWithParameters("java.io.PrintStream", FILE_SYSTEM, "<init>", "java.lang.String")
            .addWithParameters("java.io.PrintStream", FILE_SYSTEM, "<init>", "java.io.File")
            .add(
                    "java.io.File",
                    FILE_SYSTEM,
                    "exists",
                    "isFile",
                    "isDirectory",
                    "canRead",
                    "canWrite",
                    "length",
                    "lastModified",
                    "delete",
                    "mkdir",
                    "mkdirs",
                    "list",
                    "listFiles",
                    "createNewFile",
                    "renameTo",
                    "createTempFile")
            .add("java.nio.file.Files", FILE_SYSTEM, "*")
            .add(
                    "java.nio.channels.FileChannel",
                    FILE_SYSTEM,
                    "open",
                    "read",
                    "write",
                    "force",
                    "lock",
                    "transferTo",
                    "transferFrom")
            .add("io.vertx.core.file.FileSystem", VERTX_FILE_SYSTEM, "*Blocking")
            // Network.
            .add("java.net.http.HttpClient", HTTP_CLIENT, "send")
            .add("java.net.URL", NETWORK, "openStream", "getContent")
            .add(
                    "java.net.URLConnection",
                    NETWORK,
                    "connect",
                    "getInputStream",
                    "getOutputStream",
                    "getContent",
                    "getContentLength",
                    "getContentLengthLong",
                    "getContentType",
                    "getContentEncoding",
                    "getHeaderField",
                    "getHeaderFields")
            .add("java.net.HttpURLConnection", NETWORK, "getResponseCode", "getResponseMessage")
            .addWithParameters("java.net.Socket", NETWORK, "<init>", "java.lang.String", "int")
            .addWithParameters("java.net.Socket", NETWORK, "<init>", "java.net.InetAddress", "int")
            .add("java.net.Socket", NETWORK, "connect", "getInputStream", "getOutputStream")
            .add("java.net.ServerSocket", NETWORK, "accept")
            .add("java.net.InetAddress", DNS, "getByName", "getAllByName", "getLocalHost")
            // Waiting for other threads.
            .add("java.util.concurrent.locks.Lock", LOCK, "lock", "lockInterruptibly")
            .add(
                    "java.util.concurrent.locks.Condition",
                    LATCH,
                    "await",
                    "awaitUninterruptibly",
                    "awaitNanos",
                    "awaitUntil")
            .add("java.util.concurrent.CountDownLatch", LATCH, "await")
            .add("java.util.concurrent.CyclicBarrier", LATCH, "await")
            .add("java.util.concurrent.Semaphore", SEMAPHORE, "acquire", "acquireUninterruptibly")
            .add("java.util.concurrent.BlockingQueue", QUEUE, "put", "take")
            .add("java.util.concurrent.BlockingDeque", QUEUE, "putFirst", "putLast", "takeFirst", "takeLast")
            .add("java.util.concurrent.ExecutorService", EXECUTOR, "invokeAll", "invokeAny", "awaitTermination")
            .build();

    /**
     * Methods whose lambda, method reference or anonymous class arguments run on another thread:
     * that code is not checked. Their other arguments are evaluated on the calling thread and are.
     */
    static final List<MethodPattern> HAND_OFFS = new Table()
            .add("io.vertx.core.Vertx", "", "executeBlocking")
            .add("io.vertx.core.Context", "", "executeBlocking")
            .add("io.vertx.core.WorkerExecutor", "", "executeBlocking")
            .add("java.util.concurrent.Executor", "", "execute")
            .add("java.util.concurrent.ExecutorService", "", "submit", "invokeAll", "invokeAny")
            .add(
                    "java.util.concurrent.ScheduledExecutorService",
                    "",
                    "schedule",
                    "scheduleAtFixedRate",
                    "scheduleWithFixedDelay")
            .add("java.util.concurrent.CompletionStage", "", "*Async")
            .add("java.util.concurrent.CompletableFuture", "", "*Async")
            .add("java.lang.Thread", "", "<init>", "startVirtualThread")
            .add("java.lang.Thread.Builder", "", "start", "unstarted")
            // background tasks added with add(...) run on a worker after the response (addAsync: the event loop)
            .add("dev.kiln.BackgroundTasks", "", "add")
            .build();

    private KnownBlockingMethods() {}

    /** Builds a table one owner at a time: one entry per owner and method name. */
    private static final class Table {
        private final List<MethodPattern> entries = new ArrayList<>();

        Table add(String owner, String hint, String... names) {
            for (String name : names) {
                entries.add(new MethodPattern(owner, name, null, hint));
            }
            return this;
        }

        Table addWithParameters(String owner, String hint, String name, String... parameterTypes) {
            entries.add(new MethodPattern(owner, name, List.of(parameterTypes), hint));
            return this;
        }

        List<MethodPattern> build() {
            return List.copyOf(entries);
        }
    }
}
