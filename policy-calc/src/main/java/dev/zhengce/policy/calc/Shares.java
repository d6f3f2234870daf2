package dev.zhengce.policy.calc;

import java.math.BigDecimal;

/**
 * The one place a share of an amount is computed: rate × base, exact, then capped. Rounding
 * happens once, after, where the result is paid.
 */
final class Shares {
    static final BigDecimal ZERO = new BigDecimal("0.00");

    private Shares() {}

    /** Returns rate × base, exact. */
    static BigDecimal of(BigDecimal rate, BigDecimal base) {
        return base.multiply(rate);
    }

    /** Returns the share, or the cap where the share reaches or passes it; no cap is {@code null}. */
    static BigDecimal capped(BigDecimal share, BigDecimal cap) {
        return cap != null && share.compareTo(cap) >= 0 ? cap : share;
    }
}
