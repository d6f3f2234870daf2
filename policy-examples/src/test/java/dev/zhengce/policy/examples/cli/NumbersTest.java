package dev.zhengce.policy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers as office files write them: what is read (and as what), what is refused (and what the message suggests). */
class NumbersTest {
    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "4000000|MONEY|4000000",
                "4000000.00|MONEY|4000000.00",
                "4,000,000.00|MONEY|4000000.00",
                "400,000|MONEY|400000",
                "１,２３４.５|MONEY|1234.5",
                "４０００００|MONEY|400000",
                "４，０００，０００．００|MONEY|4000000.00",
                "0.05|FRACTION|0.05",
                "０．０８|FRACTION|0.08",
                "-1,500.25|VALUE|-1500.25",
                "２０１８|YEAR|2018",
            })
    void officeFormsAreReadAsThePlainNumber(String text, Numbers.Kind kind, String plain) throws Numbers.Refused {
        BigDecimal read = Numbers.read(text, kind);
        assertEquals(new BigDecimal(plain), read);
        assertEquals(new BigDecimal(plain).scale(), read.scale(), "the scale is kept: no digit is added or lost");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "400万|MONEY|write 4000000",
                "400万元|MONEY|write 4000000",
                "1.5亿元|MONEY|write 150000000",
                "4000000元|MONEY|write 4000000",
                "¥4,000,000|MONEY|write 4000000",
                "￥１２３．４５|MONEY|write 123.45",
                "0.0001万|MONEY|write 1",
                "8%|FRACTION|a rate is a fraction: write 0.08",
                "12.5％|FRACTION|write 0.125",
                "25%|VALUE|percentages are written in points: write 25",
                "4,00,000|MONEY|grouping commas separate groups of three digits",
                "1,5|FRACTION|a decimal comma is not read",
                "1e6|MONEY|not a number",
                "四百万|MONEY|not a number",
                "1.234|MONEY|at most 2 decimals",
                "-5|MONEY|must not be negative",
                "1234567890123456|MONEY|at most 15 digits",
                "20x8|YEAR|not a year",
                "2,018|YEAR|not a year",
            })
    void unitsAndAmbiguousFormsAreRefusedNamingThePlainForm(String text, Numbers.Kind kind, String message) {
        Numbers.Refused refused = assertThrows(Numbers.Refused.class, () -> Numbers.read(text, kind));
        assertTrue(refused.getMessage().contains(message), refused::getMessage);
    }

    /** Oracle: Java's own grouping of the amount, with its digits made full-width or not, reads back as the amount. */
    @Test
    void groupedAndFullWidthAmountsReadBackExactly() {
        qt().withExamples(3000)
                .forAll(longs().between(0, 999_999_999_999_999L), longs().between(0, 2))
                .checkAssert((fen, form) -> {
                    BigDecimal amount = BigDecimal.valueOf(fen, 2);
                    String grouped = String.format(Locale.ROOT, "%,.2f", amount);
                    String text = form == 0 ? grouped : form == 1 ? fullWidth(grouped) : amount.toPlainString();
                    try {
                        assertEquals(amount, Numbers.read(text, Numbers.Kind.MONEY), text);
                    } catch (Numbers.Refused e) {
                        throw new AssertionError(text + ": " + e.getMessage(), e);
                    }
                });
    }

    /**
     * Oracle: the shapes of the kinds as regular expressions, and {@link BigDecimal#BigDecimal(String)}:
     * a plain decimal (signed or not, of up to 32 digits, with up to 14 decimals) is read where it
     * has its kind's shape, as the same value at the same scale, and refused where it has not.
     */
    @Test
    void plainDecimalsAreReadAsTheirShapeAndBigDecimalSay() {
        qt().withExamples(5000)
                .forAll(
                        integers().between(0, 1),
                        strings().betweenCodePoints('0', '9').ofLengthBetween(1, 32),
                        integers().between(-1, 14),
                        integers().between(0, 2))
                .checkAssert((minus, digits, decimals, k) -> {
                    String whole = digits;
                    if (decimals > whole.length() - 1) {
                        return;
                    }
                    String text = (minus == 1 ? "-" : "")
                            + (decimals < 0
                                    ? whole
                                    : whole.substring(0, whole.length() - decimals)
                                            + (decimals == 0 ? "" : "." + whole.substring(whole.length() - decimals)));
                    Numbers.Kind kind = Numbers.Kind.values()[k];
                    String shape =
                            kind == Numbers.Kind.MONEY ? "\\d{1,15}(\\.\\d{1,2})?" : "-?\\d{1,30}(\\.\\d{1,12})?";
                    BigDecimal read;
                    try {
                        read = Numbers.read(text, kind);
                    } catch (Numbers.Refused e) {
                        read = null;
                    }
                    if (text.matches(shape)) {
                        BigDecimal expected = new BigDecimal(text);
                        assertEquals(expected, read, text);
                        assertEquals(expected.scale(), read.scale(), text);
                    } else {
                        assertNull(read, text);
                    }
                });
    }

    /** Oracle: an amount in 万 is refused, and the message's plain form is the amount × 10000, exactly. */
    @Test
    void theSuggestedPlainFormOfWanIsExact() {
        qt().withExamples(2000).forAll(longs().between(0, 99_999_999_999L)).checkAssert(n -> {
            BigDecimal wan = BigDecimal.valueOf(n, 4);
            Numbers.Refused refused = assertThrows(
                    Numbers.Refused.class, () -> Numbers.read(wan.toPlainString() + "万", Numbers.Kind.MONEY));
            String plain = wan.movePointRight(4).toBigIntegerExact().toString();
            assertTrue(refused.getMessage().endsWith("write " + plain), refused::getMessage);
        });
    }

    private static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c == '.' ? '．' : c == ',' ? '，' : c);
        }
        return b.toString();
    }
}
