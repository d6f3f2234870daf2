package dev.zhengce.policy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Moneta's core without its HTTP client, okio or Kotlin: those classes are absent, and money
 * still works exactly.
 */
class MoneyWithoutNetworkTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "okhttp3.OkHttpClient",
                "okio.Buffer",
                "kotlin.Unit",
                "org.javamoney.moneta.convert.ecb.ECBCurrentRateProvider"
            })
    void networkAndKotlinClassesAreNotOnTheClassPath(String className) {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(className));
    }

    @Test
    void moneyStillWorksExactly() {
        MonetaryAmount cap = Cny.of("10000000.00");
        MonetaryAmount sum = cap.add(Cny.of("0.01")).subtract(Cny.of("0.01"));
        assertEquals("CNY", sum.getCurrency().getCurrencyCode());
        assertEquals(0, new BigDecimal("10000000.00").compareTo(Cny.yuan("cap", sum)));
        assertEquals(
                "org.javamoney.moneta.Money", Monetary.getDefaultAmountType().getName());
    }

    @Test
    void aHundredMillionYuanTimesARateIsExact() {
        MonetaryAmount investment = Cny.of("123456789.99");
        BigDecimal exact =
                investment.multiply(new BigDecimal("0.08")).getNumber().numberValueExact(BigDecimal.class);
        assertEquals(new BigDecimal("9876543.1992"), exact.stripTrailingZeros());
    }

    @Test
    void roundsHalfUpToTheFen() {
        assertEquals(new BigDecimal("0.13"), Cny.roundToFen(new BigDecimal("0.125")));
        assertEquals(new BigDecimal("0.12"), Cny.roundToFen(new BigDecimal("0.1249999")));
        assertEquals("10,000,000.00 元", Cny.format(new BigDecimal("10000000")));
    }

    @Test
    void rejectsInvalidAmountsAsInput() {
        assertEquals(
                "amount",
                assertThrows(InvalidInputException.class, () -> Cny.of("0.001")).field());
        assertThrows(InvalidInputException.class, () -> Cny.of("-1"));
        assertThrows(InvalidInputException.class, () -> Cny.of("1e20"));
        assertThrows(InvalidInputException.class, () -> Cny.of("十元"));
        MonetaryAmount usd = Monetary.getDefaultAmountFactory()
                .setCurrency("USD")
                .setNumber(1)
                .create();
        assertEquals(
                "price",
                assertThrows(InvalidInputException.class, () -> Cny.yuan("price", usd))
                        .field());
    }

    @Test
    void acceptsTrailingZerosBeyondTheFen() {
        assertEquals(0, new BigDecimal("1.5").compareTo(Cny.yuan("a", Cny.of("1.5000"))));
    }
}
