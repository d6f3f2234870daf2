package dev.zhengce.policy.examples.bench;

import dev.zhengce.policy.calc.Application;
import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.calc.SubsidyCalculator;
import dev.zhengce.policy.mengzhou.Mengzhou;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
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
 * 1,000,000 applications through the streaming batch API ({@link SubsidyCalculator#awards}), as
 * 1,000 batches of the same 1,000 distinct applications (every payable rule in turn, 200
 * enterprises, so that yearly caps and once-only awards meet repeat recipients), summing the
 * payable amounts. Each batch has its own in-memory ledger, as {@code awards(Stream)} gives it:
 * an application id comes once per ledger, so no award is a retry. Generation is left out here;
 * {@link StreamingRun} measures it, lazily, for 10 million through one ledger.
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
    private static final int BATCHES = SIZE / DISTINCT;

    private SubsidyCalculator calculator;
    private Application[] applications;
    private PlainApplication[] plain;

    /** Builds the pool and checks that the three implementations agree on the batch total. */
    @Setup
    public void setUp() {
        calculator = SubsidyCalculator.of(Mengzhou.catalog());
        plain = new PlainApplication[DISTINCT];
        applications = new Application[DISTINCT];
        for (int i = 0; i < DISTINCT; i++) {
            plain[i] = Fixtures.plain(Fixtures.ruleOf(i), i, "E-" + (i % 200));
            applications[i] = Fixtures.sdk(plain[i]);
        }
        Agreement.check("batch", sdk(), bigDecimal(), MonetaRules.number(moneta()));
    }

    /** The SDK: lazy streams of awards, each through its own ledger, summed. */
    @Benchmark
    public BigDecimal sdk() {
        BigDecimal total = BigDecimal.ZERO;
        for (int b = 0; b < BATCHES; b++) {
            total = total.add(calculator
                    .awards(Arrays.stream(applications))
                    .filter(a -> a.status() == Award.Status.PAYABLE && !a.repeat())
                    .map(a -> a.amount().orElseThrow())
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        return total;
    }

    /** The baseline: the rules and the recipient limits by hand, in plain BigDecimal. */
    @Benchmark
    public BigDecimal bigDecimal() {
        BigDecimal total = BigDecimal.ZERO;
        for (int b = 0; b < BATCHES; b++) {
            PlainRules.Batch batch = new PlainRules.Batch();
            for (int i = 0; i < DISTINCT; i++) {
                batch.accept(plain[i]);
            }
            total = total.add(batch.total());
        }
        return total;
    }

    /** For the record: the naive Moneta way. */
    @Benchmark
    public MonetaryAmount moneta() {
        MonetaryAmount total = null;
        for (int b = 0; b < BATCHES; b++) {
            MonetaRules.Batch batch = new MonetaRules.Batch();
            for (int i = 0; i < DISTINCT; i++) {
                batch.accept(plain[i]);
            }
            total = total == null ? batch.total() : total.add(batch.total());
        }
        return total;
    }
}
