package dev.zhengce.policy.model;

/** Over which years a target is measured. */
public enum Period {
    /** In (or by) the target year: 到2020年, 2017年. */
    BY_YEAR,
    /** Every year from the first year through the target year: 每年, 每年滚动, 从2018年起每年. */
    EACH_YEAR,
    /** Summed over the years from the first year through the target year: 累计. */
    CUMULATIVE,
    /** Held in every year from the first year through the target year: 保持. */
    MAINTAIN
}
