package dev.zhengce.policy.examples.bench;

import dev.zhengce.policy.calc.Application;
import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.calc.SubsidyCalculator;
import dev.zhengce.policy.model.Catalog;
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
 * One award of each payable rule: {@link SubsidyCalculator#award} against the plain
 * BigDecimal baseline and the naive Moneta way, on the same facts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(1)
public class AwardBench {
    /** The rule applied for. */
    @Param({Fixtures.GREEN, Fixtures.INTELLIGENT, Fixtures.ROBOT, Fixtures.CULTIVATION, Fixtures.CERTIFIED,
            Fixtures.PROMOTION, Fixtures.QUALITY, Fixtures.LITTLE_GIANT})
    public String rule;

    private SubsidyCalculator calculator;
    private Application application;
    private PlainApplication plain;

    /** Builds the application and checks that the three implementations agree on it. */
    @Setup
    public void setUp() {
        calculator = SubsidyCalculator.of(Catalog.mengzhou());
        plain = Fixtures.plain(rule, 42, "E-42");
        application = Fixtures.sdk(plain);
        Award award = calculator.award(application);
        BigDecimal expected = award.status() == Award.Status.PAYABLE ? award.amount().orElseThrow() : PlainRules.ZERO;
        Agreement.check(rule, expected, PlainRules.award(plain), MonetaRules.number(MonetaRules.award(plain)));
    }

    /** The SDK: the public API, an {@link Award} that explains itself when asked. */
    @Benchmark
    public Award sdk() {
        return calculator.award(application);
    }

    /** The baseline: plain BigDecimal, written by hand. */
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
