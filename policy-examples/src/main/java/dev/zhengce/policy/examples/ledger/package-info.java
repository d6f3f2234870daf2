/**
 * A persistent {@link dev.zhengce.policy.calc.Ledger} over plain JDBC: what each recipient was
 * granted, kept in H2 (an embedded file database, nothing to install) or PostgreSQL (by its
 * JDBC URL), so that yearly caps and once-only awards hold across batches, calls and
 * processes.
 *
 * <p>{@link dev.zhengce.policy.examples.ledger.JdbcLedger} opens a database and creates or
 * migrates its schema with Flyway (the scripts under {@code db/ledger}); its
 * {@link dev.zhengce.policy.examples.ledger.JdbcLedger#recordingAs recordingAs(who)} is the
 * ledger a {@link dev.zhengce.policy.calc.SubsidyCalculator} settles its claims in. Each claim is
 * one transaction that locks the row of its recipient limit, so two claims under one limit
 * never interleave; every settled award is kept as a
 * {@link dev.zhengce.policy.examples.ledger.LedgerRecord} with its provenance stamp and its
 * explanation in Chinese and English, in a table that is only ever appended to (the database
 * refuses updates and deletes).
 *
 * <p>Nothing here is {@code null}: absent values are {@link java.util.Optional} or empty.
 */
package dev.zhengce.policy.examples.ledger;
