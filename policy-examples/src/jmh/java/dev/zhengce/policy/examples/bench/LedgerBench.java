package dev.zhengce.policy.examples.bench;

import dev.zhengce.policy.calc.Application;
import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.calc.Claim;
import dev.zhengce.policy.calc.Ledger;
import dev.zhengce.policy.calc.SubsidyCalculator;
import dev.zhengce.policy.mengzhou.Mengzhou;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One award through the in-memory ledger ({@link SubsidyCalculator#award(Application, Ledger)})
 * against the same award without it ({@link SubsidyCalculator#award(Application)}), for each rule
 * with a recipient limit and one without. Goal: at most 2×.
 *
 * <p><b>The steady state.</b> A ledger answers an application id it has granted as a retry, so
 * the same applications cannot go through one ledger over and over; and a ledger whose limits
 * are all used up measures only refusals. So every measured operation is a batch of
 * {@value #BATCH} distinct applications (JMH's batch size, as in its sample of state that
 * must be reset) through a <em>fresh</em> ledger, made before the batch and not timed, that
 * already holds the grants of {@value #OTHERS} other recipients under every limited rule (so the
 * ledger's maps are of a working size). Within a batch the recipients rotate: with
 * {@code perLimit} 1 every award is the first under its limit (a recipient's first application
 * of the year, the common case); with 3 each recipient limit sees three applications in turn —
 * the first with nothing granted before, the second with one grant before it (a yearly cap often
 * reduced to its remainder), the third with two (the cap often used up; a once-only award
 * refused, naming the earlier one). A center's three applications are of one year (2018–2021,
 * inside its window) and a quality-brand recipient's of one honour. Both methods award the same
 * applications in the same order, and both fill a ledger before each batch. The batch counts as
 * {@value #BATCH} operations, so JMH reports the time per award; the filling of the ledger is
 * not timed, and {@link ThreadCostProfiler} leaves it out of the CPU time and allocation too
 * (JMH's own {@code -prof gc} does not: it counts the filling).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 40, batchSize = LedgerBench.BATCH)
@Measurement(iterations = 60, batchSize = LedgerBench.BATCH)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@OperationsPerInvocation(LedgerBench.BATCH)
public class LedgerBench {
    /** Awards per measured batch: three per recipient limit for 4,200 recipients (divisible by 4 years and 7 honours). */
    static final int BATCH = 12_600;
    /** Other recipients whose grants the ledger holds before each batch. */
    static final int OTHERS = 2_500;

    /** The rule applied for: the four with a recipient limit, and one with a per-project cap only. */
    @Param({Fixtures.CULTIVATION, Fixtures.CERTIFIED, Fixtures.PROMOTION, Fixtures.QUALITY, Fixtures.INTELLIGENT})
    public String rule;

    /** How many applications each recipient limit receives in a batch. */
    @Param({"1", "3"})
    public int perLimit;

    private SubsidyCalculator calculator;
    private Application[] applications;
    private Claim[] others;
    private Ledger ledger;
    private int next;

    /** Builds the batch and the other recipients' claims, and checks the ledger's total against the limits by hand. */
    @Setup(Level.Trial)
    public void setUp() {
        calculator = SubsidyCalculator.of(Mengzhou.catalog());
        PlainApplication[] plain = batch(rule, perLimit);
        applications = new Application[BATCH];
        PlainRules.Batch byHand = new PlainRules.Batch();
        for (int i = 0; i < BATCH; i++) {
            applications[i] = Fixtures.sdk(plain[i]);
            byHand.accept(plain[i]);
        }
        others = new Claim[OTHERS * 4];
        String[] limited = {Fixtures.CULTIVATION, Fixtures.CERTIFIED, Fixtures.PROMOTION, Fixtures.QUALITY};
        for (int k = 0; k < OTHERS; k++) {
            for (int r = 0; r < limited.length; r++) {
                long n = BATCH + (long) k * limited.length + r;
                others[k * limited.length + r] =
                        calculator.claim(Fixtures.sdk(Fixtures.plain(limited[r], n, "O-" + k)));
            }
        }
        newLedger();
        BigDecimal total = BigDecimal.ZERO;
        int reducedOrRefused = 0;
        for (Application a : applications) {
            Award award = calculator.award(a, ledger);
            if (award.repeat()) {
                throw new IllegalStateException("a retry in a batch of distinct applications: " + a.id());
            }
            total = award.status() == Award.Status.PAYABLE
                    ? total.add(award.amount().orElseThrow())
                    : total;
            reducedOrRefused += award.earlier().isEmpty() ? 0 : 1;
        }
        Agreement.check("ledger " + rule, total, byHand.total());
        if ((perLimit > 1) != (reducedOrRefused > 0) && !rule.equals(Fixtures.INTELLIGENT)) {
            throw new IllegalStateException(rule + ": " + reducedOrRefused + " awards limited by earlier grants");
        }
    }

    /** Before each batch: a fresh ledger holding the other recipients' grants, and the first application. */
    @Setup(Level.Iteration)
    public void newLedger() {
        long[] mark = ThreadCostProfiler.mark();
        ledger = Ledger.inMemory();
        for (Claim c : others) {
            ledger.settle(c);
        }
        next = 0;
        ThreadCostProfiler.exclude(mark);
    }

    /** The applications of a batch: rotating recipients, each with {@code perLimit} applications under one limit. */
    static PlainApplication[] batch(String rule, int perLimit) {
        int recipients = BATCH / perLimit;
        PlainApplication[] batch = new PlainApplication[BATCH];
        for (int n = 0; n < BATCH; n++) {
            int r = n % recipients;
            PlainApplication p = Fixtures.plain(rule, n, "R-" + r);
            boolean center = rule.equals(Fixtures.CULTIVATION) || rule.equals(Fixtures.CERTIFIED);
            batch[n] = new PlainApplication(
                    p.id(),
                    p.applicant(),
                    p.rule(),
                    p.costs(),
                    center ? Integer.valueOf(2018 + r % 4) : p.year(),
                    p.listingYear(),
                    p.rate(),
                    p.amount(),
                    p.honour() == null ? null : Fixtures.HONOURS.get(r % 7),
                    p.currency());
        }
        return batch;
    }

    /** The SDK through the in-memory ledger: the award limited by the recipient's earlier grants, and recorded. */
    @Benchmark
    public Award ledger() {
        return calculator.award(applications[next++], ledger);
    }

    /** The same award without a ledger: the application on its own. */
    @Benchmark
    public Award noLedger() {
        return calculator.award(applications[next++]);
    }
}
