/**
 * A picture of target attainment: {@link dev.zhengce.policy.examples.chart.ScorecardChart}
 * draws a scorecard as a PNG with JFreeChart — progress per target grouped by plan, coloured by
 * verdict, titled in Chinese or English.
 *
 * <p>Charts plot {@code double}s. The ratios are the library's exact {@code BigDecimal}s, capped
 * for display in {@code BigDecimal} and converted only to hand them to the plot; every number
 * written on the chart is formatted from the exact value. No money is computed here.
 */
package dev.zhengce.policy.examples.chart;
