package dev.zhengce.policy.model;

import java.math.BigDecimal;

/**
 * The one limit on the exact decimals the library accepts (rates, target values, observed
 * values, the analyst's assumptions): at most {@value #MAX_DIGITS} significant digits, at most
 * {@value #MAX_DECIMALS} decimals, and no exponent beyond {@value #MAX_EXPONENT} (an unscaled
 * value times 10<sup>15</sup> at most). It keeps hostile numbers (1e-999999999, a million
 * digits) out of the arithmetic and the messages. Money has its own, tighter limit ({@link Cny}).
 */
public final class DecimalLimit {
    /** The most significant digits a decimal may have. */
    public static final int MAX_DIGITS = 30;
    /** The most digits a decimal may have after the point. */
    public static final int MAX_DECIMALS = 12;
    /** The largest power of ten of a decimal's scale (its scale is at least the negation of it). */
    public static final int MAX_EXPONENT = 15;
    /** The limit in words, for messages: {@code at most 30 digits and 12 decimals}. */
    public static final String WORDS = "at most " + MAX_DIGITS + " digits and " + MAX_DECIMALS + " decimals";

    private DecimalLimit() {}

    /**
     * Returns whether a decimal is within the limit.
     *
     * @param value the decimal
     * @return whether it has at most {@value #MAX_DIGITS} digits, at most {@value #MAX_DECIMALS}
     *         decimals and a scale of at least −{@value #MAX_EXPONENT}
     */
    public static boolean admits(BigDecimal value) {
        return value.precision() <= MAX_DIGITS && value.scale() <= MAX_DECIMALS && value.scale() >= -MAX_EXPONENT;
    }
}
