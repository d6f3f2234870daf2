package dev.zhengce.policy.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * Amounts of money in Chinese yuan (CNY, 元), kept to the fen (分, 0.01 元).
 *
 * <p>Amounts come from {@link BigDecimal} or {@link String}, never from {@code double}. An
 * amount has at most two decimals, is not negative, and is below
 * {@linkplain #LIMIT one quadrillion yuan} — far above any budget, low enough that no
 * arithmetic on it can take time proportional to a hostile exponent. Rounding is never
 * implicit: {@link #roundToFen(BigDecimal)} rounds half up (四舍五入), once, where the result is
 * an amount to be paid.
 */
public final class Cny {
    static {
        // before the first use of Moneta below, which logs its configuration at INFO
        MonetaLog.quiet();
    }

    /** The currency, CNY. */
    public static final CurrencyUnit CURRENCY = Monetary.getCurrency("CNY");
    /** Decimals kept: two, the fen. */
    public static final int SCALE = 2;
    /** Exclusive upper bound of any amount: 10<sup>15</sup> 元. */
    public static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);
    /** 万元 in 元. */
    public static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    /** 亿元 in 元. */
    public static final BigDecimal YI = BigDecimal.valueOf(100_000_000);
    /** Digits of an amount in fen that {@link #format} writes itself: every amount below {@link #LIMIT}, and more. */
    private static final int MAX_FAST_DIGITS = 18;

    /**
     * A template of the amount type. Never share a {@code MonetaryAmountFactory}: Moneta's are
     * mutable builders ({@code setNumber} writes a field), so one shared between threads hands
     * one caller another's number. {@link MonetaryAmount#getFactory()} makes a new one per call.
     */
    private static final MonetaryAmount ZERO = Monetary.getDefaultAmountFactory()
            .setCurrency(CURRENCY)
            .setNumber(0)
            .create();

    private Cny() {}

    /**
     * Obtains an amount from a number of yuan.
     *
     * @param yuan the amount, at most two decimals, not negative
     * @return the amount in CNY
     * @throws InvalidInputException if the amount is negative, finer than a fen or too large
     */
    public static MonetaryAmount of(BigDecimal yuan) {
        return ZERO.getFactory()
                .setNumber(requireYuan("amount", yuan, InvalidInputException::new))
                .create();
    }

    /**
     * Obtains an amount from its decimal text, such as {@code "10000000.00"}.
     *
     * @param yuan the amount as text
     * @return the amount in CNY
     * @throws InvalidInputException if the text is not a decimal number or the amount is invalid
     */
    public static MonetaryAmount of(String yuan) {
        return of(parse("amount", yuan));
    }

    /**
     * Obtains an amount from a number of 万元 (ten thousand yuan), as the notice writes them.
     *
     * @param wan the amount in 万元, such as {@code "1000"} for 1000万元
     * @return the amount in CNY
     */
    public static MonetaryAmount ofWan(String wan) {
        return of(parse("amount", wan).multiply(WAN));
    }

    /**
     * Returns the exact number of yuan of an amount, with two decimals, checking it is a valid
     * CNY amount.
     *
     * @param field  the field the amount comes from, for the error message
     * @param amount the amount
     * @return the number of yuan, exact, scale 2
     * @throws InvalidInputException if the currency is not CNY or the amount is invalid
     */
    public static BigDecimal yuan(String field, MonetaryAmount amount) {
        return yuan(field, amount, InvalidInputException::new);
    }

    /**
     * Checks a number of yuan given as input: not negative, at most two decimals, below
     * {@link #LIMIT}.
     *
     * @param field the field the number comes from, for the error message
     * @param yuan  the number
     * @return the number with exactly two decimals
     * @throws InvalidInputException naming the field if the number is not a valid amount
     */
    public static BigDecimal yuan(String field, BigDecimal yuan) {
        return requireYuan(field, yuan, InvalidInputException::new);
    }

    /**
     * Tells whether a number is a valid amount of yuan as input, as {@link #yuan(String,
     * BigDecimal)} checks it, without naming a field: for a caller that checks many amounts and
     * builds the field's name only for one that fails.
     *
     * @param yuan the number, or {@code null}
     * @return whether {@code yuan(field, yuan)} accepts it
     */
    public static boolean isYuan(BigDecimal yuan) {
        return yuan != null
                && yuan.precision() <= 30
                && yuan.signum() >= 0
                && yuan.compareTo(LIMIT) < 0
                && (yuan.scale() <= SCALE || yuan.stripTrailingZeros().scale() <= SCALE);
    }

    /**
     * Rounds a computed amount of yuan to the fen, half up (四舍五入).
     *
     * @param yuan an exact amount
     * @return the amount with exactly two decimals
     */
    public static BigDecimal roundToFen(BigDecimal yuan) {
        return yuan.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /**
     * Formats a number of yuan for people: grouped digits, two decimals, and the unit,
     * such as {@code 10,000,000.00 元}.
     *
     * @param yuan the amount
     * @return the text
     */
    public static String format(BigDecimal yuan) {
        BigDecimal fen = yuan.setScale(SCALE, RoundingMode.UNNECESSARY);
        if (fen.precision() > MAX_FAST_DIGITS) {
            // beyond any amount the SDK accepts: as the JDK writes it
            return String.format(java.util.Locale.ROOT, "%,.2f 元", fen);
        }
        // the unscaled value as a long without a BigInteger: a compact decimal of scale 0 hands it over as it is
        return grouped(fen.movePointRight(SCALE).longValueExact());
    }

    /**
     * Writes an amount of fen as {@code String.format(Locale.ROOT, "%,.2f 元", …)} writes it
     * ({@code -1,234,567.89 元}), without the formatter's parsing and locale look-ups, which cost
     * more than the award itself in a long batch.
     */
    private static String grouped(long fen) {
        boolean negative = fen < 0;
        long v = negative ? -fen : fen;
        // 18 digits, 5 commas, the sign, the point and " 元": 27 characters at most
        char[] out = new char[28];
        int i = out.length;
        out[--i] = '元';
        out[--i] = ' ';
        out[--i] = (char) ('0' + v % 10);
        v /= 10;
        out[--i] = (char) ('0' + v % 10);
        v /= 10;
        out[--i] = '.';
        int digits = 0;
        do {
            if (digits > 0 && digits % 3 == 0) {
                out[--i] = ',';
            }
            out[--i] = (char) ('0' + v % 10);
            v /= 10;
            digits++;
        } while (v > 0);
        if (negative) {
            out[--i] = '-';
        }
        return new String(out, i, out.length - i);
    }

    /** Shared by the model's data checks and the public input checks. */
    static BigDecimal yuan(String field, MonetaryAmount amount, Checks.Factory error) {
        Objects.requireNonNull(amount, field);
        if (!CURRENCY.getCurrencyCode().equals(amount.getCurrency().getCurrencyCode())) {
            throw error.create(field, amount.getCurrency().getCurrencyCode(), "currency must be CNY");
        }
        return requireYuan(field, amount.getNumber().numberValueExact(BigDecimal.class), error);
    }

    static BigDecimal requireYuan(String field, BigDecimal yuan, Checks.Factory error) {
        Objects.requireNonNull(yuan, field);
        if (yuan.precision() > 30 || yuan.abs().compareTo(LIMIT) >= 0) {
            throw error.create(field, yuan.toString(), "amount must be below 10^15 yuan");
        }
        if (yuan.signum() < 0) {
            throw error.create(field, Checks.show(yuan), "amount must not be negative");
        }
        if (yuan.scale() > SCALE && yuan.stripTrailingZeros().scale() > SCALE) {
            throw error.create(field, Checks.show(yuan), "amount must have at most 2 decimals (fen)");
        }
        return yuan.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal parse(String field, String text) {
        Objects.requireNonNull(text, field);
        if (text.length() > 40) {
            throw new InvalidInputException(field, text, "not a decimal amount");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, text, "not a decimal amount", e);
        }
    }
}
