package dev.zhengce.policy.examples.cli;

import dev.zhengce.policy.model.Cny;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import picocli.CommandLine;

/**
 * The unit amounts are shown in, in tables and workbooks: 元 (yuan, as computed), or 万元 (ten
 * thousand yuan), as Chinese documents state large amounts. An amount in 万元 is the amount in
 * yuan with the decimal point moved four places ({@link BigDecimal#movePointLeft}), which is
 * exact: 960000.00 元 is 96.0000 万元 and 12345.67 元 is 1.234567 万元 — at least four decimals,
 * and as many as the fen need (at most six), so that nothing is rounded.
 */
enum AmountUnit {
    /** Yuan, with fen: 960,000.00 元. */
    YUAN("元"),
    /** Ten thousand yuan, exact: 96.0000 万元. */
    WAN("万元");

    private final String symbol;

    AmountUnit(String symbol) {
        this.symbol = symbol;
    }

    /** Returns the unit as written after an amount: 元 or 万元. */
    String symbol() {
        return symbol;
    }

    /**
     * Returns an amount in yuan in this unit, exactly.
     *
     * @param yuan the amount in yuan, at most two decimals
     * @return the same amount in this unit
     */
    BigDecimal of(BigDecimal yuan) {
        if (this == YUAN) {
            return yuan;
        }
        BigDecimal wan = yuan.movePointLeft(4);
        int scale = Math.max(4, Math.max(0, wan.stripTrailingZeros().scale()));
        // the scale only grows or drops zeros: never a rounding
        return wan.setScale(scale, RoundingMode.UNNECESSARY);
    }

    /**
     * Writes an amount in yuan in this unit, for a table: {@code 960,000.00 元}, {@code 96.0000 万元}.
     *
     * @param yuan the amount in yuan
     * @return the text
     */
    String format(BigDecimal yuan) {
        if (this == YUAN) {
            return Cny.format(yuan);
        }
        BigDecimal wan = of(yuan);
        return String.format(Locale.ROOT, "%,." + wan.scale() + "f", wan) + " " + symbol;
    }

    /** The number format of a workbook's amount cells: two decimals in yuan, four to six in 万元. */
    String excelFormat() {
        return this == YUAN ? "#,##0.00" : "#,##0.0000##";
    }

    /** Reads {@code --unit}: 元 or 万元 (also yuan, wanyuan). */
    static final class Converter implements CommandLine.ITypeConverter<AmountUnit> {
        @Override
        public AmountUnit convert(String value) {
            switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "元":
                case "yuan":
                    return YUAN;
                case "万元":
                case "wanyuan":
                    return WAN;
                default:
                    throw new CommandLine.TypeConversionException("'" + value + "': 元 or 万元 (yuan or wanyuan)");
            }
        }
    }
}
