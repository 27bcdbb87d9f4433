package dev.kiln.bench.jmh;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The CPU a hop to a worker thread and back costs with no HTTP and no Kiln: the floor under the worker hop
 * {@code worker-bench.sh} measures through a server. One thread plays the event loop: it hands {@code batch}
 * trivial tasks to a pool of 20 threads, waits until all came back, and goes on; the CPU time of the loop and
 * of the pool's threads (the JIT compiler's left out), divided by the tasks, is one hop's cost.
 *
 * <ul>
 *   <li>{@code jdk}: a {@link ThreadPoolExecutor} over a {@link LinkedBlockingQueue} (what Vert.x's worker pool
 *       is), the answer back through a queue and {@link LockSupport#unpark}: the JDK's own handoff, nothing of
 *       any framework's around it.
 *   <li>{@code vertx}: {@link Context#executeBlocking} from an event-loop context, its outcome handled back on
 *       the loop: the hop Kiln's worker operations take.
 * </ul>
 *
 * <pre>
 * taskset -c 0 java -cp it-tests/bench/jmh/target/benchmarks.jar dev.kiln.bench.jmh.HandoffFloor \
 *     jdk|vertx [batch=1] [rounds=5] [hops per round=100000]
 * </pre>
 *
 * Pin it to one CPU to compare with {@code worker-bench.sh}, whose server is pinned to one.
 */
public final class HandoffFloor {
    private static final int POOL_THREADS = 20;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private HandoffFloor() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || !List.of("jdk", "vertx").contains(args[0])) {
            System.err.println("usage: HandoffFloor jdk|vertx [batch=1] [rounds=5] [hops per round=100000]");
            System.exit(2);
        }
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int requested = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
        int hops = requested - requested % batch; // whole batches
        Hops hopper = args[0].equals("jdk") ? new JdkHops() : new VertxHops();

        double[] micros = new double[rounds];
        for (int round = -3; round < rounds; round++) { // three rounds of warm-up, not reported
            long before = hopper.cpuNanos();
            hopper.run(batch, hops);
            long spent = hopper.cpuNanos() - before;
            if (round >= 0) {
                micros[round] = spent / 1000.0 / hops;
            }
        }
        hopper.close();

        Arrays.sort(micros);
        System.out.printf(
                Locale.ROOT,
                "%s, batches of %d, %d rounds x %,d hops: CPU us per hop best %.2f, median %.2f, worst %.2f%n",
                args[0],
                batch,
                rounds,
                hops,
                micros[0],
                micros[rounds / 2],
                micros[rounds - 1]);
    }

    /** One way of handing work to a pool and taking its outcome back. */
    private interface Hops {
        /** Hands {@code total} tasks over, {@code batch} at a time, each batch once the last came back. */
        void run(int batch, int total) throws Exception;

        /** The CPU time so far of the threads that take part. */
        long cpuNanos();

        void close();
    }

    private static final class JdkHops implements Hops {
        private final AtomicInteger made = new AtomicInteger();
        private final ThreadPoolExecutor pool = new ThreadPoolExecutor(
                POOL_THREADS,
                POOL_THREADS,
                0,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                task -> new Thread(task, "handoff-pool-" + made.incrementAndGet()));

        @Override
        public void run(int batch, int total) {
            Thread loop = Thread.currentThread();
            ConcurrentLinkedQueue<Integer> back = new ConcurrentLinkedQueue<>();
            for (int done = 0; done < total; done += batch) {
                for (int i = 0; i < batch; i++) {
                    Integer outcome = i;
                    pool.execute(() -> {
                        back.add(outcome);
                        LockSupport.unpark(loop);
                    });
                }
                int received = 0;
                while (received < batch) {
                    if (back.poll() == null) {
                        LockSupport.park(this);
                    } else {
                        received++;
                    }
                }
            }
        }

        @Override
        public long cpuNanos() {
            return THREADS.getCurrentThreadCpuTime() + cpuOfThreadsNamed("handoff-pool-");
        }

        @Override
        public void close() {
            pool.shutdown();
        }
    }

    private static final class VertxHops implements Hops {
        private final Vertx vertx =
                Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(POOL_THREADS));
        private final Context context = vertx.getOrCreateContext();

        @Override
        public void run(int batch, int total) throws Exception {
            CompletableFuture<Void> finished = new CompletableFuture<>();
            context.runOnContext(start -> new Batches(batch, total, finished).next());
            finished.get();
        }

        /** Runs on the event loop: one batch of blocking tasks, the next once all came back. */
        private final class Batches {
            private final int batch;
            private final int total;
            private final CompletableFuture<Void> finished;
            private int done;
            private int pending;

            Batches(int batch, int total, CompletableFuture<Void> finished) {
                this.batch = batch;
                this.total = total;
                this.finished = finished;
            }

            void next() {
                if (done >= total) {
                    finished.complete(null);
                    return;
                }
                pending = batch;
                for (int i = 0; i < batch; i++) {
                    Integer outcome = i;
                    context.executeBlocking(() -> outcome, false).onComplete(back -> {
                        if (--pending == 0) {
                            done += batch;
                            next();
                        }
                    });
                }
            }
        }

        @Override
        public long cpuNanos() {
            return cpuOfThreadsNamed("vert.x-eventloop-thread-") + cpuOfThreadsNamed("vert.x-worker-thread-");
        }

        @Override
        public void close() {
            vertx.close();
        }
    }

    private static long cpuOfThreadsNamed(String prefix) {
        long sum = 0;
        for (ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().startsWith(prefix)) {
                sum += Math.max(0, THREADS.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return sum;
    }
}
