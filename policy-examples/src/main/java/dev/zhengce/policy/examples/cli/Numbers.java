package dev.zhengce.policy.examples.cli;

import dev.zhengce.policy.model.DecimalLimit;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers in cells of CSV files and of Excel text cells, as Chinese office files write them.
 *
 * <p>Read, normalised to the plain form: plain decimals ({@code 4000000.00}); grouping commas
 * between groups of three digits ({@code 4,000,000.00}); full-width digits, full stop, comma
 * and minus ({@code ４，０００，０００．００}). Each has one reading in a Chinese file.
 *
 * <p>Refused, with the plain form in the message: units ({@code 400万}, {@code 1.5亿元},
 * {@code 4000000元}, {@code ¥4,000,000}, {@code 8%}), because a unit in one cell says that the
 * column may be in other units than yuan (or than fractions) throughout, which the reader
 * cannot know; grouping that is not by three digits ({@code 4,00,000}, {@code 1,5}), because a
 * comma may then be a decimal comma; exponents ({@code 1e6}) and Chinese numerals. Nothing is
 * guessed.
 */
final class Numbers {
    /** What a cell holds. */
    enum Kind {
        /** Yuan: at most 15 digits before the point and 2 after (fen), not negative. */
        MONEY,
        /** A rate: a fraction such as 0.05. */
        FRACTION,
        /** An observed value: a count, or a percentage in points (25 for 25 %). */
        VALUE,
        /** A year: four digits. */
        YEAR
    }

    private static final Pattern MONEY = Pattern.compile("\\d{1,15}(\\.\\d{1,2})?");
    /** The shape of a plain decimal within the library's limit ({@link DecimalLimit}), which checks the rest. */
    private static final Pattern DECIMAL =
            Pattern.compile("-?\\d{1," + DecimalLimit.MAX_DIGITS + "}(\\.\\d{1," + DecimalLimit.MAX_DECIMALS + "})?");

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** A number with a currency sign before it or a unit after it. */
    private static final Pattern UNIT = Pattern.compile("(¥|￥|RMB|CNY)?\\s*([-\\d.,]+)\\s*(万元|亿元|万|亿|元|%)?");

    private Numbers() {}

    /** A cell that is not a number of its kind; the reason says why, with the plain form where there is one. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * Reads a cell.
     *
     * @param text the cell, trimmed, not empty
     * @param kind what it holds
     * @return the number, exact
     * @throws Refused if it is not one of its kind
     */
    static BigDecimal read(String text, Kind kind) throws Refused {
        if (kind != Kind.YEAR) {
            // the common case, the shape of MONEY or of DECIMAL, read without a regular expression
            BigDecimal fast = kind == Kind.MONEY
                    ? plain(text, 15, 2, false)
                    : plain(text, DecimalLimit.MAX_DIGITS, DecimalLimit.MAX_DECIMALS, true);
            if (fast != null) {
                return fast;
            }
        }
        // a year has no grouping: 2,018 is refused
        String plain =
                isPlainAscii(text) ? text : kind == Kind.YEAR ? halfWidth(text).strip() : normalise(text);
        switch (kind) {
            case MONEY:
                if (MONEY.matcher(plain).matches()) {
                    return new BigDecimal(plain);
                }
                if (DECIMAL.matcher(plain).matches()) {
                    throw new Refused(
                            plain.startsWith("-")
                                    ? "amount must not be negative"
                                    : plain.indexOf('.') < 0 || plain.length() - plain.indexOf('.') - 1 <= 2
                                            ? "amount in yuan of at most 15 digits before the point"
                                            : "amount in yuan with at most 2 decimals (fen)");
                }
                throw new Refused(
                        notANumber(text, kind, "not a number; write yuan as plain decimals such as 1234567.89"));
            case YEAR:
                if (YEAR.matcher(plain).matches()) {
                    return new BigDecimal(plain);
                }
                throw new Refused("not a year (four digits)");
            default:
                if (DECIMAL.matcher(plain).matches()) {
                    return new BigDecimal(plain);
                }
                throw new Refused(notANumber(text, kind, "not a number; write plain decimals such as 0.05"));
        }
    }

    /**
     * Reads a year: four digits (full-width ones too).
     *
     * @param text the cell, trimmed, not empty
     * @return the year
     * @throws Refused if it is not one
     */
    static int year(String text) throws Refused {
        if (text.length() == 4) {
            int y = 0;
            for (int i = 0; i < 4; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return read(text, Kind.YEAR).intValueExact();
                }
                y = y * 10 + (c - '0');
            }
            return y;
        }
        return read(text, Kind.YEAR).intValueExact();
    }

    /**
     * The common case of a plain decimal, {@code -?\\d{1,digits}(\\.\\d{1,decimals})?} (the minus
     * only where signed), without a regular expression, of at most 18 digits in all (a long);
     * else null, and the caller reads the text as before.
     */
    private static BigDecimal plain(String text, int maxDigits, int maxDecimals, boolean signed) {
        int n = text.length();
        if (n == 0 || n > 20) {
            return null;
        }
        int i = 0;
        boolean negative = false;
        if (signed && text.charAt(0) == '-') {
            negative = true;
            i = 1;
        }
        long unscaled = 0;
        int digits = 0;
        int decimals = -1;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                if (decimals >= 0) {
                    decimals++;
                } else {
                    digits++;
                }
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else {
                return null;
            }
        }
        if (digits < 1 || digits > maxDigits || decimals == 0 || decimals > maxDecimals) {
            return null;
        }
        if (digits + Math.max(decimals, 0) > 18) {
            return null;
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(decimals, 0));
    }

    /** Whether a text is only ASCII digits, a point and a minus: the common case, read as it is. */
    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /**
     * Full-width digits and signs to ASCII, and grouping commas removed where they group by
     * three; otherwise the text unchanged (and then refused by the caller).
     */
    private static String normalise(String text) {
        String t = halfWidth(text).strip();
        if (t.indexOf(',') >= 0) {
            return GROUPED.matcher(t).matches() ? t.replace(",", "") : t;
        }
        return t;
    }

    /** Full-width digits, full stop, comma, minus and percent sign to ASCII; the ideographic space to a space. */
    static String halfWidth(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                b.append('.');
            } else if (c == '，') {
                b.append(',');
            } else if (c == '－' || c == '−') {
                b.append('-');
            } else if (c == '％') {
                b.append('%');
            } else if (c == '\u3000') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The reason a text is not a number, with the plain form where it only has a unit or a currency sign. */
    private static String notANumber(String text, Kind kind, String otherwise) {
        String t = halfWidth(text).strip();
        if (t.indexOf(',') >= 0
                && !GROUPED.matcher(t).matches()
                && PLAIN.matcher(t.replace(",", "")).matches()) {
            return "not a number: grouping commas separate groups of three digits (4,000,000.00), and a decimal comma "
                    + "is not read; write plain decimals";
        }
        Matcher m = UNIT.matcher(t);
        if (!m.matches() || (m.group(1) == null && m.group(3) == null)) {
            return otherwise;
        }
        String digits = normalise(m.group(2));
        if (!PLAIN.matcher(digits).matches()) {
            return otherwise;
        }
        BigDecimal n = new BigDecimal(digits);
        String unit = m.group(3) == null ? "" : m.group(3);
        switch (unit) {
            case "万":
            case "万元":
                n = n.movePointRight(4);
                break;
            case "亿":
            case "亿元":
                n = n.movePointRight(8);
                break;
            case "%":
                if (kind == Kind.FRACTION) {
                    return "a percentage; a rate is a fraction: write " + plain(n.movePointLeft(2));
                }
                if (kind == Kind.VALUE) {
                    return "a percentage; percentages are written in points: write " + plain(n);
                }
                return otherwise;
            default:
                break;
        }
        if (kind != Kind.MONEY) {
            return otherwise;
        }
        return "units and currency signs are not read (a unit in one cell may mean the column is not in yuan); "
                + "in yuan this is " + plain(n) + ": write " + plain(n);
    }

    private static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
