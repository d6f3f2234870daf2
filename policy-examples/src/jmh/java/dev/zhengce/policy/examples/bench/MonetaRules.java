package dev.zhengce.policy.examples.bench;

import static dev.zhengce.policy.examples.bench.Fixtures.CERTIFIED;
import static dev.zhengce.policy.examples.bench.Fixtures.CULTIVATION;
import static dev.zhengce.policy.examples.bench.Fixtures.GREEN;
import static dev.zhengce.policy.examples.bench.Fixtures.INTELLIGENT;
import static dev.zhengce.policy.examples.bench.Fixtures.LITTLE_GIANT;
import static dev.zhengce.policy.examples.bench.Fixtures.PROMOTION;
import static dev.zhengce.policy.examples.bench.Fixtures.QUALITY;
import static dev.zhengce.policy.examples.bench.Fixtures.ROBOT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.RoundingQuery;
import javax.money.RoundingQueryBuilder;
import org.javamoney.moneta.Money;

/**
 * For the record: the same rules written the naive Moneta way, as a JSR-354 tutorial would —
 * {@code Money.of(...)} for every amount, {@code multiply(rate)}, then
 * {@code with(Monetary.getRounding(...))} (half up to the fen, as the notice requires; the
 * currency's default rounding would be half even).
 */
final class MonetaRules {
    private static final String CNY = "CNY";
    private static final RoundingQuery HALF_UP_FEN =
            RoundingQueryBuilder.of().setScale(2).set(RoundingMode.HALF_UP).build();
    private static final BigDecimal EIGHT_PERCENT = new BigDecimal("0.08");
    private static final BigDecimal TWENTY_PERCENT = new BigDecimal("0.20");

    private MonetaRules() {}

    /**
     * Returns the amount of one application; zero where not eligible.
     *
     * @param a the facts
     * @return the amount in CNY
     */
    static MonetaryAmount award(PlainApplication a) {
        Map<String, BigDecimal> c = a.costs();
        switch (a.rule()) {
            case INTELLIGENT:
                return round(capped(
                        Money.of(c.get("software-investment"), CNY)
                                .add(Money.of(c.get("hardware-investment"), CNY))
                                .multiply(EIGHT_PERCENT),
                        Money.of(10_000_000, CNY)));
            case CULTIVATION:
                if (!inWindow(a.listingYear(), a.year())) {
                    return Money.zero(Monetary.getCurrency(CNY));
                }
                return round(capped(
                        Money.of(c.get("rd-equipment-purchase"), CNY)
                                .add(Money.of(c.get("pilot-test-equipment-purchase"), CNY))
                                .multiply(TWENTY_PERCENT),
                        Money.of(3_000_000, CNY)));
            case CERTIFIED:
                if (!inWindow(a.listingYear(), a.year())) {
                    return Money.zero(Monetary.getCurrency(CNY));
                }
                return round(capped(
                        Money.of(c.get("technology-introduction"), CNY)
                                .add(Money.of(c.get("research-instruments"), CNY))
                                .add(Money.of(c.get("equipment-purchase"), CNY))
                                .add(Money.of(c.get("software-purchase"), CNY))
                                .multiply(TWENTY_PERCENT),
                        Money.of(3_000_000, CNY)));
            case PROMOTION:
                return Money.of(5_000_000, CNY);
            case GREEN:
                MonetaryAmount investment = Money.of(c.get("new-investment"), CNY);
                return investment.isGreaterThanOrEqualTo(Money.of(10_000_000, CNY))
                        ? round(investment.multiply(a.rate()))
                        : Money.zero(Monetary.getCurrency(CNY));
            case ROBOT:
                return round(Money.of(c.get("robot-purchase-fee"), CNY)
                        .add(Money.of(c.get("robot-lease-fee"), CNY))
                        .multiply(a.rate()));
            case QUALITY:
                return round(Money.of(a.amount(), CNY));
            case LITTLE_GIANT:
                return Money.of(c.get("annual-revenue"), CNY).isGreaterThan(Money.of(100_000_000, CNY))
                        ? round(Money.of(a.amount(), CNY))
                        : Money.zero(Monetary.getCurrency(CNY));
            default:
                throw new IllegalArgumentException(a.rule());
        }
    }

    /**
     * A batch: the awards summed, with the recipient limits of {@link PlainRules.Batch} kept in
     * Moneta amounts.
     */
    static final class Batch {
        private static final MonetaryAmount CAP_CENTER = Money.of(3_000_000, CNY);
        private final Map<String, MonetaryAmount> yearUsed = new HashMap<>();
        private final Map<String, String> yearRule = new HashMap<>();
        private final Set<String> paidOnce = new HashSet<>();
        private MonetaryAmount total = Money.zero(Monetary.getCurrency(CNY));

        void accept(PlainApplication a) {
            total = total.add(limited(a, award(a)));
        }

        private MonetaryAmount limited(PlainApplication a, MonetaryAmount amount) {
            if (amount.isZero()) {
                return amount;
            }
            switch (a.rule()) {
                case CULTIVATION:
                case CERTIFIED:
                    String year = a.applicant() + '\u0000' + a.year();
                    String status = yearRule.get(year);
                    if (status != null && !status.equals(a.rule())) {
                        return Money.zero(Monetary.getCurrency(CNY));
                    }
                    MonetaryAmount used = yearUsed.getOrDefault(year, Money.zero(Monetary.getCurrency(CNY)));
                    MonetaryAmount remaining = CAP_CENTER.subtract(used);
                    if (!remaining.isPositive()) {
                        return Money.zero(Monetary.getCurrency(CNY));
                    }
                    MonetaryAmount paid = amount.isGreaterThan(remaining) ? remaining : amount;
                    yearUsed.put(year, used.add(paid));
                    yearRule.put(year, a.rule());
                    return paid;
                case PROMOTION:
                    return paidOnce.add(a.rule() + '\u0000' + a.applicant())
                            ? amount
                            : Money.zero(Monetary.getCurrency(CNY));
                case QUALITY:
                    return paidOnce.add(a.rule() + '\u0000' + a.honour() + '\u0000' + a.applicant())
                            ? amount
                            : Money.zero(Monetary.getCurrency(CNY));
                default:
                    return amount;
            }
        }

        MonetaryAmount total() {
            return total;
        }
    }

    /** Returns the exact number of an amount, for comparison with the other implementations. */
    static BigDecimal number(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static boolean inWindow(int listing, int year) {
        return year >= listing && year - listing < 5 && listing >= 2017;
    }

    private static MonetaryAmount capped(MonetaryAmount share, MonetaryAmount cap) {
        return share.isGreaterThanOrEqualTo(cap) ? cap : share;
    }

    private static MonetaryAmount round(MonetaryAmount exact) {
        return exact.with(Monetary.getRounding(HALF_UP_FEN));
    }
}
