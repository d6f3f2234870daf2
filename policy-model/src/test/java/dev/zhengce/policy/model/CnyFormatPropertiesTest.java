package dev.zhengce.policy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link Cny#format(BigDecimal)} writes amounts itself (it is on the path of every award's
 * findings in a long batch); it must write exactly what the JDK's formatters write: grouped
 * by thousands with commas, two decimals, then {@code  元}. Two oracles that share no code
 * with it: {@code String.format(Locale.ROOT, "%,.2f 元", …)}, what it wrote before, and a
 * {@link DecimalFormat} of pattern {@code #,##0.00}.
 */
class CnyFormatPropertiesTest {
    /** The largest amount in fen the SDK accepts: 999,999,999,999,999.99 元, just below {@link Cny#LIMIT}. */
    private static final long MAX_FEN = Cny.LIMIT.movePointRight(Cny.SCALE).longValueExact() - 1;

    private static final int EXAMPLES = Integer.getInteger("cny.format.count", 20_000);

    private static String formatted(BigDecimal yuan) {
        return String.format(Locale.ROOT, "%,.2f 元", yuan.setScale(Cny.SCALE, RoundingMode.UNNECESSARY));
    }

    private static String decimalFormat(BigDecimal yuan) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.UNNECESSARY);
        return f.format(yuan) + " 元";
    }

    private static void same(BigDecimal yuan) {
        String written = Cny.format(yuan);
        assertEquals(formatted(yuan), written, yuan::toPlainString);
        assertEquals(decimalFormat(yuan), written, yuan::toPlainString);
    }

    @Test
    void everyAmountTheSdkAcceptsIsWrittenAsTheJdkWritesIt() {
        qt().withExamples(EXAMPLES)
                .forAll(longs().between(0, MAX_FEN))
                .checkAssert(fen -> same(BigDecimal.valueOf(fen, 2)));
    }

    @Test
    void smallAmountsWhereTheGroupsBeginAreWrittenAsTheJdkWritesThem() {
        qt().withExamples(EXAMPLES)
                .forAll(longs().between(-1_000_000_00L, 1_000_000_00L))
                .checkAssert(fen -> same(BigDecimal.valueOf(fen, 2)));
    }

    @Test
    void negativeAmountsAsTheJdkWritesThem() {
        // not an amount of money the SDK accepts, but Cny.format writes differences too
        qt().withExamples(EXAMPLES)
                .forAll(longs().between(-MAX_FEN, -1))
                .checkAssert(fen -> same(BigDecimal.valueOf(fen, 2)));
    }

    @Test
    void everyScaleThatHoldsFenAsTheJdkWritesIt() {
        // whole yuan (scale 0, or negative: 1.2E+7), and trailing zeros past the fen (1.500)
        qt().withExamples(EXAMPLES)
                .forAll(longs().between(-MAX_FEN, MAX_FEN), integers().between(0, 6))
                .checkAssert((fen, extra) -> {
                    BigDecimal yuan = BigDecimal.valueOf(fen, 2);
                    same(yuan.setScale(Cny.SCALE + extra));
                    same(yuan.stripTrailingZeros());
                });
    }

    @Test
    void theEdges() {
        for (String yuan : new String[] {
            "0",
            "0.00",
            "0.01",
            "0.10",
            "1",
            "999.99",
            "1000",
            "-0.01",
            "-999.99",
            "-1000.00",
            "999999.99",
            "1000000",
            "9999999999999999.99",
            "-9999999999999999.99",
            "99999999999999999.99",
            "-99999999999999999.99",
            "100000000000000000.00",
            "92233720368547758.07",
            "92233720368547758.08",
            "1E+20",
            "-1E+30",
            "123456789012345678901234567890.12"
        }) {
            same(new BigDecimal(yuan));
        }
        same(BigDecimal.valueOf(MAX_FEN, 2));
        same(new BigDecimal(BigInteger.valueOf(Long.MAX_VALUE), 2));
        same(new BigDecimal(BigInteger.valueOf(Long.MIN_VALUE), 2));
    }

    @Test
    void moreThanFenIsRefusedAsBefore() {
        for (String yuan : new String[] {"0.001", "1.005", "-1.005", "123456789012345.678"}) {
            BigDecimal d = new BigDecimal(yuan);
            assertThrows(ArithmeticException.class, () -> formatted(d));
            assertThrows(ArithmeticException.class, () -> Cny.format(d), yuan);
        }
    }

    /** {@link Cny#isYuan} accepts exactly what {@link Cny#yuan(String, BigDecimal)} accepts. */
    private static void sameVerdict(BigDecimal yuan) {
        boolean accepted;
        try {
            Cny.yuan("amount", yuan);
            accepted = true;
        } catch (InvalidInputException | NullPointerException e) {
            accepted = false;
        }
        assertEquals(accepted, Cny.isYuan(yuan), () -> String.valueOf(yuan));
    }

    @Test
    void isYuanAcceptsWhatYuanAccepts() {
        qt().withExamples(EXAMPLES)
                .forAll(longs().all(), integers().between(-20, 20))
                .checkAssert((unscaled, scale) -> sameVerdict(BigDecimal.valueOf(unscaled, scale)));
        qt().withExamples(EXAMPLES)
                .forAll(
                        longs().between(MAX_FEN - 1_000, MAX_FEN + 1_000),
                        integers().between(0, 4))
                .checkAssert((fen, zeros) ->
                        sameVerdict(BigDecimal.valueOf(fen, 2).setScale(2 + zeros, RoundingMode.UNNECESSARY)));
        for (String edge : new String[] {"0", "0.000", "-0.00", "1E+14", "1E+15", "1.005", "1.0500", "1E-40"}) {
            sameVerdict(new BigDecimal(edge));
        }
        sameVerdict(null);
        sameVerdict(new BigDecimal(BigInteger.TEN.pow(40), 38));
    }
}
