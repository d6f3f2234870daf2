package dev.zhengce.policy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import javax.money.Monetary;
import javax.money.UnknownCurrencyException;
import org.junit.jupiter.api.Test;

/** The money self-check passes as assembled, and fails loudly, naming the cause, when it is not. */
class MoneyCheckTest {
    private static final ClassLoader SDK = MoneyCheck.class.getClassLoader();

    @Test
    void passesOnTheSdksClassPath() {
        MoneyCheck.verify();
        assertEquals(List.of(), MoneyCheck.problems(SDK, Monetary::getCurrency, Cny::roundToFen));
    }

    @Test
    void failsWithoutMonetasConfigurationAndServices() throws Exception {
        try (URLClassLoader bare = new URLClassLoader(new URL[0], null)) {
            List<String> problems = MoneyCheck.problems(bare, Monetary::getCurrency, Cny::roundToFen);
            assertEquals(3, problems.size(), problems::toString);
            assertTrue(problems.get(0).contains("javamoney.properties"), problems::toString);
            assertTrue(problems.get(1).contains("javax.money.spi.CurrencyProviderSpi"), problems::toString);
            assertTrue(problems.get(2).contains("javax.money.spi.MonetaryAmountsSingletonSpi"), problems::toString);
        }
    }

    @Test
    void failsWhenCnyIsNotAvailable() {
        List<String> problems = MoneyCheck.problems(
                SDK,
                code -> {
                    throw new UnknownCurrencyException(code);
                },
                Cny::roundToFen);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("currency CNY is not available from Moneta"), problems::toString);
    }

    @Test
    void failsWhenCnyHasAnotherNumberOfDecimals() {
        List<String> problems = MoneyCheck.problems(SDK, code -> Monetary.getCurrency("JPY"), Cny::roundToFen);
        assertEquals(List.of("currency CNY is not CNY with 2 decimals: JPY/0"), problems);
    }

    @Test
    void failsWhenRoundingIsHalfEvenNamingEveryCaseThatDiffers() {
        List<String> problems =
                MoneyCheck.problems(SDK, Monetary::getCurrency, v -> v.setScale(2, RoundingMode.HALF_EVEN));
        assertEquals(
                List.of(
                        "rounding 0.005 to the fen gives 0.00, not 0.01 (half up, 四舍五入)",
                        "rounding 0.025 to the fen gives 0.02, not 0.03 (half up, 四舍五入)"),
                problems);
    }

    @Test
    void failsWhenRoundingTruncatesOrKeepsDecimals() {
        assertEquals(
                5,
                MoneyCheck.problems(SDK, Monetary::getCurrency, v -> v.setScale(2, RoundingMode.DOWN))
                        .size());
        // 0.0049999999 kept as it is: the wrong scale is a failure too
        assertEquals(7, MoneyCheck.problems(SDK, Monetary::getCurrency, v -> v).size());
        assertEquals(new BigDecimal("0.01"), Cny.roundToFen(new BigDecimal("0.005")));
    }

    @Test
    void verifyThrowsIllegalStateExceptionWithEveryProblem() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalStateException.class, () -> MoneyCheck.require(List.of("a", "b")));
        assertEquals("zhengce money self-check failed: a; b", e.getMessage());
        MoneyCheck.require(List.of()); // nothing to report: passes
    }
}
