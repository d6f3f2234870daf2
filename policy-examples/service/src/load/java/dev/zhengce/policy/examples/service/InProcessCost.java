package dev.zhengce.policy.examples.service;

import dev.zhengce.policy.calc.Application;
import dev.zhengce.policy.calc.Claim;
import dev.zhengce.policy.calc.Ledger;
import dev.zhengce.policy.calc.Policy;
import dev.zhengce.policy.calc.SubsidyCalculator;
import dev.zhengce.policy.examples.ledger.JdbcLedger;
import dev.zhengce.policy.model.PolicyJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The in-process cost of what {@code POST /awards} does, without HTTP, Spring or security: read
 * the batch's JSON with {@code PolicyJson}, compute every award through a ledger, write the reply
 * with {@code PolicyJson}. Through the ledger in memory on as many threads as the machine has
 * cores (the work is all CPU); through the JDBC ledger on as many threads as the load run has
 * clients, each batch in one transaction as the service settles it, so that both share commits
 * alike. Measured in the load run's JVM, before the HTTP load.
 */
final class InProcessCost {
    /** One measured variant: awards per second, and microseconds per batch on one thread. */
    record Figure(String name, double awardsPerSecond, double microsPerBatch) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%-52s %,12.0f awards/s  %,10.1f µs per batch of %d (per thread)",
                    name,
                    awardsPerSecond,
                    microsPerBatch,
                    LoadBatches.SIZE);
        }
    }

    private InProcessCost() {}

    /** Reads, settles and writes one batch, as the service's controller does. */
    static int batch(SubsidyCalculator subsidies, Ledger ledger, String json, boolean explain) {
        Application[] applications =
                PolicyJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Application[].class);
        List<Claim> claims = new ArrayList<>(applications.length);
        for (Application a : applications) {
            claims.add(subsidies.claim(a));
        }
        List<Map<String, Object>> replies = new ArrayList<>(claims.size());
        for (dev.zhengce.policy.calc.Award award : ledger.settleAll(claims)) {
            replies.add(Replies.award(award, explain));
        }
        return PolicyJson.write(replies).getBytes(StandardCharsets.UTF_8).length;
    }

    static Figure measure(
            String name, Supplier<Ledger> ledger, boolean explain, String prefix, int seconds, int threads)
            throws Exception {
        SubsidyCalculator subsidies = Policy.mengzhou().subsidies();
        Ledger shared = ledger.get();
        // warm-up: a third of the time
        run(subsidies, shared, explain, prefix + "w", threads, Math.max(2, seconds / 3) * 1_000_000_000L);
        long nanos = seconds * 1_000_000_000L;
        long batches = run(subsidies, shared, explain, prefix, threads, nanos);
        double awardsPerSecond = batches * (double) LoadBatches.SIZE / (nanos / 1e9);
        return new Figure(name, awardsPerSecond, threads * 1e6 / (awardsPerSecond / LoadBatches.SIZE));
    }

    private static long run(
            SubsidyCalculator subsidies, Ledger ledger, boolean explain, String prefix, int threads, long nanos)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + nanos;
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    int sink = 0;
                    while (System.nanoTime() < end) {
                        sink += batch(subsidies, ledger, LoadBatches.next(prefix), explain);
                        done.incrementAndGet();
                    }
                    return sink;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return done.get();
    }

    /** Every in-process figure of the load run. */
    static List<Figure> all(String h2Url, int seconds, int clients) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        List<Figure> figures = new ArrayList<>();
        figures.add(measure("in process, memory ledger, explained", Ledger::inMemory, true, "im-e-", seconds, cores));
        figures.add(
                measure("in process, memory ledger, explain=false", Ledger::inMemory, false, "im-p-", seconds, cores));
        try (JdbcLedger jdbc = JdbcLedger.open(h2Url, "sa", "")) {
            figures.add(measure(
                    "in process, JDBC ledger (H2 file), explained",
                    () -> jdbc.recordingAs("load"),
                    true,
                    "ij-e-",
                    seconds,
                    clients));
            figures.add(measure(
                    "in process, JDBC ledger (H2 file), explain=false",
                    () -> jdbc.recordingAs("load"),
                    false,
                    "ij-p-",
                    seconds,
                    clients));
        }
        return figures;
    }
}
