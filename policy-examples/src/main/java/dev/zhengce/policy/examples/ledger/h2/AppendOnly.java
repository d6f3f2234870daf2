package dev.zhengce.policy.examples.ledger.h2;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The H2 trigger that keeps the ledger append-only: it refuses every update and delete of a
 * row of {@code ledger_award} and {@code ledger_limit} (PostgreSQL has a trigger function of
 * its own). H2 loads it by name from the migration {@code db/ledger/h2/V2__append_only.sql}.
 */
public final class AppendOnly implements Trigger {
    private String table = "?";

    /** Obtains the trigger; H2 calls this. */
    public AppendOnly() {}

    /** Remembers the table, for the message. */
    @Override
    public void init(
            Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName;
    }

    /**
     * Refuses the change.
     *
     * @throws SQLException always (SQL state 23000, an integrity constraint violation)
     */
    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(
                "the ledger is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " on " + table + " refused",
                "23000");
    }
}
