package dev.zhengce.policy.examples.bench;

import java.math.BigDecimal;

/** Refuses to benchmark implementations that do not compute the same amounts. */
final class Agreement {
    private Agreement() {}

    static void check(String what, BigDecimal sdk, BigDecimal... others) {
        for (BigDecimal other : others) {
            if (sdk.compareTo(other) != 0) {
                throw new IllegalStateException(what + ": the SDK computes " + sdk + ", a baseline " + other);
            }
        }
    }
}
