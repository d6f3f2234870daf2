/**
 * Benchmarks (JMH) and measurement programs of the SDK, each beside its baselines: a
 * hand-written plain-{@link java.math.BigDecimal} implementation of the same rule (the limit
 * for exact arithmetic) and, for the record, the naive Moneta way. Built only with the Maven
 * profile {@code bench}; see the README, "Performance".
 */
package dev.zhengce.policy.examples.bench;
