package dev.zhengce.policy.examples.bench;

import dev.zhengce.policy.calc.CenterHistory;
import dev.zhengce.policy.calc.SubsidyCalculator;
import dev.zhengce.policy.mengzhou.Mengzhou;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.RoundingQueryBuilder;
import org.javamoney.moneta.Money;
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
 * A 5-year innovation-center schedule: listed 2017, certified 2019, promoted 2020, spending
 * 2017–2021 (the cultivation rule until certification, the certified rule after, the promotion
 * award once), with its total.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(1)
public class ScheduleBench {
    private static final BigDecimal TWENTY_PERCENT = new BigDecimal("0.20");
    private static final BigDecimal CAP = new BigDecimal("3000000.00");
    private static final BigDecimal PROMOTION = new BigDecimal("5000000.00");

    private SubsidyCalculator calculator;
    private CenterHistory history;
    private int listing;
    private int certified;
    private int promoted;
    private int[] years;
    private BigDecimal[][] spending;

    /** Builds the history and checks that the three implementations agree on its total. */
    @Setup
    public void setUp() {
        calculator = SubsidyCalculator.of(Mengzhou.catalog());
        listing = 2017;
        certified = 2019;
        promoted = 2020;
        years = new int[] {2017, 2018, 2019, 2020, 2021};
        spending = new BigDecimal[years.length][];
        CenterHistory.Builder b = CenterHistory.builder()
                .id("center-1")
                .listingYear(listing)
                .certifiedYear(certified)
                .promotedYear(promoted);
        for (int i = 0; i < years.length; i++) {
            Map<String, BigDecimal> costs = new LinkedHashMap<>();
            if (years[i] < certified) {
                spending[i] = new BigDecimal[] {yuan(4_000_000_10L + i), yuan(1_234_567_89L * (i + 1))};
                costs.put("rd-equipment-purchase", spending[i][0]);
                costs.put("pilot-test-equipment-purchase", spending[i][1]);
            } else {
                spending[i] = new BigDecimal[] {
                    yuan(2_000_000_00L * i), yuan(2_500_000_05L), yuan(1_000_000_01L), yuan(345_678_93L)
                };
                costs.put("technology-introduction", spending[i][0]);
                costs.put("research-instruments", spending[i][1]);
                costs.put("equipment-purchase", spending[i][2]);
                costs.put("software-purchase", spending[i][3]);
            }
            b.putSpending(years[i], costs);
        }
        history = b.build();
        Agreement.check("schedule", calculator.schedule(history).total(), bigDecimal(), MonetaRules.number(moneta()));
    }

    /** The SDK: {@link SubsidyCalculator#schedule} and its total. */
    @Benchmark
    public BigDecimal sdk() {
        return calculator.schedule(history).total();
    }

    /** The baseline: the yearly rule by hand, in plain BigDecimal. */
    @Benchmark
    public BigDecimal bigDecimal() {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < years.length; i++) {
            int y = years[i];
            if (y < listing || y - listing >= 5) {
                continue;
            }
            BigDecimal base = BigDecimal.ZERO;
            for (BigDecimal cost : spending[i]) {
                base = base.add(cost);
            }
            BigDecimal share = base.multiply(TWENTY_PERCENT);
            total = total.add((share.compareTo(CAP) >= 0 ? CAP : share).setScale(2, RoundingMode.HALF_UP));
        }
        return total.add(PROMOTION);
    }

    /** For the record: the naive Moneta way. */
    @Benchmark
    public MonetaryAmount moneta() {
        MonetaryAmount total = Money.zero(Monetary.getCurrency("CNY"));
        for (int i = 0; i < years.length; i++) {
            int y = years[i];
            if (y < listing || y - listing >= 5) {
                continue;
            }
            MonetaryAmount base = Money.zero(Monetary.getCurrency("CNY"));
            for (BigDecimal cost : spending[i]) {
                base = base.add(Money.of(cost, "CNY"));
            }
            MonetaryAmount share = base.multiply(TWENTY_PERCENT);
            MonetaryAmount cap = Money.of(3_000_000, "CNY");
            total = total.add((share.isGreaterThanOrEqualTo(cap) ? cap : share)
                    .with(Monetary.getRounding(RoundingQueryBuilder.of()
                            .setScale(2)
                            .set(RoundingMode.HALF_UP)
                            .build())));
        }
        return total.add(Money.of(5_000_000, "CNY"));
    }

    private static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }
}
