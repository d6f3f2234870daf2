/**
 * The command-line tool {@code zhengce}: subsidies for applications (JSON, CSV or an Excel
 * sheet, with what-if overrides, and against a persistent ledger with {@code --ledger}), matching
 * an enterprise to the rules, target attainment over observations, the catalog, and what a ledger
 * recorded ({@code ledger show}). {@link dev.zhengce.policy.examples.cli.Zhengce} is the entry
 * point. Inputs of any length are read, computed and written a row at a time; every command
 * writes its output (a file, or standard output) only once it has succeeded, never half of it,
 * and exits 2 on bad input with a message naming the file, the row and the field — or, with
 * {@code --rejects}, writes the bad rows to a file and goes on.
 */
package dev.zhengce.policy.examples.cli;
