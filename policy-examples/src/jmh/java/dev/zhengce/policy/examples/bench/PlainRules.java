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
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The baseline: the notice's money rules written by hand in plain {@link BigDecimal}, with the
 * numbers of the text as constants — no catalog, no validation, no explanation. The limit for
 * exact arithmetic: rate × base, capped, rounded once half up to the fen.
 */
final class PlainRules {
    static final BigDecimal ZERO = new BigDecimal("0.00");
    private static final BigDecimal EIGHT_PERCENT = new BigDecimal("0.08");
    private static final BigDecimal TWENTY_PERCENT = new BigDecimal("0.20");
    private static final BigDecimal CAP_INTELLIGENT = new BigDecimal("10000000.00");
    private static final BigDecimal CAP_CENTER = new BigDecimal("3000000.00");
    private static final BigDecimal PROMOTION_AWARD = new BigDecimal("5000000.00");
    private static final BigDecimal GREEN_THRESHOLD = new BigDecimal("10000000.00");
    private static final BigDecimal LITTLE_GIANT_THRESHOLD = new BigDecimal("100000000.00");
    private static final int FIRST_YEAR = 2017;
    private static final int WINDOW_YEARS = 5;

    private PlainRules() {
    }

    /**
     * Returns the amount of one application: two decimals; 0.00 where not eligible.
     *
     * @param a the facts
     * @return the amount
     */
    static BigDecimal award(PlainApplication a) {
        Map<String, BigDecimal> c = a.costs();
        switch (a.rule()) {
            case INTELLIGENT:
                return fen(capped(c.get("software-investment").add(c.get("hardware-investment")).multiply(EIGHT_PERCENT),
                        CAP_INTELLIGENT));
            case CULTIVATION:
                if (!inWindow(a.listingYear(), a.year())) {
                    return ZERO;
                }
                return fen(capped(c.get("rd-equipment-purchase").add(c.get("pilot-test-equipment-purchase"))
                        .multiply(TWENTY_PERCENT), CAP_CENTER));
            case CERTIFIED:
                if (!inWindow(a.listingYear(), a.year())) {
                    return ZERO;
                }
                return fen(capped(c.get("technology-introduction").add(c.get("research-instruments"))
                        .add(c.get("equipment-purchase")).add(c.get("software-purchase")).multiply(TWENTY_PERCENT),
                        CAP_CENTER));
            case PROMOTION:
                return PROMOTION_AWARD;
            case GREEN:
                BigDecimal investment = c.get("new-investment");
                return investment.compareTo(GREEN_THRESHOLD) >= 0 ? fen(investment.multiply(a.rate())) : ZERO;
            case ROBOT:
                return fen(c.get("robot-purchase-fee").add(c.get("robot-lease-fee")).multiply(a.rate()));
            case QUALITY:
                return fen(a.amount());
            case LITTLE_GIANT:
                return c.get("annual-revenue").compareTo(LITTLE_GIANT_THRESHOLD) > 0 ? fen(a.amount()) : ZERO;
            default:
                throw new IllegalArgumentException(a.rule());
        }
    }

    /** Whether a one-time rule: paid at most once per recipient. */
    static boolean oneTime(String rule) {
        return PROMOTION.equals(rule) || QUALITY.equals(rule);
    }

    /**
     * A batch: the awards summed, a one-time rule paid once per recipient.
     */
    static final class Batch {
        private final Set<String> paidOnce = new HashSet<>();
        private BigDecimal total = BigDecimal.ZERO;
        private long count;

        void accept(PlainApplication a) {
            BigDecimal amount = award(a);
            if (oneTime(a.rule()) && !paidOnce.add(a.rule() + '\u0000' + a.applicant())) {
                amount = ZERO;
            }
            total = total.add(amount);
            count++;
        }

        BigDecimal total() {
            return total;
        }

        long count() {
            return count;
        }
    }

    private static boolean inWindow(int listing, int year) {
        return year >= listing && year - listing < WINDOW_YEARS && listing >= FIRST_YEAR;
    }

    private static BigDecimal capped(BigDecimal share, BigDecimal cap) {
        return share.compareTo(cap) >= 0 ? cap : share;
    }

    private static BigDecimal fen(BigDecimal exact) {
        return exact.setScale(2, RoundingMode.HALF_UP);
    }
}
