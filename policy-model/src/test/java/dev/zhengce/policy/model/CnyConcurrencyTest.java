package dev.zhengce.policy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * {@link Cny#of(BigDecimal)} from many threads: each gets its own number back. (It once shared
 * one Moneta {@code MonetaryAmountFactory}, a mutable builder, and handed a caller another
 * thread's amount.)
 */
class CnyConcurrencyTest {
    @Test
    void eachThreadGetsTheAmountItAskedFor() {
        assertTimeoutPreemptively(
                Duration.ofMinutes(2),
                () -> { // a hang guard only
                    int threads = 8;
                    ExecutorService pool = Executors.newFixedThreadPool(threads);
                    try {
                        CountDownLatch start = new CountDownLatch(1);
                        List<Future<Integer>> wrong = new ArrayList<>();
                        for (int t = 0; t < threads; t++) {
                            long offset = t * 1_000_000L;
                            wrong.add(pool.submit(() -> {
                                start.await();
                                int bad = 0;
                                for (long i = 0; i < 200_000; i++) {
                                    BigDecimal asked = BigDecimal.valueOf(offset + i, 2);
                                    if (Cny.yuan("x", Cny.of(asked)).compareTo(asked) != 0) {
                                        bad++;
                                    }
                                }
                                return bad;
                            }));
                        }
                        start.countDown();
                        for (Future<Integer> f : wrong) {
                            assertEquals(0, f.get());
                        }
                    } finally {
                        pool.shutdownNow();
                    }
                });
    }
}
