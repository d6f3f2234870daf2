/**
 * The command-line tool {@code zhengce}: subsidies for applications (JSON or CSV, with what-if
 * overrides, and against a persistent ledger with {@code --ledger}), matching an enterprise to
 * the rules, target attainment over observations, the catalog, and what a ledger recorded
 * ({@code ledger show}). {@link dev.zhengce.policy.examples.cli.Zhengce} is the entry point; every
 * command writes its output only once it has succeeded, and exits 2 on bad input with a
 * message naming the file, the row and the field.
 */
package dev.zhengce.policy.examples.cli;
