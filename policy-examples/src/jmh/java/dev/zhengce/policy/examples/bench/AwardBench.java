package dev.zhengce.policy.examples.bench;

import dev.zhengce.policy.calc.Application;
import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.calc.SubsidyCalculator;
import dev.zhengce.policy.mengzhou.Mengzhou;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import javax.money.MonetaryAmount;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One award of each payable rule: {@link SubsidyCalculator#award} against the capped-share
 * baseline of the award goal, the rule written by hand in plain BigDecimal and the naive Moneta
 * way, in the same run.
 *
 * <p>The goal: an award of every rule at most 3× the <b>capped-share baseline</b>,
 * {@code min(rate × base, cap)} rounded half up to the fen ({@link PlainRules#cappedShare}), the
 * same computation for every rule (8 % of the intelligent-transformation application's base,
 * capped at 10,000,000.00, below the cap so that the rounding has digits to round), so that a
 * rule whose hand-written form returns a constant is held to the same bar as the others. The
 * rule by hand ({@link PlainRules#award}) is measured too: what the rule itself costs at the
 * least, and the check that the SDK computes the same amount.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(1)
public class AwardBench {
    /** The rule applied for. */
    @Param({
        Fixtures.GREEN,
        Fixtures.INTELLIGENT,
        Fixtures.ROBOT,
        Fixtures.CULTIVATION,
        Fixtures.CERTIFIED,
        Fixtures.PROMOTION,
        Fixtures.QUALITY,
        Fixtures.LITTLE_GIANT
    })
    public String rule;

    private SubsidyCalculator calculator;
    private Application application;
    private PlainApplication plain;
    private BigDecimal shareRate;
    private BigDecimal shareBase;
    private BigDecimal shareCap;

    /** Builds the application and checks that the three implementations agree on it. */
    @Setup
    public void setUp() {
        calculator = SubsidyCalculator.of(Mengzhou.catalog());
        plain = Fixtures.plain(rule, 42, "E-42");
        application = Fixtures.sdk(plain);
        Award award = calculator.award(application);
        BigDecimal expected =
                award.status() == Award.Status.PAYABLE ? award.amount().orElseThrow() : PlainRules.ZERO;
        Agreement.check(rule, expected, PlainRules.award(plain), MonetaRules.number(MonetaRules.award(plain)));
        PlainApplication share = Fixtures.plain(Fixtures.INTELLIGENT, 42, "E-42");
        shareRate = new BigDecimal("0.08");
        shareBase = share.costs().get("software-investment").add(share.costs().get("hardware-investment"));
        shareCap = new BigDecimal("10000000.00");
        Agreement.check("capped share", PlainRules.award(share), cappedShare());
        if (shareRate.multiply(shareBase).scale() <= 2
                || shareRate.multiply(shareBase).compareTo(shareCap) >= 0) {
            throw new IllegalStateException("the capped-share baseline should round and stay below its cap");
        }
    }

    /** The SDK: the public API, an {@link Award} that explains itself when asked. */
    @Benchmark
    public Award sdk() {
        return calculator.award(application);
    }

    /** The baseline of the goal: {@code min(rate × base, cap)} to the fen, the same for every rule. */
    @Benchmark
    public BigDecimal cappedShare() {
        return PlainRules.cappedShare(shareRate, shareBase, shareCap);
    }

    /** The rule by hand: plain BigDecimal, the notice's numbers as constants. */
    @Benchmark
    public BigDecimal bigDecimal() {
        return PlainRules.award(plain);
    }

    /** For the record: the naive Moneta way. */
    @Benchmark
    public MonetaryAmount moneta() {
        return MonetaRules.award(plain);
    }
}
