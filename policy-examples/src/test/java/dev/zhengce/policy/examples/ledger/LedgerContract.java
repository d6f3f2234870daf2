package dev.zhengce.policy.examples.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengce.policy.calc.Application;
import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.calc.Claim;
import dev.zhengce.policy.calc.Ledger;
import dev.zhengce.policy.calc.Policy;
import dev.zhengce.policy.calc.SubsidyCalculator;
import dev.zhengce.policy.model.InvalidInputException;
import dev.zhengce.policy.model.Language;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link JdbcLedger} must do, whatever its database: the {@link Ledger} contract
 * (caps across racing threads, retries, refusals, undetermined awards), the records it keeps,
 * and a table that is only ever appended to. Each test opens a fresh database.
 */
abstract class LedgerContract {
    static final SubsidyCalculator CALC = Policy.mengzhou().subsidies();
    static final String CULTIVATION = "innovation-center-cultivation-subsidy";
    static final String PROMOTION = "provincial-innovation-center-award";
    static final BigDecimal CAP = new BigDecimal("3000000.00");

    /** Returns a fresh, empty database. */
    abstract Databases.Database database() throws Exception;

    /** A 2019 cultivation-subsidy application of a center listed in 2018: 20 % of its equipment, at most 300万元 a year. */
    static Application cultivation(String id, String center, String equipment) {
        return Application.builder()
                .id(id)
                .applicant(center)
                .rule(CULTIVATION)
                .year(2019)
                .listingYear(2018)
                .cost("rd-equipment-purchase", equipment)
                .cost("pilot-test-equipment-purchase", "0")
                .build();
    }

    static Application promotion(String id, String center, int year) {
        return Application.builder()
                .id(id)
                .applicant(center)
                .rule(PROMOTION)
                .year(year)
                .build();
    }

    static BigDecimal paid(List<Award> awards) {
        return awards.stream()
                .filter(a -> a.status() == Award.Status.PAYABLE && !a.repeat())
                .map(a -> a.amount().orElseThrow())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal recorded(List<LedgerRecord> records) {
        return records.stream()
                .filter(LedgerRecord::counts)
                .map(LedgerRecord::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void eightThreadsRacingForOneYearlyCapPayExactlyTheCapInTotal() throws Exception {
        Databases.Database db = database();
        try (JdbcLedger ledger = db.open()) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                // each round a new center: the first claims also race to insert the limit's row
                for (int round = 0; round < 4; round++) {
                    String center = "center-y" + (round == 0 ? "" : "-" + round);
                    CyclicBarrier start = new CyclicBarrier(8);
                    List<Future<Award>> futures = new ArrayList<>();
                    for (int i = 1; i <= 8; i++) {
                        Application a = cultivation(center + "-app-" + i, center, "10000000.00");
                        Ledger clerk = ledger.recordingAs("clerk-" + i);
                        futures.add(pool.submit(() -> {
                            Claim claim = CALC.claim(a);
                            start.await(30, TimeUnit.SECONDS);
                            return clerk.settle(claim);
                        }));
                    }
                    List<Award> awards = new ArrayList<>();
                    for (Future<Award> f : futures) {
                        awards.add(f.get(60, TimeUnit.SECONDS));
                    }
                    assertEquals(CAP, paid(awards), () -> center + ": " + awards);
                    List<LedgerRecord> records = ledger.records(center);
                    assertEquals(8, records.size(), center + ": every decided award is recorded");
                    assertEquals(CAP, recorded(records), center);
                    // in the order recorded: 2,000,000.00, then the remaining 1,000,000.00, then nothing
                    assertEquals(
                            List.of("2000000.00", "1000000.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"),
                            records.stream()
                                    .map(r -> r.amount().toPlainString())
                                    .toList(),
                            center);
                    assertEquals(
                            2,
                            awards.stream()
                                    .filter(a -> a.status() == Award.Status.PAYABLE)
                                    .count(),
                            center);
                    assertEquals(
                            6,
                            awards.stream()
                                    .filter(a -> a.status() == Award.Status.NOT_ELIGIBLE)
                                    .count(),
                            center);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /**
     * A pool whose connections come repeatable read (or serializable) would let a claim that waited
     * for the lock read the grants as they were before it waited: the ledger sets read committed.
     */
    @Test
    void connectionsThatComeRepeatableReadStillPayTheCapOnce() throws Exception {
        Databases.Database db = database();
        for (int level : new int[] {Connection.TRANSACTION_REPEATABLE_READ, Connection.TRANSACTION_SERIALIZABLE}) {
            try (DriverDataSource pool = db.pool();
                    JdbcLedger ledger = JdbcLedger.open(isolated(pool, level))) {
                String center = "center-i" + level;
                ExecutorService threads = Executors.newFixedThreadPool(8);
                try {
                    CyclicBarrier start = new CyclicBarrier(8);
                    List<Future<Award>> futures = new ArrayList<>();
                    for (int i = 1; i <= 8; i++) {
                        Claim claim = CALC.claim(cultivation(center + "-" + i, center, "10000000.00"));
                        Ledger clerk = ledger.recordingAs("clerk");
                        futures.add(threads.submit(() -> {
                            start.await(30, TimeUnit.SECONDS);
                            return clerk.settle(claim);
                        }));
                    }
                    List<Award> awards = new ArrayList<>();
                    for (Future<Award> f : futures) {
                        awards.add(f.get(60, TimeUnit.SECONDS));
                    }
                    assertEquals(CAP, paid(awards), () -> "isolation " + level + ": " + awards);
                } finally {
                    threads.shutdownNow();
                }
                try (Connection c = pool.getConnection()) {
                    assertEquals(
                            level, c.getTransactionIsolation(), "the pool's connections are given back as they came");
                }
            }
        }
    }

    /** A data source whose connections come at an isolation level. */
    private static javax.sql.DataSource isolated(DriverDataSource pool, int level) {
        return (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(
                LedgerContract.class.getClassLoader(),
                new Class<?>[] {javax.sql.DataSource.class},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(pool, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("getConnection")) {
                        ((Connection) result).setTransactionIsolation(level);
                    }
                    return result;
                });
    }

    @Test
    void aRetryGetsTheSameAwardBackAsARepeatAndRecordsNothing() throws Exception {
        Databases.Database db = database();
        Award first;
        Award second;
        try (JdbcLedger ledger = db.open()) {
            Ledger clerk = ledger.recordingAs("clerk");
            first = CALC.award(cultivation("R-1", "center-r", "10000000.00"), clerk);
            second = CALC.award(cultivation("R-2", "center-r", "10000000.00"), clerk);
            CALC.award(cultivation("R-3", "center-r", "10000000.00"), clerk);
            assertEquals("2000000.00", first.amount().orElseThrow().toPlainString());
            assertEquals("1000000.00", second.amount().orElseThrow().toPlainString());
        }
        // another process, another day, another clerk: the ledger remembers
        try (JdbcLedger ledger = db.open()) {
            Ledger other = ledger.recordingAs("another-clerk");
            Award again = CALC.award(cultivation("R-2", "center-r", "10000000.00"), other);
            assertTrue(again.repeat(), "answered as a repeat");
            assertEquals(second.status(), again.status());
            assertEquals(second.amount(), again.amount(), "as first settled, not against the grants after it");
            assertEquals(second.explain(Language.EN), again.explain(Language.EN));
            Award firstAgain = CALC.award(cultivation("R-1", "center-r", "10000000"), other);
            assertEquals(first.amount(), firstAgain.amount());
            List<LedgerRecord> records = ledger.records("center-r");
            assertEquals(3, records.size(), "no new row");
            assertEquals(
                    List.of("clerk", "clerk", "clerk"),
                    records.stream().map(LedgerRecord::recordedBy).toList());
            assertEquals(CAP, recorded(records));
        }
    }

    @Test
    void theSameIdWithOtherFactsIsRefusedNamingTheId() throws Exception {
        Databases.Database db = database();
        try (JdbcLedger ledger = db.open()) {
            Ledger clerk = ledger.recordingAs("clerk");
            CALC.award(cultivation("D-1", "center-d", "10000000.00"), clerk);
            InvalidInputException e = assertThrows(
                    InvalidInputException.class,
                    () -> CALC.award(cultivation("D-1", "center-d", "10000000.01"), clerk));
            assertTrue(e.getMessage().contains("D-1"), e.getMessage());
            assertTrue(e.getMessage().contains("settled before with other facts"), e.getMessage());
            assertEquals("id", e.field());
            // another applicant under the same id, and another rule: refused too
            assertThrows(
                    InvalidInputException.class,
                    () -> CALC.award(cultivation("D-1", "center-e", "10000000.00"), clerk));
            assertThrows(InvalidInputException.class, () -> CALC.award(promotion("D-1", "center-d", 2019), clerk));
            List<LedgerRecord> records = ledger.records("center-d");
            assertEquals(1, records.size(), "nothing recorded for the refused ones");
            assertEquals("2000000.00", records.get(0).amount().toPlainString());
            assertTrue(ledger.records("center-e").isEmpty());
        }
    }

    @Test
    void anUndeterminedAwardIsNotRecordedAndItsIdMayComeBackWithTheNumber() throws Exception {
        Databases.Database db = database();
        try (JdbcLedger ledger = db.open()) {
            Ledger clerk = ledger.recordingAs("clerk");
            Application open = Application.builder()
                    .id("U-1")
                    .applicant("mengzhou-leather")
                    .rule("robot-subsidy")
                    .cost("robot-purchase-fee", "3000000.00")
                    .cost("robot-lease-fee", "0")
                    .build();
            assertEquals(Award.Status.UNDETERMINED, CALC.award(open, clerk).status());
            assertTrue(ledger.record("U-1").isEmpty());
            Award decided = CALC.award(
                    Application.builder()
                            .from(open)
                            .rate(new BigDecimal("0.15"))
                            .build(),
                    clerk);
            assertEquals("450000.00", decided.amount().orElseThrow().toPlainString());
            LedgerRecord r = ledger.record("U-1").orElseThrow();
            assertEquals("450000.00", r.amount().toPlainString());
            assertTrue(r.limit().isEmpty(), "the robot subsidy has no recipient limit");
            assertTrue(r.year().isEmpty());
        }
    }

    @Test
    void aOnceOnlyAwardIsPaidOnceAcrossLedgersOpenedAgain() throws Exception {
        Databases.Database db = database();
        try (JdbcLedger ledger = db.open()) {
            Award first = CALC.award(promotion("P-1", "center-p", 2019), ledger.recordingAs("clerk"));
            assertEquals("5000000.00", first.amount().orElseThrow().toPlainString());
        }
        try (JdbcLedger ledger = db.open()) {
            Award second = CALC.award(promotion("P-2", "center-p", 2020), ledger.recordingAs("clerk"));
            assertEquals(Award.Status.NOT_ELIGIBLE, second.status());
            assertTrue(second.explain(Language.EN).contains("P-1"), second.explain(Language.EN));
            assertEquals(
                    List.of("5000000.00", "0.00"),
                    ledger.records("center-p").stream()
                            .map(r -> r.amount().toPlainString())
                            .toList());
        }
    }

    @Test
    void aRecordKeepsEveryField() throws Exception {
        Databases.Database db = database();
        try (JdbcLedger ledger = db.open()) {
            Application a = cultivation("F-1", "center-f", "12345678.91");
            Claim claim = CALC.claim(a);
            Instant before = Instant.now();
            Award award = ledger.recordingAs("王会计").settle(claim);
            Instant after = Instant.now();
            LedgerRecord r = ledger.records("center-f").get(0);
            assertEquals("F-1", r.application());
            assertEquals(claim.fingerprint(), r.fingerprint());
            assertEquals("center-f", r.recipient());
            assertEquals(CULTIVATION, r.rule());
            assertEquals(claim.limit(), r.limit());
            assertEquals(award.status(), r.status());
            assertEquals(award.amount().orElseThrow(), r.amount());
            assertEquals("2469135.78", r.amount().toPlainString());
            assertEquals(2, r.amount().scale());
            assertEquals(a.year(), r.year());
            assertEquals("王会计", r.recordedBy());
            // the database's clock: allow for a coarse one
            assertFalse(r.recordedAt().isBefore(before.minus(Duration.ofSeconds(5))), r.recordedAt() + " vs " + before);
            assertFalse(r.recordedAt().isAfter(after.plus(Duration.ofSeconds(5))), r.recordedAt() + " vs " + after);
            assertEquals(award.provenance().asMap(), r.provenance());
            assertEquals(
                    List.copyOf(award.provenance().asMap().keySet()),
                    List.copyOf(r.provenance().keySet()));
            assertEquals(award.explain(Language.ZH), r.explanationZh());
            assertEquals(award.explain(Language.EN), r.explanationEn());
            assertEquals(r, ledger.record("F-1").orElseThrow());
            assertEquals(List.of(r.grant()), ledger.recordingAs("anyone").grants("center-f"));
        }
    }

    @Test
    void nothingInTheLedgerIsEverUpdatedOrDeleted() throws Exception {
        Databases.Database db = database();
        try (JdbcLedger ledger = db.open()) {
            CALC.award(cultivation("N-1", "center-n", "10000000.00"), ledger.recordingAs("clerk"));
            LedgerRecord kept = ledger.record("N-1").orElseThrow();
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                for (String sql : refusedChanges()) {
                    SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
                    assertTrue(e.getMessage().contains("append-only"), () -> sql + ": " + e.getMessage());
                }
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM ledger_limit")) {
                    r.next();
                    assertEquals(1, r.getInt(1));
                }
            }
            assertEquals(kept, ledger.record("N-1").orElseThrow(), "unchanged");
        }
    }

    /** The statements the database must refuse, saying the ledger is append-only. */
    List<String> refusedChanges() {
        return List.of(
                "UPDATE ledger_award SET amount = 0",
                "UPDATE ledger_award SET recorded_by = 'someone else'",
                "DELETE FROM ledger_award",
                "DELETE FROM ledger_award WHERE application_id = 'N-1'",
                "UPDATE ledger_limit SET limit_key = 'x'",
                "DELETE FROM ledger_limit");
    }

    /**
     * A random sequence of applications of a few recipients, settled in batches each through a
     * ledger opened anew, gives the awards of one ledger in memory that sees the whole sequence.
     */
    @Test
    void batchesThroughTheDatabaseGiveTheAwardsOfOneLedgerInMemory() throws Exception {
        Databases.Database db = database();
        long seed = Long.getLong("ledger.seed", System.nanoTime());
        List<Application> sequence = Sequences.random(new Random(seed), 160);
        Ledger memory = Ledger.inMemory();
        int at = 0;
        Random cuts = new Random(seed + 1);
        while (at < sequence.size()) {
            int end = Math.min(sequence.size(), at + 1 + cuts.nextInt(50));
            try (JdbcLedger ledger = db.open()) {
                Ledger clerk = ledger.recordingAs("batch-" + at);
                for (Application a : sequence.subList(at, end)) {
                    Award expected = CALC.award(a, memory);
                    Award actual = CALC.award(a, clerk);
                    String where = "seed " + seed + " (-Dledger.seed=" + seed + "), application " + a.id();
                    assertEquals(expected.status(), actual.status(), where);
                    assertEquals(expected.amount(), actual.amount(), where);
                    assertEquals(expected.explain(Language.EN), actual.explain(Language.EN), where);
                    assertEquals(expected.explain(Language.ZH), actual.explain(Language.ZH), where);
                }
            }
            at = end;
        }
    }

    /**
     * A random sequence, with ids given again (retries, and now and then the same id with other
     * facts), cut at random into batches each settled in one transaction, gives the awards of
     * settling it one by one in another database; a batch refused at a row records nothing.
     */
    @Test
    void batchesInOneTransactionGiveTheAwardsOfSettlingOneByOne() throws Exception {
        long seed = Long.getLong("ledger.seed", System.nanoTime());
        Random random = new Random(seed);
        List<Application> sequence = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int draw = random.nextInt(10);
            if (draw == 0 && !sequence.isEmpty()) {
                // a retry of an earlier application: the same facts
                sequence.add(sequence.get(random.nextInt(sequence.size())));
            } else if (draw == 1 && !sequence.isEmpty()) {
                // an earlier id with other facts: refused, with its whole batch
                sequence.add(Sequences.application(
                        random, sequence.get(random.nextInt(sequence.size())).id()));
            } else {
                sequence.add(Sequences.application(random, "B-" + i));
            }
        }
        int refusals = 0;
        try (JdbcLedger batches = database().open();
                JdbcLedger oneByOne = database().open()) {
            Ledger clerk = batches.recordingAs("batch");
            Ledger oracle = oneByOne.recordingAs("one-by-one");
            int at = 0;
            while (at < sequence.size()) {
                List<Application> batch = sequence.subList(at, Math.min(sequence.size(), at + 1 + random.nextInt(40)));
                String where = "seed " + seed + " (-Dledger.seed=" + seed + "), batch from " + at;
                List<Award> expected = new ArrayList<>();
                int refused = -1;
                for (int i = 0; i < batch.size() && refused < 0; i++) {
                    try {
                        expected.add(CALC.award(batch.get(i), oracle));
                    } catch (InvalidInputException e) {
                        refused = i;
                    }
                }
                List<Claim> claims = batch.stream().map(CALC::claim).toList();
                if (refused >= 0) {
                    refusals++;
                    int row = refused;
                    InvalidInputException e =
                            assertThrows(InvalidInputException.class, () -> clerk.settleAll(claims), where);
                    assertEquals("[" + row + "].id", e.field(), where + ": " + e.getMessage());
                    // nothing of the batch was recorded: the rows before the refused one are new again
                    assertSame(expected, clerk.settleAll(claims.subList(0, row)), where + ", before row " + row);
                    at += row + 1;
                } else {
                    assertSame(expected, clerk.settleAll(claims), where);
                    at += batch.size();
                }
            }
            for (String who : List.of("center-a", "center-b", "center-c", "center-d")) {
                assertEquals(
                        oneByOne.records(who).stream()
                                .map(r -> r.application() + " " + r.status() + " " + r.amount())
                                .toList(),
                        batches.records(who).stream()
                                .map(r -> r.application() + " " + r.status() + " " + r.amount())
                                .toList(),
                        "seed " + seed + ": " + who);
            }
        }
        assertTrue(refusals > 0, "seed " + seed + ": the sequence had no refused batch to try");
    }

    /** Eight threads settling batches of one set of centers' claims, each in its own order: every cap is paid once, no batch fails. */
    @Test
    void eightThreadsSettlingBatchesUnderTheSameLimitsPayEachCapOnce() throws Exception {
        Databases.Database db = database();
        List<String> centers = List.of("center-p", "center-q", "center-r", "center-s", "center-t");
        try (JdbcLedger ledger = db.open()) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                CyclicBarrier start = new CyclicBarrier(8);
                List<Future<List<Award>>> futures = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    List<Claim> claims = new ArrayList<>();
                    for (String center : centers) {
                        claims.add(CALC.claim(cultivation(center + "-t" + t, center, "10000000.00")));
                    }
                    // each thread its own order of the same limits: locks taken in claim order would deadlock
                    java.util.Collections.shuffle(claims, new Random(t));
                    Ledger clerk = ledger.recordingAs("clerk-" + t);
                    futures.add(pool.submit(() -> {
                        start.await(30, TimeUnit.SECONDS);
                        return clerk.settleAll(claims);
                    }));
                }
                List<Award> awards = new ArrayList<>();
                for (Future<List<Award>> f : futures) {
                    awards.addAll(f.get(120, TimeUnit.SECONDS));
                }
                assertEquals(CAP.multiply(BigDecimal.valueOf(centers.size())), paid(awards));
                for (String center : centers) {
                    List<LedgerRecord> records = ledger.records(center);
                    assertEquals(8, records.size(), center);
                    assertEquals(CAP, recorded(records), center);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static void assertSame(List<Award> expected, List<Award> actual, String where) {
        assertEquals(expected.size(), actual.size(), where);
        for (int i = 0; i < expected.size(); i++) {
            Award e = expected.get(i);
            Award a = actual.get(i);
            String at = where + ", row " + i + " (" + e.application().id() + ")";
            assertEquals(e.status(), a.status(), at);
            assertEquals(e.amount(), a.amount(), at);
            assertEquals(e.repeat(), a.repeat(), at);
            assertEquals(e.explain(Language.EN), a.explain(Language.EN), at);
            assertEquals(e.explain(Language.ZH), a.explain(Language.ZH), at);
        }
    }
}
