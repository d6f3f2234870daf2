package dev.zhengce.policy.examples.service;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The batches of the load run: 100 applications each, every one with an id never used before
 * (so that each is a fresh award, not a repeat), half intelligent-transformation subsidies, half
 * robot subsidies at a caller's rate, with amounts that vary by row.
 */
final class LoadBatches {
    static final int SIZE = 100;
    private static final AtomicLong NEXT = new AtomicLong();

    private LoadBatches() {}

    /** Returns the JSON of the next batch; {@code prefix} keeps runs and ledgers apart. */
    static String next(String prefix) {
        long batch = NEXT.incrementAndGet();
        StringBuilder b = new StringBuilder(SIZE * 170).append('[');
        for (int i = 0; i < SIZE; i++) {
            long k = batch * SIZE + i;
            if (i > 0) {
                b.append(',');
            }
            if (i % 2 == 0) {
                b.append("{\"id\":\"")
                        .append(prefix)
                        .append(k)
                        .append("\",\"rule\":\"intelligent-transformation-subsidy\",")
                        .append("\"costs\":{\"software-investment\":")
                        .append(1_000_000 + k % 9_000_000)
                        .append(".25,")
                        .append("\"hardware-investment\":")
                        .append(2_000_000 + k % 7_000_000)
                        .append("}}");
            } else {
                b.append("{\"id\":\"")
                        .append(prefix)
                        .append(k)
                        .append("\",\"rule\":\"robot-subsidy\",\"rate\":0.15,")
                        .append("\"costs\":{\"robot-purchase-fee\":")
                        .append(100_000 + k % 900_000)
                        .append(".05,")
                        .append("\"robot-lease-fee\":0}}");
            }
        }
        return b.append(']').toString();
    }
}
