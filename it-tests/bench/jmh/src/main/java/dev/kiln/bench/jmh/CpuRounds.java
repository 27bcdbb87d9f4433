package dev.kiln.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * The benchmarks of one class, alternated in one JVM and timed by the thread's CPU time rather than the wall
 * clock: on a shared machine, time the thread did not run (another process, or the hypervisor taking the core)
 * shows in JMH's figures and not in these. Each round runs every selected benchmark for {@code ops} calls in
 * turn, so a slow minute touches them all; the report gives each benchmark's best and median round, and every
 * benchmark's best against the first's.
 *
 * <p>This is not JMH: the calls go through one shared call site (a few ns each, the same for every benchmark),
 * and all benchmarks share the JVM's profile, as the binders of an app with several bodies do. Use it to compare
 * benchmarks of one class on a noisy machine; use JMH's forks for a figure per JVM.
 *
 * <pre>
 * java -cp it-tests/bench/jmh/target/benchmarks.jar dev.kiln.bench.jmh.CpuRounds \
 *     ValidationBenchmark 'baselineJacksonDatabind|bindOnly|bindAndValidate' [rounds] [ops]
 * </pre>
 */
public final class CpuRounds {
    private CpuRounds() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: CpuRounds <benchmark class> <method regex> [rounds=20] [ops per round=100000]");
            System.exit(2);
        }
        Class<?> type =
                Class.forName(args[0].contains(".") ? args[0] : CpuRounds.class.getPackageName() + "." + args[0]);
        Pattern selected = Pattern.compile(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int ops = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;

        Object state = type.getDeclaredConstructor().newInstance();
        List<Method> benchmarks = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (m.isAnnotationPresent(Setup.class)) {
                m.invoke(state);
            }
        }
        for (Method m : type.getMethods()) {
            if (m.isAnnotationPresent(Benchmark.class)
                    && selected.matcher(m.getName()).matches()) {
                benchmarks.add(m);
            }
        }
        if (benchmarks.isEmpty()) {
            throw new IllegalArgumentException(
                    "no @Benchmark method of " + type.getSimpleName() + " matches " + args[1]);
        }
        benchmarks.sort((a, b) -> a.getName().compareTo(b.getName()));

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] nsPerOp = new double[benchmarks.size()][rounds];
        Object sink = null;
        for (int round = -3; round < rounds; round++) { // three rounds of warm-up, not reported
            for (int b = 0; b < benchmarks.size(); b++) {
                Method m = benchmarks.get(b);
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < ops; i++) {
                    sink = m.invoke(state);
                }
                long spent = threads.getCurrentThreadCpuTime() - start;
                if (round >= 0) {
                    nsPerOp[b][round] = (double) spent / ops;
                }
            }
        }
        if (sink == null) {
            throw new IllegalStateException("a benchmark returned null");
        }

        System.out.printf(
                Locale.ROOT, "%s, %d rounds x %,d calls, thread CPU ns per call%n", type.getSimpleName(), rounds, ops);
        System.out.printf(
                Locale.ROOT, "%-32s %9s %9s %9s %s%n", "benchmark", "best", "median", "worst", "best / first's best");
        double first = best(nsPerOp[0]);
        for (int b = 0; b < benchmarks.size(); b++) {
            double[] sorted = nsPerOp[b].clone();
            Arrays.sort(sorted);
            System.out.printf(
                    Locale.ROOT,
                    "%-32s %9.0f %9.0f %9.0f %.2f%n",
                    benchmarks.get(b).getName(),
                    sorted[0],
                    sorted[sorted.length / 2],
                    sorted[sorted.length - 1],
                    sorted[0] / first);
        }
    }

    private static double best(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }
}
