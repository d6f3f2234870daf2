package dev.zhengce.policy.examples.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengce.policy.calc.Application;
import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.calc.Ledger;
import dev.zhengce.policy.calc.Policy;
import dev.zhengce.policy.calc.SubsidyCalculator;
import dev.zhengce.policy.model.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch job killed in the middle: a real child JVM settles a large batch against an H2 file
 * ledger and is killed ({@code destroyForcibly}, SIGKILL) after a while. Every award it reported
 * (the ledger had returned it, so committed it) is in the ledger as reported; every record is
 * whole and is what an uninterrupted run gives up to there, and no cap is passed. A rerun of
 * the same batch answers the recorded ones as repeats, pays nothing twice, and completes.
 */
class LedgerDurabilityTest {
    private static final SubsidyCalculator CALC = Policy.mengzhou().subsidies();
    private static final int COUNT = 300;
    private static final int KILL_AFTER = 60;

    @TempDir
    Path dir;

    /** One line of the child's output. */
    private record Reported(String id, Award.Status status, String amount, boolean repeat) {}

    @Test
    void aBatchKilledMidwayKeepsWhatItCommittedAndARerunPaysNothingTwice() throws Exception {
        String url = "jdbc:h2:" + dir.resolve("awards").toAbsolutePath();
        long seed = Long.getLong("ledger.seed", System.nanoTime());
        String replay = "seed " + seed + " (-Dledger.seed=" + seed + ")";
        List<Application> batch = Sequences.random(new Random(seed), COUNT);

        // the first run, killed after it reported KILL_AFTER awards
        Process child = start(url, seed);
        Map<String, Reported> reported = new LinkedHashMap<>();
        try (BufferedReader out = reader(child)) {
            for (String line = out.readLine(); line != null && reported.size() < KILL_AFTER; line = out.readLine()) {
                parse(line).ifPresent(r -> reported.put(r.id(), r));
            }
            assertTrue(child.isAlive(), () -> replay + ": the child ended before the kill: " + stderr(child));
            child.destroyForcibly();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        }
        assertEquals(KILL_AFTER, reported.size(), replay);

        // an uninterrupted run, in memory: the oracle; what it decides is recorded, in order
        // (an undetermined award, such as one for a year after the notice's plans, is not)
        Ledger memory = Ledger.inMemory();
        Map<String, Award> oracle = new HashMap<>();
        List<Application> decided = new ArrayList<>();
        for (Application a : batch) {
            Award award = CALC.award(a, memory);
            oracle.put(a.id(), award);
            if (award.status() != Award.Status.UNDETERMINED) {
                decided.add(a);
            }
        }
        long reportedDecided = reported.values().stream()
                .filter(r -> r.status() != Award.Status.UNDETERMINED)
                .count();

        try (JdbcLedger ledger = JdbcLedger.open(url, "sa", "")) {
            List<LedgerRecord> records = all(ledger);
            assertTrue(
                    records.size() >= reportedDecided && records.size() < decided.size(),
                    replay + ": killed in the middle, " + records.size() + " of " + decided.size() + " recorded");
            // what was committed is there, as it was reported; an undetermined award is not recorded
            for (Reported r : reported.values()) {
                if (r.status() == Award.Status.UNDETERMINED) {
                    assertTrue(ledger.record(r.id()).isEmpty(), replay + " " + r.id());
                    continue;
                }
                LedgerRecord kept = ledger.record(r.id())
                        .orElseThrow(() -> new AssertionError(
                                replay + ": " + r.id() + " was reported settled but is not in the ledger"));
                assertEquals(r.status(), kept.status(), replay + " " + r.id());
                assertEquals(r.amount(), kept.amount().toPlainString(), replay + " " + r.id());
            }
            // the records are the batch's first decided applications in order, each whole and as an
            // uninterrupted run gives it
            for (int i = 0; i < records.size(); i++) {
                LedgerRecord kept = records.get(i);
                Award expected = oracle.get(decided.get(i).id());
                assertEquals(decided.get(i).id(), kept.application(), replay + ": record " + i);
                assertEquals(expected.status(), kept.status(), replay + " " + kept.application());
                assertEquals(expected.amount().orElseThrow(), kept.amount(), replay + " " + kept.application());
                assertEquals(expected.explain(Language.EN), kept.explanationEn(), replay + " " + kept.application());
                assertEquals(expected.explain(Language.ZH), kept.explanationZh(), replay + " " + kept.application());
                assertEquals(5, kept.provenance().size());
                assertEquals("batch-job", kept.recordedBy());
            }
            assertWithinLimits(records, replay);
        }

        // the rerun of the same batch completes; what was recorded comes back as repeats
        Process rerun = start(url, seed);
        List<Reported> second = new ArrayList<>();
        boolean done = false;
        try (BufferedReader out = reader(rerun)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                parse(line).ifPresent(second::add);
                done |= line.equals("done");
            }
        }
        assertTrue(rerun.waitFor(120, TimeUnit.SECONDS), replay);
        assertEquals(0, rerun.exitValue(), () -> replay + ": " + stderr(rerun));
        assertTrue(done, replay);
        assertEquals(COUNT, second.size(), replay);

        try (JdbcLedger ledger = JdbcLedger.open(url, "sa", "")) {
            List<LedgerRecord> records = all(ledger);
            assertEquals(decided.size(), records.size(), replay + ": every decided application once");
            BigDecimal paidFirst = BigDecimal.ZERO;
            BigDecimal paidSecond = BigDecimal.ZERO;
            int at = 0;
            for (int i = 0; i < COUNT; i++) {
                Reported r = second.get(i);
                Award expected = oracle.get(r.id());
                assertEquals(batch.get(i).id(), r.id(), replay);
                assertEquals(expected.status(), r.status(), replay + " " + r.id());
                if (r.status() == Award.Status.UNDETERMINED) {
                    assertFalse(r.repeat(), replay + " " + r.id());
                    continue;
                }
                LedgerRecord kept = records.get(at++);
                assertEquals(r.id(), kept.application(), replay);
                assertEquals(expected.amount().orElseThrow().toPlainString(), r.amount(), replay + " " + r.id());
                assertEquals(expected.amount().orElseThrow(), kept.amount(), replay + " " + r.id());
                if (r.repeat()) {
                    paidFirst = paidFirst.add(kept.counts() ? kept.amount() : BigDecimal.ZERO);
                } else {
                    paidSecond = paidSecond.add(kept.counts() ? kept.amount() : BigDecimal.ZERO);
                }
            }
            long repeats = second.stream().filter(Reported::repeat).count();
            assertTrue(repeats >= reportedDecided, replay + ": " + repeats + " repeats");
            BigDecimal oracleTotal = oracle.values().stream()
                    .filter(a -> a.status() == Award.Status.PAYABLE)
                    .map(a -> a.amount().orElseThrow())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(oracleTotal, paidFirst.add(paidSecond), replay + ": paid once in all");
            assertEquals(
                    oracleTotal,
                    records.stream()
                            .filter(LedgerRecord::counts)
                            .map(LedgerRecord::amount)
                            .reduce(BigDecimal.ZERO, BigDecimal::add),
                    replay);
            assertWithinLimits(records, replay);
        }
    }

    /** Per yearly cap, the payable total is at most the cap; per once-only limit, one payable award at most. */
    static void assertWithinLimits(List<LedgerRecord> records, String replay) {
        Map<String, BigDecimal> used = new HashMap<>();
        Map<String, Integer> paid = new HashMap<>();
        for (LedgerRecord r : records) {
            if (r.counts() && r.limit().isPresent()) {
                used.merge(r.limit().get(), r.amount(), BigDecimal::add);
                paid.merge(r.limit().get(), 1, Integer::sum);
            }
        }
        used.forEach((limit, total) -> {
            if (limit.startsWith("year ")) {
                assertTrue(total.compareTo(new BigDecimal("3000000.00")) <= 0, replay + ": " + limit + " " + total);
            } else {
                assertEquals(1, paid.get(limit), replay + ": " + limit);
            }
        });
        assertFalse(used.isEmpty(), replay + ": some limits were used");
    }

    private static List<LedgerRecord> all(JdbcLedger ledger) {
        List<LedgerRecord> all = new ArrayList<>();
        for (char c = 'a'; c <= 'd'; c++) {
            all.addAll(ledger.records("center-" + c));
        }
        all.sort((x, y) -> Long.compare(x.seq(), y.seq()));
        return all;
    }

    private Process start(String url, long seed) throws IOException {
        String java = ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ProcessBuilder pb = new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                BatchProcess.class.getName(),
                url,
                Integer.toString(COUNT),
                Long.toString(seed));
        pb.redirectError(dir.resolve("child-" + System.nanoTime() + ".err").toFile());
        Process p = pb.start();
        p.getOutputStream().close();
        return p;
    }

    private static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    private String stderr(Process p) {
        try (var files = Files.list(dir)) {
            StringBuilder b = new StringBuilder();
            for (Path f : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".err"))::iterator) {
                b.append(Files.readString(f));
            }
            return b.toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static java.util.Optional<Reported> parse(String line) {
        if (!line.startsWith("settled ")) {
            return java.util.Optional.empty();
        }
        String[] f = line.split(" ");
        return java.util.Optional.of(new Reported(f[1], Award.Status.valueOf(f[2]), f[3], f[4].equals("repeat")));
    }
}
