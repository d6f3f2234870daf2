/**
 * What the JDBC ledger puts into an H2 database itself: the trigger class that keeps its tables
 * append-only. Not part of the ledger's API: H2 loads the class by the name the migration gives.
 */
package dev.zhengce.policy.examples.ledger.h2;
