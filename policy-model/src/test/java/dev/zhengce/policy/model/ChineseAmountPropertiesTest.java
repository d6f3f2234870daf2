package dev.zhengce.policy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of {@link ChineseAmount#write(BigDecimal)} over generated amounts, checked with a
 * reader of Chinese uppercase amounts written here ({@link #read(String)}: right to left, by
 * the place each character sets, sharing no code with the writer): every amount reads back
 * to itself; 零 stands exactly where the convention wants one and never twice; 整 ends the
 * text exactly when there are no 角 and no 分; the largest amount the SDK accepts is written,
 * and every amount the SDK refuses is refused.
 */
class ChineseAmountPropertiesTest {
    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final Pattern FRACTION = Pattern.compile("(零)?(?:([壹贰叁肆伍陆柒捌玖])角)?(?:([壹贰叁肆伍陆柒捌玖])分)?");
    /** The largest amount in fen: 999,999,999,999,999.99 元, just below {@link Cny#LIMIT}. */
    private static final long MAX_FEN = 99_999_999_999_999_999L;

    private static final int EXAMPLES = Integer.getInteger("chinese.amount.count", 5_000);

    /** What a text says: the amount, and the digits of its whole yuan with their places and positions. */
    static final class Reading {
        final BigDecimal yuan;
        /** Each written digit of the whole yuan, in text order: {digit, place (power of ten), index in the text}. */
        final List<int[]> digits;

        Reading(BigDecimal yuan, List<int[]> digits) {
            this.yuan = yuan;
            this.digits = digits;
        }
    }

    /**
     * Reads a Chinese uppercase amount: the whole yuan from 元 leftwards, each unit setting the
     * place of the digit before it (拾佰仟 within a group; 万, 亿, and 万 again to the left of
     * 亿 for 万亿); then 角 and 分 after 元.
     */
    static Reading read(String text) {
        assertTrue(text.matches("[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+"), text);
        String s = text.endsWith("整") ? text.substring(0, text.length() - 1) : text;
        int yuanAt = s.indexOf('元');
        String fraction = yuanAt < 0 ? s : s.substring(yuanAt + 1);
        Matcher m = FRACTION.matcher(fraction);
        assertTrue(m.matches(), () -> "fraction of " + text);
        long fen = (m.group(2) == null ? 0 : DIGITS.indexOf(m.group(2)) * 10L)
                + (m.group(3) == null ? 0 : DIGITS.indexOf(m.group(3)));
        long whole = 0;
        List<int[]> digits = new ArrayList<>();
        int group = 0;
        int place = 0;
        boolean unitPending = false;
        for (int i = yuanAt - 1; i >= 0; i--) {
            char c = s.charAt(i);
            int digit = DIGITS.indexOf(c);
            if (digit > 0) {
                int power = group + place;
                whole += digit * pow10(power);
                digits.add(0, new int[] {digit, power, i});
                place = 0;
                unitPending = false;
            } else if (digit == 0) {
                place = 0;
            } else {
                assertTrue(!unitPending || c == '万' || c == '亿', () -> "two place units in a row in " + text);
                switch (c) {
                    case '拾':
                        place = 1;
                        break;
                    case '佰':
                        place = 2;
                        break;
                    case '仟':
                        place = 3;
                        break;
                    case '万':
                        group = group >= 8 ? 12 : 4;
                        place = 0;
                        break;
                    case '亿':
                        group = 8;
                        place = 0;
                        break;
                    default:
                        throw new AssertionError("unexpected " + c + " in " + text);
                }
                unitPending = c != '万' && c != '亿';
            }
        }
        return new Reading(BigDecimal.valueOf(whole * 100 + fen, 2), digits);
    }

    private static long pow10(int power) {
        long p = 1;
        for (int i = 0; i < power; i++) {
            p *= 10;
        }
        return p;
    }

    /**
     * Whether zeros between a digit at place a and the next at place b (a &gt; b + 1) are
     * written as 零: always inside a group; across 亿 (place 8), 万亿 (12) or 万 (4), only if the
     * next digit does not stand at the top of the group that starts there (b ≠ boundary − 1).
     */
    static boolean zeroBetween(int a, int b) {
        if (a == b + 1) {
            return false;
        }
        int boundary = a >= 8 && b < 8 ? 8 : a >= 12 && b < 12 ? 12 : a >= 4 && b < 4 && a < 8 ? 4 : -1;
        return boundary < 0 || b != boundary - 1;
    }

    /** Amounts in fen of 1 to 17 digits, each digit zero half of the time: runs of zeros everywhere. */
    private static Gen<Long> fen() {
        Gen<Integer> digit = integers().between(0, 17).map(i -> i < 9 ? 0 : i - 8);
        return lists().of(digit).ofSize(17).zip(integers().between(1, 17), (ds, length) -> {
            long fen = 0;
            for (int i = 17 - length; i < 17; i++) {
                fen = fen * 10 + ds.get(i);
            }
            return fen;
        });
    }

    @Test
    void everyAmountReadsBackToItself() {
        qt().withExamples(EXAMPLES).forAll(fen()).checkAssert(fen -> {
            BigDecimal yuan = BigDecimal.valueOf(fen, 2);
            String text = ChineseAmount.write(yuan);
            assertEquals(yuan, read(text).yuan, text);
        });
        qt().withExamples(EXAMPLES).forAll(longs().between(0, MAX_FEN)).checkAssert(fen -> {
            BigDecimal yuan = BigDecimal.valueOf(fen, 2);
            assertEquals(yuan, read(ChineseAmount.write(yuan)).yuan);
        });
    }

    @Test
    void zeroStandsBetweenDigitsExactlyWhereTheConventionWantsItAndNeverTwice() {
        qt().withExamples(EXAMPLES).forAll(fen()).checkAssert(fen -> {
            String text = ChineseAmount.write(BigDecimal.valueOf(fen, 2));
            Reading r = read(text);
            int expected = 0;
            for (int i = 0; i + 1 < r.digits.size(); i++) {
                int[] a = r.digits.get(i);
                int[] b = r.digits.get(i + 1);
                assertTrue(a[1] > b[1], () -> "places fall from left to right: " + text);
                String between = text.substring(a[2] + 1, b[2]);
                boolean zero = zeroBetween(a[1], b[1]);
                assertEquals(
                        zero ? 1 : 0,
                        between.chars().filter(c -> c == '零').count(),
                        () -> "between place " + a[1] + " and " + b[1] + " of " + text);
                expected += zero ? 1 : 0;
            }
            long whole = fen / 100;
            if (whole > 0 && fen / 10 % 10 == 0 && fen % 10 != 0) {
                assertTrue(text.contains("元零"), text);
                expected++;
            }
            if (fen == 0) {
                expected++;
            }
            assertEquals(expected, text.chars().filter(c -> c == '零').count(), () -> "every 零 of " + text);
            // 零 before a unit only in 零元整
            assertTrue(!text.contains("零零") && (fen == 0 || !text.matches(".*零[拾佰仟万亿元角分整].*")), text);
        });
    }

    @Test
    void wholeEndsTheTextExactlyWhenThereAreNoJiaoAndNoFen() {
        qt().withExamples(EXAMPLES).forAll(fen()).checkAssert(fen -> {
            String text = ChineseAmount.write(BigDecimal.valueOf(fen, 2));
            long jiao = fen / 10 % 10;
            long fenDigit = fen % 10;
            assertEquals(jiao == 0 && fenDigit == 0, text.endsWith("整"), text);
            assertEquals(
                    text.endsWith("整") ? 1 : 0,
                    text.chars().filter(c -> c == '整').count(),
                    text);
            assertEquals(jiao != 0, text.contains("角"), text);
            assertEquals(fenDigit != 0, text.contains("分"), text);
            assertEquals(fen >= 100 || fen == 0, text.contains("元"), text);
        });
    }

    @Test
    void theLargestAmountTheSdkAcceptsIsWrittenAndTheNextFenIsRefused() {
        BigDecimal largest = BigDecimal.valueOf(MAX_FEN, 2);
        assertEquals(0, largest.compareTo(Cny.yuan("amount", largest)), "the SDK accepts it");
        String text = ChineseAmount.write(largest);
        assertEquals("玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分", text);
        assertEquals(largest, read(text).yuan);
        BigDecimal next = largest.add(new BigDecimal("0.01"));
        assertThrows(InvalidInputException.class, () -> Cny.yuan("amount", next), "the SDK refuses it");
        assertEquals(
                "amount",
                assertThrows(InvalidInputException.class, () -> ChineseAmount.write(next))
                        .field());
        qt().withExamples(EXAMPLES)
                .forAll(longs().between(MAX_FEN - 10_000_000L, MAX_FEN))
                .checkAssert(fen -> assertEquals(
                        BigDecimal.valueOf(fen, 2), read(ChineseAmount.write(BigDecimal.valueOf(fen, 2))).yuan));
    }

    @Test
    void everyAmountTheSdkRefusesIsRefused() {
        qt().withExamples(EXAMPLES)
                .forAll(longs().between(MAX_FEN + 1, Long.MAX_VALUE))
                .checkAssert(fen -> assertEquals(
                        "amount",
                        assertThrows(InvalidInputException.class, () -> ChineseAmount.write(BigDecimal.valueOf(fen, 2)))
                                .field()));
        qt().withExamples(EXAMPLES)
                .forAll(longs().between(Long.MIN_VALUE, -1))
                .checkAssert(fen -> assertThrows(
                        InvalidInputException.class, () -> ChineseAmount.write(BigDecimal.valueOf(fen, 2))));
        qt().withExamples(EXAMPLES)
                .forAll(longs().between(0, MAX_FEN * 10))
                .assuming(milli -> milli % 10 != 0)
                .checkAssert(milli -> assertThrows(
                        InvalidInputException.class, () -> ChineseAmount.write(BigDecimal.valueOf(milli, 3))));
    }
}
