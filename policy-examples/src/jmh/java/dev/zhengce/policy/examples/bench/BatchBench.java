package dev.zhengce.policy.examples.bench;

import dev.zhengce.policy.calc.Application;
import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.calc.SubsidyCalculator;
import dev.zhengce.policy.model.Catalog;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.money.MonetaryAmount;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A batch of 1,000,000 applications through the streaming batch API
 * ({@link SubsidyCalculator#awards}), summing the payable amounts: every payable rule in turn,
 * 1,000 distinct applications from 200 enterprises cycled (so the one-time rules meet repeat
 * recipients). Generation is left out here; {@link StreamingRun} measures it, lazily, for 10
 * million.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class BatchBench {
    static final int SIZE = 1_000_000;
    private static final int DISTINCT = 1_000;

    private SubsidyCalculator calculator;
    private Application[] applications;
    private PlainApplication[] plain;

    /** Builds the pool and checks that the three implementations agree on the batch total. */
    @Setup
    public void setUp() {
        calculator = SubsidyCalculator.of(Catalog.mengzhou());
        plain = new PlainApplication[DISTINCT];
        applications = new Application[DISTINCT];
        for (int i = 0; i < DISTINCT; i++) {
            plain[i] = Fixtures.plain(Fixtures.ruleOf(i), i, "E-" + (i % 200));
            applications[i] = Fixtures.sdk(plain[i]);
        }
        Agreement.check("batch", sdk(), bigDecimal(), MonetaRules.number(moneta()));
    }

    /** The SDK: one lazy stream of awards, summed. */
    @Benchmark
    public BigDecimal sdk() {
        return calculator.awards(IntStream.range(0, SIZE).mapToObj(i -> applications[i % DISTINCT]))
                .filter(a -> a.status() == Award.Status.PAYABLE).map(a -> a.amount().orElseThrow())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The baseline: the rules by hand, in plain BigDecimal. */
    @Benchmark
    public BigDecimal bigDecimal() {
        PlainRules.Batch batch = new PlainRules.Batch();
        for (int i = 0; i < SIZE; i++) {
            batch.accept(plain[i % DISTINCT]);
        }
        return batch.total();
    }

    /** For the record: the naive Moneta way. */
    @Benchmark
    public MonetaryAmount moneta() {
        MonetaRules.Batch batch = new MonetaRules.Batch();
        for (int i = 0; i < SIZE; i++) {
            batch.accept(plain[i % DISTINCT]);
        }
        return batch.total();
    }
}
