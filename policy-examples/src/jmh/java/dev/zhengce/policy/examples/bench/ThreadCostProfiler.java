package dev.zhengce.policy.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler ({@code -prof dev.zhengce.policy.examples.bench.ThreadCostProfiler}) that reports
 * what the benchmark threads (JMH's workers) used per operation: {@code cpu.time.norm}, their CPU
 * time in ns/op — what an operation costs on a shared machine, where time spent waiting for a
 * core is not CPU time — and {@code alloc.norm}, the bytes they allocated per operation. Both
 * are divided by all the operations of the iteration. A state whose per-iteration setup runs on
 * a worker and must not count (a ledger filled before a batch) takes it off with
 * {@link #exclude}.
 */
public final class ThreadCostProfiler implements InternalProfiler {
    private static final AtomicLong EXCLUDED_CPU = new AtomicLong();
    private static final AtomicLong EXCLUDED_BYTES = new AtomicLong();
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private Map<Long, long[]> before = new HashMap<>();

    /** Makes the profiler; JMH calls this. */
    public ThreadCostProfiler() {
        if (!threads.isThreadCpuTimeSupported() || !threads.isThreadAllocatedMemorySupported()) {
            throw new IllegalStateException("this JVM does not measure thread CPU time and allocation");
        }
        threads.setThreadCpuTimeEnabled(true);
        threads.setThreadAllocatedMemoryEnabled(true);
    }

    /** Returns the current thread's CPU time and allocated bytes, to hand to {@link #exclude} after a setup. */
    static long[] mark() {
        com.sun.management.ThreadMXBean t = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return new long[] {
            t.getCurrentThreadCpuTime(),
            t.getThreadAllocatedBytes(Thread.currentThread().getId())
        };
    }

    /**
     * Takes what the current thread used since {@code mark} off the current iteration.
     *
     * @param mark what {@link #mark()} returned before the setup
     */
    static void exclude(long[] mark) {
        long[] now = mark();
        EXCLUDED_CPU.addAndGet(now[0] - mark[0]);
        EXCLUDED_BYTES.addAndGet(now[1] - mark[1]);
    }

    @Override
    public String getDescription() {
        return "CPU time and allocation of the benchmark threads per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        before = workers();
        EXCLUDED_CPU.set(0);
        EXCLUDED_BYTES.set(0);
    }

    @Override
    @SuppressWarnings("rawtypes") // JMH's InternalProfiler declares the raw Result
    public List<? extends Result> afterIteration(
            BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        long cpu = 0;
        long bytes = 0;
        for (Map.Entry<Long, long[]> e : workers().entrySet()) {
            long[] was = before.getOrDefault(e.getKey(), new long[2]);
            cpu += e.getValue()[0] - was[0];
            bytes += e.getValue()[1] - was[1];
        }
        cpu -= EXCLUDED_CPU.getAndSet(0);
        bytes -= EXCLUDED_BYTES.getAndSet(0);
        double ops = Math.max(1, result.getMetadata().getAllOps());
        return List.of(
                new ScalarResult("cpu.time.norm", cpu / ops, "ns/op", AggregationPolicy.AVG),
                new ScalarResult("alloc.norm", bytes / ops, "B/op", AggregationPolicy.AVG));
    }

    /** Returns the CPU time and allocated bytes of each live JMH worker thread, by thread id. */
    private Map<Long, long[]> workers() {
        Map<Long, long[]> used = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains("jmh-worker")) {
                long id = info.getThreadId();
                long cpu = threads.getThreadCpuTime(id);
                long bytes = threads.getThreadAllocatedBytes(id);
                if (cpu >= 0 && bytes >= 0) {
                    used.put(id, new long[] {cpu, bytes});
                }
            }
        }
        return used;
    }
}
