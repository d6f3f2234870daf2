package dev.zhengce.policy.examples.bench;

import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.calc.SubsidyCalculator;
import dev.zhengce.policy.mengzhou.Mengzhou;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Streams 10 million applications (every payable rule in turn, 100,000 enterprises, generated
 * lazily, one at a time) through {@link SubsidyCalculator#awards} — one in-memory ledger for the
 * whole stream — and through the plain BigDecimal baseline with the recipient limits by hand,
 * and reports the time per application, the ratio, the peak heap used, the heap still live
 * after the last collection at each tenth of the run, and how many grants a ledger keeps. Memory
 * must stay bounded by the recipients, not grow with the applications. Meant to run with
 * {@code -Xmx256m}:
 *
 * <pre>java -Xmx256m -cp policy-examples/target/benchmarks.jar dev.zhengce.policy.examples.bench.StreamingRun</pre>
 *
 * <p>Both sides generate the same facts; the SDK's side also builds (and so checks) each
 * {@code Application}. Each side is warmed up with a million applications first.
 */
public final class StreamingRun {
    static final int ENTERPRISES = 100_000;

    private StreamingRun() {}

    /**
     * Runs the measurement.
     *
     * @param args the number of applications (default 10,000,000)
     */
    public static void main(String[] args) {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        SubsidyCalculator calculator = SubsidyCalculator.of(Mengzhou.catalog());
        System.out.printf(
                Locale.ROOT,
                "max heap %d MB, %d applications%n",
                Runtime.getRuntime().maxMemory() >> 20,
                n);
        long warm = Math.min(n, 1_000_000L);
        Agreement.check("warm-up", sdk(calculator, warm, false), plain(warm).total());

        resetPeaks();
        long t0 = System.nanoTime();
        PlainRules.Batch plainBatch = plain(n);
        BigDecimal plainTotal = plainBatch.total();
        long plainNanos = System.nanoTime() - t0;
        long plainPeak = peakHeap();

        resetPeaks();
        long cpu0 = processCpuNanos();
        long thread0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        t0 = System.nanoTime();
        BigDecimal sdkTotal = sdk(calculator, n, true);
        long sdkNanos = System.nanoTime() - t0;
        long sdkThread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - thread0;
        long sdkCpu = processCpuNanos() - cpu0;
        long sdkPeak = peakHeap();

        Agreement.check("stream", sdkTotal, plainTotal);
        double sdkPer = (double) sdkNanos / n;
        double plainPer = (double) plainNanos / n;
        System.out.printf(Locale.ROOT, "total awarded %s yuan (both)%n", sdkTotal.toPlainString());
        System.out.printf(
                Locale.ROOT,
                "grants kept by the ledger: %,d, under %,d recipient limits of %,d enterprises%n",
                plainBatch.limitedGrants(),
                plainBatch.limits(),
                Math.min(n, ENTERPRISES));
        System.out.printf(
                Locale.ROOT,
                "sdk        %8.1f ms  %7.1f ns/application  peak heap used %4d MB%n",
                sdkNanos / 1e6,
                sdkPer,
                sdkPeak >> 20);
        System.out.printf(
                Locale.ROOT,
                "sdk-cpu    %8.1f ms  %7.1f ns/application of the process's CPU time "
                        + "(every thread: GC, JIT), %.1f ns of the calculating thread's%n",
                sdkCpu / 1e6,
                (double) sdkCpu / n,
                (double) sdkThread / n);
        System.out.printf(
                Locale.ROOT,
                "bigDecimal %8.1f ms  %7.1f ns/application  peak heap used %4d MB%n",
                plainNanos / 1e6,
                plainPer,
                plainPeak >> 20);
        System.out.printf(Locale.ROOT, "ratio %.2f (goal <= 5)%n", sdkPer / plainPer);
    }

    private static BigDecimal sdk(SubsidyCalculator calculator, long n, boolean report) {
        long tenth = Math.max(1, n / 10);
        Stream<Award> awards = calculator.awards(LongStream.range(0, n).mapToObj(i -> {
            if (report && i > 0 && i % tenth == 0) {
                System.out.printf(
                        Locale.ROOT,
                        "  after %,12d: heap live after the last collection %4d MB%n",
                        i,
                        liveAfterLastGc() >> 20);
            }
            return Fixtures.sdk(Fixtures.plain(Fixtures.ruleOf(i), i, "E-" + (i % ENTERPRISES)));
        }));
        return awards.filter(a -> a.status() == Award.Status.PAYABLE && !a.repeat())
                .map(a -> a.amount().orElseThrow())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static PlainRules.Batch plain(long n) {
        PlainRules.Batch batch = new PlainRules.Batch();
        for (long i = 0; i < n; i++) {
            batch.accept(Fixtures.plain(Fixtures.ruleOf(i), i, "E-" + (i % ENTERPRISES)));
        }
        return batch;
    }

    /** The CPU time of the whole process so far (user and system, every thread), as {@code time} counts it. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap used at any one time. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long liveAfterLastGc() {
        java.util.Set<String> heap = new java.util.HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heap.add(pool.getName());
            }
        }
        long latest = -1;
        long used = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof com.sun.management.GarbageCollectorMXBean) {
                com.sun.management.GcInfo info = ((com.sun.management.GarbageCollectorMXBean) gc).getLastGcInfo();
                if (info != null && info.getEndTime() > latest) {
                    latest = info.getEndTime();
                    used = 0;
                    for (Map.Entry<String, MemoryUsage> e :
                            info.getMemoryUsageAfterGc().entrySet()) {
                        if (heap.contains(e.getKey())) {
                            used += e.getValue().getUsed();
                        }
                    }
                }
            }
        }
        return used;
    }
}
