package dev.zhengce.policy.model;

/** Over which years a target is measured. */
public enum Period {
    /** A level reached by the target year: 到2020年达到2家 (a stock, counted from the start). */
    BY_YEAR,
    /** What is done within the target year: 2018年，培育1个智能车间 (a flow of that year). */
    IN_YEAR,
    /** Every year from the first year through the target year: 每年, 每年滚动, 从2018年起每年. */
    EACH_YEAR,
    /** Summed over the years from the first year through the target year: 累计. */
    CUMULATIVE,
    /** Held in every year from the first year through the target year: 保持. */
    MAINTAIN;

    /** {@return whether the period is one year (BY_YEAR, IN_YEAR), not a span from a first year} */
    public boolean isSingleYear() {
        return this == BY_YEAR || this == IN_YEAR;
    }
}
