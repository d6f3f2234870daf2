package dev.zhengce.policy.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * The start-up self-check of the money the SDK computes with: Moneta's configuration and
 * service registrations are on the class path, CNY is available with two decimals, an amount
 * of CNY keeps its exact number, and the SDK's rounding is half up to the fen (四舍五入:
 * 0.005 → 0.01, 0.015 → 0.02, 0.025 → 0.03, never half even).
 *
 * <p>{@link dev.zhengce.policy.mengzhou.Mengzhou#catalog()} runs it on first load; an application may run it at start-up.
 * It fails loudly rather than let a misassembled class path compute wrong money.
 */
public final class MoneyCheck {
    /** Moneta's configuration file, at the root of {@code moneta-core}. */
    static final String CONFIGURATION = "javamoney.properties";
    /** Moneta's service registrations the SDK relies on: currencies and amounts. */
    static final List<String> SERVICES = List.of(
            "META-INF/services/javax.money.spi.CurrencyProviderSpi",
            "META-INF/services/javax.money.spi.MonetaryAmountsSingletonSpi");
    /** Half-way cases and their half-up results, fen by fen. */
    private static final List<String> ROUNDING = List.of(
            "0.005=0.01",
            "0.015=0.02",
            "0.025=0.03",
            "0.004=0.00",
            "2.675=2.68",
            "9999999.995=10000000.00",
            "0.0049999999=0.00");

    private MoneyCheck() {}

    /**
     * Checks the money the SDK computes with.
     *
     * @throws IllegalStateException naming every check that failed and what to do
     */
    public static void verify() {
        require(problems(MoneyCheck.class.getClassLoader(), Monetary::getCurrency, Cny::roundToFen));
    }

    /** Fails, naming every problem, if there are any. */
    static void require(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("zhengce money self-check failed: " + String.join("; ", problems));
        }
    }

    /** The failed checks, for a class loader, a currency lookup and a rounding; empty when all pass. */
    static List<String> problems(
            ClassLoader loader, Function<String, CurrencyUnit> currency, UnaryOperator<BigDecimal> round) {
        List<String> problems = new ArrayList<>();
        if (loader == null || loader.getResource(CONFIGURATION) == null) {
            problems.add("Moneta's configuration " + CONFIGURATION
                    + " is not on the class path (put org.javamoney.moneta:moneta-core on it)");
        }
        for (String service : SERVICES) {
            if (loader == null || loader.getResource(service) == null) {
                problems.add("no JSR-354 provider registered as " + service
                        + " (put org.javamoney.moneta:moneta-core on the class path)");
            }
        }
        try {
            CurrencyUnit cny = currency.apply("CNY");
            if (cny == null || !"CNY".equals(cny.getCurrencyCode()) || cny.getDefaultFractionDigits() != Cny.SCALE) {
                problems.add("currency CNY is not CNY with " + Cny.SCALE + " decimals: " + describe(cny));
            }
        } catch (RuntimeException e) {
            problems.add("currency CNY is not available from Moneta: " + e);
        }
        try {
            MonetaryAmount fen = Cny.of(new BigDecimal("0.01"));
            if (!"CNY".equals(fen.getCurrency().getCurrencyCode())
                    || fen.getNumber().numberValueExact(BigDecimal.class).compareTo(new BigDecimal("0.01")) != 0) {
                problems.add("an amount of 0.01 CNY does not keep its number and currency: " + fen);
            }
        } catch (RuntimeException | LinkageError e) {
            problems.add("amounts of CNY cannot be made: " + e);
        }
        for (String rounding : ROUNDING) {
            String[] c = rounding.split("=");
            BigDecimal got = round.apply(new BigDecimal(c[0]));
            if (!new BigDecimal(c[1]).equals(got)) {
                problems.add("rounding " + c[0] + " to the fen gives " + got + ", not " + c[1] + " (half up, 四舍五入)");
            }
        }
        return problems;
    }

    private static String describe(CurrencyUnit unit) {
        return Objects.toString(unit == null ? null : unit.getCurrencyCode() + "/" + unit.getDefaultFractionDigits());
    }
}
