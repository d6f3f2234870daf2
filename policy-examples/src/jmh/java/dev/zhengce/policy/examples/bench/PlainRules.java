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

    private PlainRules() {}

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
                return fen(capped(
                        c.get("software-investment")
                                .add(c.get("hardware-investment"))
                                .multiply(EIGHT_PERCENT),
                        CAP_INTELLIGENT));
            case CULTIVATION:
                if (!inWindow(a.listingYear(), a.year())) {
                    return ZERO;
                }
                return fen(capped(
                        c.get("rd-equipment-purchase")
                                .add(c.get("pilot-test-equipment-purchase"))
                                .multiply(TWENTY_PERCENT),
                        CAP_CENTER));
            case CERTIFIED:
                if (!inWindow(a.listingYear(), a.year())) {
                    return ZERO;
                }
                return fen(capped(
                        c.get("technology-introduction")
                                .add(c.get("research-instruments"))
                                .add(c.get("equipment-purchase"))
                                .add(c.get("software-purchase"))
                                .multiply(TWENTY_PERCENT),
                        CAP_CENTER));
            case PROMOTION:
                return PROMOTION_AWARD;
            case GREEN:
                BigDecimal investment = c.get("new-investment");
                return investment.compareTo(GREEN_THRESHOLD) >= 0 ? fen(investment.multiply(a.rate())) : ZERO;
            case ROBOT:
                return fen(c.get("robot-purchase-fee")
                        .add(c.get("robot-lease-fee"))
                        .multiply(a.rate()));
            case QUALITY:
                return fen(a.amount());
            case LITTLE_GIANT:
                return c.get("annual-revenue").compareTo(LITTLE_GIANT_THRESHOLD) > 0 ? fen(a.amount()) : ZERO;
            default:
                throw new IllegalArgumentException(a.rule());
        }
    }

    /**
     * A batch: the awards summed, with the notice's limits per recipient written by hand — the
     * innovation-center subsidies (cultivation and certified, one programme) at most 3,000,000.00
     * per recipient and year, under one status a year; the promotion award once per recipient;
     * the quality-brand award once per recipient and honour. What the SDK does through its
     * in-memory ledger, in two maps and a set.
     */
    static final class Batch {
        /** Per recipient and year: what the center programme paid so far. */
        private final Map<String, BigDecimal> yearUsed = new HashMap<>();
        /** Per recipient and year: the rule (the status) it was paid under. */
        private final Map<String, String> yearRule = new HashMap<>();

        private final Set<String> paidOnce = new HashSet<>();
        private BigDecimal total = BigDecimal.ZERO;
        private long count;
        private long limitedGrants;

        void accept(PlainApplication a) {
            BigDecimal amount = limited(a, award(a));
            total = total.add(amount);
            count++;
        }

        private BigDecimal limited(PlainApplication a, BigDecimal amount) {
            if (amount.signum() == 0) {
                return amount;
            }
            switch (a.rule()) {
                case CULTIVATION:
                case CERTIFIED:
                    String year = a.applicant() + '\u0000' + a.year();
                    String status = yearRule.get(year);
                    if (status != null && !status.equals(a.rule())) {
                        return ZERO;
                    }
                    BigDecimal used = yearUsed.getOrDefault(year, ZERO);
                    BigDecimal remaining = CAP_CENTER.subtract(used);
                    if (remaining.signum() <= 0) {
                        return ZERO;
                    }
                    // the amount and the remainder are both in fen: the smaller is the remainder's share rounded
                    BigDecimal paid = amount.compareTo(remaining) > 0 ? remaining : amount;
                    yearUsed.put(year, used.add(paid));
                    yearRule.put(year, a.rule());
                    limitedGrants++;
                    return paid;
                case PROMOTION:
                    return once(a.rule() + '\u0000' + a.applicant(), amount);
                case QUALITY:
                    return once(a.rule() + '\u0000' + a.honour() + '\u0000' + a.applicant(), amount);
                default:
                    return amount;
            }
        }

        private BigDecimal once(String key, BigDecimal amount) {
            if (!paidOnce.add(key)) {
                return ZERO;
            }
            limitedGrants++;
            return amount;
        }

        BigDecimal total() {
            return total;
        }

        long count() {
            return count;
        }

        /** Returns how many awards counted against a recipient limit: what a ledger keeps. */
        long limitedGrants() {
            return limitedGrants;
        }

        /** Returns how many recipient limits (recipient and year, or recipient and award) were used. */
        long limits() {
            return yearUsed.size() + paidOnce.size();
        }
    }

    /**
     * The capped-share baseline of the award goal: {@code min(rate × base, cap)}, rounded once,
     * half up, to the fen — the least any award of a share of costs must do, written by hand.
     *
     * @param rate the rate
     * @param base the base in yuan
     * @param cap  the cap in yuan, with two decimals
     * @return the amount
     */
    static BigDecimal cappedShare(BigDecimal rate, BigDecimal base, BigDecimal cap) {
        BigDecimal share = rate.multiply(base);
        return (share.compareTo(cap) >= 0 ? cap : share).setScale(2, RoundingMode.HALF_UP);
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
