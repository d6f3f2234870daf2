package dev.zhengce.policy.examples.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger contract on H2 file databases, in process, and what is particular to H2. */
class H2LedgerTest extends LedgerContract {
    private static final AtomicInteger NEXT = new AtomicInteger();

    @TempDir
    Path dir;

    @Override
    Databases.Database database() {
        return Databases.h2(dir, "ledger-" + NEXT.incrementAndGet());
    }

    /** Without it, commits of the last half second are lost when the process is killed (LedgerDurabilityTest). */
    @Test
    void everyCommitIsWrittenAtOnceAlsoAfterTheDatabaseIsOpenedAgain() throws Exception {
        Databases.Database db = database();
        db.open().close();
        db.open().close();
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                        + " WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            assertTrue(r.next());
            assertEquals("0", r.getString(1));
        }
    }

    @Test
    void aMissingDirectoryOrAWrongUrlIsALedgerErrorNamingTheDatabase() {
        String url = "jdbc:h2:" + dir.resolve("no-such-dir").resolve("x").toAbsolutePath() + ";IFEXISTS=TRUE";
        LedgerException e = assertThrows(LedgerException.class, () -> JdbcLedger.open(url, "sa", ""));
        assertTrue(e.getMessage().contains(url), e.getMessage());
        assertTrue(e.getMessage().contains("cannot open the database"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("no-such-dir")), "nothing written");
        LedgerException notJdbc = assertThrows(LedgerException.class, () -> JdbcLedger.open("awards.db", null, null));
        assertTrue(notJdbc.getMessage().contains("not a JDBC URL"), notJdbc.getMessage());
        LedgerException noDriver =
                assertThrows(LedgerException.class, () -> JdbcLedger.open("jdbc:nosuchdb:x", null, null));
        assertTrue(noDriver.getMessage().contains("jdbc:nosuchdb:x"), noDriver.getMessage());
    }

    @Test
    void aWrongPasswordIsALedgerError() {
        Databases.Database db = database();
        db.open().close();
        LedgerException e = assertThrows(LedgerException.class, () -> JdbcLedger.open(db.url(), "sa", "wrong"));
        assertTrue(e.getMessage().contains("cannot open the database"), e.getMessage());
    }
}
