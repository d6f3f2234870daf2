package dev.zhengce.policy.examples.ledger;

import dev.zhengce.policy.model.PolicyException;

/**
 * The ledger's database cannot be opened, cannot be migrated, or failed while settling a
 * claim. Nothing of the claim that failed is recorded (its transaction is rolled back);
 * {@link #field()} is {@code ledger} and {@link #value()} the database (its URL, without a
 * password). A claim refused for its facts (the same application id with other facts) is an
 * {@link dev.zhengce.policy.model.InvalidInputException} instead, as the
 * {@link dev.zhengce.policy.calc.Ledger} contract says.
 */
public final class LedgerException extends PolicyException {
    private static final long serialVersionUID = 1L;

    /**
     * Obtains an exception about a ledger's database.
     *
     * @param database the database, as its URL or product name
     * @param problem  what went wrong, in plain words
     * @param cause    the underlying cause, may be {@code null}
     */
    public LedgerException(String database, String problem, Throwable cause) {
        super("ledger", database, problem, cause);
    }
}
