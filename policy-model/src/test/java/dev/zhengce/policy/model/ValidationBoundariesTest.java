package dev.zhengce.policy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Every limit of the model's checks, on both sides of it: the last value accepted and the first
 * refused (Civil Code art. 1259: a stated bound reached is inside it unless the text says
 * 超过 or 不满).
 */
class ValidationBoundariesTest {
    private static final Citation CITATION = Citation.of("对于新增投资额1000万元以上的");

    private static String rule(Runnable r) {
        return assertThrows(PolicyException.class, r::run).rule();
    }

    @Test
    void decimalsHaveAtMostThirtyDigitsTwelveDecimalsAndAnExponentOfFifteen() {
        BigDecimal thirtyDigits = new BigDecimal("1".repeat(30));
        assertSame(thirtyDigits, Checks.decimal("v", thirtyDigits));
        assertThrows(InvalidDataException.class, () -> Checks.decimal("v", new BigDecimal("1".repeat(31))));
        BigDecimal twelve = new BigDecimal("0.000000000001");
        assertSame(twelve, Checks.decimal("v", twelve));
        assertThrows(InvalidDataException.class, () -> Checks.decimal("v", new BigDecimal("0.0000000000001")));
        BigDecimal e15 = new BigDecimal("1E+15");
        assertSame(e15, Checks.decimal("v", e15));
        assertEquals(
                "v",
                assertThrows(InvalidDataException.class, () -> Checks.decimal("v", new BigDecimal("1E+16")))
                        .field());
    }

    @Test
    void idsHaveAtMostEightyCharacters() {
        String eighty = "a".repeat(80);
        assertSame(eighty, Checks.id("id", eighty));
        assertThrows(InvalidDataException.class, () -> Checks.id("id", "a".repeat(81)));
        assertSame("a-b", Checks.text("t", "a-b"));
    }

    @Test
    void ratesAreWithinZeroAndOneBothIncluded() {
        assertSame(BigDecimal.ZERO, Checks.rate("r", BigDecimal.ZERO));
        assertSame(BigDecimal.ONE, Checks.rate("r", BigDecimal.ONE));
        assertThrows(InvalidDataException.class, () -> Checks.rate("r", new BigDecimal("-0.000000000001")));
        assertEquals(
                "r",
                assertThrows(InvalidDataException.class, () -> Checks.rate("r", new BigDecimal("1.000000000001")))
                        .field());
    }

    @Test
    void numbersInMessagesArePlainUpToAnExponentOfThirtyThenScientific() {
        assertEquals("1" + "0".repeat(30), Checks.show(new BigDecimal("1E+30")));
        assertEquals("1E+31", Checks.show(new BigDecimal("1E+31")));
        assertEquals("0." + "0".repeat(29) + "1", Checks.show(new BigDecimal("1E-30")));
        assertEquals("1E-31", Checks.show(new BigDecimal("1E-31")));
        assertEquals("12.50", Checks.show(new BigDecimal("12.50")));
    }

    @Test
    void amountsAreBelowTenToTheFifteenWithAtMostThirtyDigitsAndTwoDecimals() {
        assertEquals(new BigDecimal("999999999999999.99"), Cny.yuan("a", new BigDecimal("999999999999999.99")));
        assertEquals("amount must be below 10^15 yuan", rule(() -> Cny.yuan("a", new BigDecimal("1000000000000000"))));
        // thirty digits are read (and the zeros beyond the fen dropped), thirty-one are not
        assertEquals(new BigDecimal("0.10"), Cny.yuan("a", new BigDecimal("0.1" + "0".repeat(29))));
        assertEquals(
                "amount must be below 10^15 yuan", rule(() -> Cny.yuan("a", new BigDecimal("0.1" + "0".repeat(30)))));
        assertEquals(new BigDecimal("0.01"), Cny.yuan("a", new BigDecimal("0.01")));
        assertEquals(new BigDecimal("1.00"), Cny.yuan("a", new BigDecimal("1.000")));
        assertEquals("amount must have at most 2 decimals (fen)", rule(() -> Cny.yuan("a", new BigDecimal("0.001"))));
        assertEquals(new BigDecimal("0.00"), Cny.yuan("a", BigDecimal.ZERO));
        assertEquals("amount must not be negative", rule(() -> Cny.yuan("a", new BigDecimal("-0.01"))));
    }

    @Test
    void amountTextHasAtMostFortyCharacters() {
        String forty = "0".repeat(39) + "1";
        assertEquals(0, BigDecimal.ONE.compareTo(Cny.yuan("a", Cny.of(forty))));
        assertEquals("not a decimal amount", rule(() -> Cny.of(forty + "0")));
        assertEquals(0, new BigDecimal("10000000").compareTo(Cny.yuan("a", Cny.ofWan("1000"))));
    }

    private static Condition condition(Comparison c) {
        return Condition.builder()
                .fact("new-investment")
                .comparison(c)
                .amount(Cny.of("100.00"))
                .citation(CITATION)
                .build();
    }

    @Test
    void conditionsReadTheirComparatorExactlyAtTheThreshold() {
        String[] values = {"99.99", "100.00", "100.01"};
        boolean[][] met = {
            {false, true, true}, // AT_LEAST  以上
            {false, false, true}, // MORE_THAN 超过
            {true, true, false}, // AT_MOST   以下
            {true, false, false}, // LESS_THAN 不满
        };
        Comparison[] comparisons = {Comparison.AT_LEAST, Comparison.MORE_THAN, Comparison.AT_MOST, Comparison.LESS_THAN
        };
        for (int c = 0; c < comparisons.length; c++) {
            for (int v = 0; v < values.length; v++) {
                assertEquals(
                        met[c][v],
                        condition(comparisons[c]).isMetBy(new BigDecimal(values[v])),
                        comparisons[c] + " " + values[v]);
            }
        }
        assertEquals("new-investment ≥ 100.00 元", condition(Comparison.AT_LEAST).toString());
    }

    @Test
    void supportWindowsCountFromTheirAnchorYearAndLastOneToFiftyYears() {
        SupportWindow five = SupportWindow.builder()
                .years(5)
                .anchor("listing-year")
                .citation(CITATION)
                .build();
        assertFalse(five.contains(2018, 2017));
        assertTrue(five.contains(2018, 2018));
        assertTrue(five.contains(2018, 2022));
        assertFalse(five.contains(2018, 2023));
        assertEquals("5 years from listing-year", five.toString());
        assertEquals(1, SupportWindow.builder().from(five).years(1).build().years());
        assertEquals(50, SupportWindow.builder().from(five).years(50).build().years());
        assertEquals(
                "years",
                assertThrows(
                                InvalidDataException.class,
                                () -> SupportWindow.builder()
                                        .from(five)
                                        .years(0)
                                        .build())
                        .field());
        assertThrows(
                InvalidDataException.class,
                () -> SupportWindow.builder().from(five).years(51).build());
    }
}
