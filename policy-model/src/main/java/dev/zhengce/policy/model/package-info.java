/**
 * The policy model: a notice ({@link dev.zhengce.policy.model.Notice}) with its plans, key tasks
 * and safeguard measures, milestones, targets, subsidy rules and responsible departments, every
 * number with the source sentence it comes from ({@link dev.zhengce.policy.model.Citation}).
 *
 * <p>Start with {@link dev.zhengce.policy.model.Catalog#read(java.io.InputStream)}, or with the bundled
 * notice, {@link dev.zhengce.policy.mengzhou.Mengzhou#catalog()}. All types are immutable
 * and safe to share between threads. No method accepts or returns {@code null}: absent values
 * are {@link java.util.Optional}, and a {@code null} argument is a
 * {@link java.lang.NullPointerException}. Money is a {@link javax.money.MonetaryAmount} in CNY
 * with at most two decimals ({@link dev.zhengce.policy.model.Cny}); rates and target values
 * are exact {@link java.math.BigDecimal}s. Bad data is an
 * {@link dev.zhengce.policy.model.InvalidDataException} that names the field.
 */
@PolicyStyle
package dev.zhengce.policy.model;
