package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Cny;
import java.math.BigDecimal;

/** How the calculators write an exact decimal in their texts: the one place for it. */
final class Decimals {
    private Decimals() {}

    /** Writes a decimal without trailing zeros or an exponent: {@code 18}, {@code 0.5}, {@code 1200}. */
    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /**
     * Writes an exact intermediate amount grouped by thousands with every decimal it has, and
     * with two decimals where it has no more: {@code 1,234,567.125}, {@code 960,000.00}.
     */
    static String grouped(BigDecimal value) {
        if (value.stripTrailingZeros().scale() <= 2) {
            return Cny.format(value).replace(" 元", "");
        }
        String digits = value.toPlainString();
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        StringBuilder grouped = new StringBuilder();
        int start = whole.startsWith("-") ? 1 : 0;
        for (int i = start; i < whole.length(); i++) {
            if (i > start && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return whole.substring(0, start) + grouped + (point < 0 ? "" : digits.substring(point));
    }
}
