package dev.zhengce.policy.examples.cli;

import dev.zhengce.policy.calc.Ledger;
import dev.zhengce.policy.examples.ledger.JdbcLedger;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Option;

/**
 * {@code --ledger URL} of {@code zhengce subsidy}: the batch's awards are settled in a
 * persistent ledger ({@link JdbcLedger}), so that yearly caps and once-only awards hold across
 * monthly batches; without it, in a new ledger in memory, for this batch only. Also the
 * connection options that {@code zhengce ledger} shares.
 */
final class LedgerOption {
    /** Flyway reports every migration at INFO: standard error is for errors. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    @Option(
            names = "--ledger",
            paramLabel = "JDBC-URL",
            description = "Settle the awards in a persistent ledger and record them: jdbc:h2:./awards (an H2 file, "
                    + "created when absent) or jdbc:postgresql://host/db. Yearly caps and once-only awards then hold "
                    + "across batches; a rerun pays nothing twice. Without it, a ledger in memory for this batch only.")
    String url;

    @Option(
            names = "--ledger-user",
            paramLabel = "USER",
            defaultValue = "${env:ZHENGCE_LEDGER_USER}",
            description = "The database user (default: $ZHENGCE_LEDGER_USER, else sa for H2).")
    String user;

    @Option(
            names = "--ledger-password",
            paramLabel = "PASSWORD",
            defaultValue = "${env:ZHENGCE_LEDGER_PASSWORD}",
            description = "The database password (default: $ZHENGCE_LEDGER_PASSWORD, else none); "
                    + "the variable keeps it out of the process list.")
    String password;

    @Option(
            names = "--recorded-by",
            paramLabel = "NAME",
            defaultValue = "${sys:user.name}",
            description = "Who records the awards in the ledger (default: the login name, ${DEFAULT-VALUE}).")
    String recordedBy;

    private JdbcLedger opened;

    /**
     * Returns the batch's ledger: the database's, opened (its schema created or migrated) when the
     * first award is settled, or a new one in memory.
     *
     * @param whatIf whether the batch is a what-if comparison, which a persistent ledger does not record
     * @return the ledger
     * @throws InputError if {@code --ledger} is given with a what-if, or the database cannot be opened
     */
    Ledger open(boolean whatIf) {
        if (url == null) {
            return Ledger.inMemory();
        }
        if (whatIf) {
            throw new InputError("--ledger records awards as paid; a what-if (--set) is a comparison, not a payment: "
                    + "give one or the other");
        }
        // opened when the first award is settled, so that a batch refused at its first row (bad
        // input read row by row) opens no database
        return new Ledger() {
            private Ledger ledger;

            private Ledger ledger() {
                if (ledger == null) {
                    opened = open(url, user, password);
                    ledger = opened.recordingAs(recordedBy);
                }
                return ledger;
            }

            @Override
            public dev.zhengce.policy.calc.Award settle(dev.zhengce.policy.calc.Claim claim) {
                return ledger().settle(claim);
            }

            @Override
            public java.util.List<dev.zhengce.policy.calc.Grant> grants(String recipient) {
                return ledger().grants(recipient);
            }
        };
    }

    /** Closes the database's ledger, if one was opened. */
    void close() {
        if (opened != null) {
            opened.close();
            opened = null;
        }
    }

    /**
     * Opens a ledger for the tool, with Flyway's progress messages kept off standard error.
     *
     * @throws dev.zhengce.policy.examples.ledger.LedgerException if it cannot be opened
     */
    static JdbcLedger open(String url, String user, String password) {
        FLYWAY_LOG.setLevel(Level.WARNING);
        return JdbcLedger.open(url, user, password);
    }
}
