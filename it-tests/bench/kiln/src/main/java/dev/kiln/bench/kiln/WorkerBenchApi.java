package dev.kiln.bench.kiln;

import dev.kiln.Blocking;
import dev.kiln.Get;

/**
 * worker-bench.sh: what a worker hop costs, and a blocking pool on virtual threads against platform ones.
 */
public final class WorkerBenchApi {
    /** {@code GET /json}'s answer from a plain method: it runs on the default worker pool (one hop). */
    @Get("/worker/json")
    public Message json() {
        return new Message("Hello, World!");
    }

    /**
     * Blocks for {@code ms} milliseconds on the {@code sleepy} pool: platform threads
     * ({@code -Dbench.sleepyThreads=N}) or virtual threads ({@code -Dbench.virtual=true}).
     */
    @Get("/sleep")
    @Blocking(pool = "sleepy")
    public Message sleep(int ms) throws InterruptedException {
        Thread.sleep(ms);
        return new Message("slept");
    }
}
