package dev.zhengce.policy.examples.bench;

import dev.zhengce.policy.calc.Application;
import dev.zhengce.policy.calc.SubsidyCalculator;
import dev.zhengce.policy.mengzhou.Mengzhou;

/**
 * Cold start, the SDK's side: a fresh JVM loads the bundled catalog, computes one award and
 * prints its amount. Compared with {@link ColdStartBare} by {@code src/jmh/cold-start.sh}.
 */
public final class ColdStartSdk {
    private ColdStartSdk() {}

    /**
     * Computes and prints one award.
     *
     * @param args none
     */
    public static void main(String[] args) {
        Application a = Application.builder()
                .id("A-1")
                .rule("intelligent-transformation-subsidy")
                .cost("software-investment", "3000000.00")
                .cost("hardware-investment", "9500000.55")
                .build();
        System.out.println(SubsidyCalculator.of(Mengzhou.catalog())
                .award(a)
                .amount()
                .orElseThrow()
                .toPlainString());
    }
}
