package dev.zhengce.policy.examples.ledger;

import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.calc.Claim;
import dev.zhengce.policy.calc.Grant;
import dev.zhengce.policy.calc.Ledger;
import dev.zhengce.policy.model.InvalidInputException;
import dev.zhengce.policy.model.Language;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * A record of settled awards in a relational database, H2 or PostgreSQL, over plain JDBC: the
 * persistent side of the {@link Ledger} contract. {@link #open(DataSource)} or
 * {@link #open(String, String, String)} creates or migrates its two tables with Flyway;
 * {@link #recordingAs(String)} is the {@code Ledger} a calculator settles its claims in:
 *
 * <pre>{@code
 * try (JdbcLedger ledger = JdbcLedger.open("jdbc:h2:./awards", "sa", "")) {
 *     Award award = policy.subsidies().award(application, ledger.recordingAs("clerk-wang"));
 *     ledger.records("center-y").forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>{@link Ledger#settleAll} settles a batch of claims in one transaction, so that a batch
 * costs one commit (the service's {@code POST /awards} settles its batch so): its limits are
 * locked in the order of their keys, so that two batches never deadlock, and every claim is
 * decided in order against the grants before it, the batch's own included; all of the batch is
 * recorded, or none.
 *
 * <p>{@link Ledger#settle} settles one claim in one transaction, read committed (a data source whose connections
 * come at another level, as found when the ledger is opened, is set to it for the claim and
 * back): it locks the row of its
 * recipient limit in {@code ledger_limit} ({@code SELECT … FOR UPDATE}, the row inserted the
 * first time; two first claims racing to insert it are retried), so that two claims under one
 * limit never interleave and never pay more than a cap in total; claims under different limits
 * run side by side. A transaction that meets a lock timeout, a deadlock, a serialization
 * failure or a lost connection is rolled back and tried again, up to 30 times. Every decided
 * award (payable or not eligible, with or without a limit) is appended to {@code ledger_award}
 * with who recorded it, when, the provenance stamp and the explanation in both languages; an
 * undetermined award records nothing. The database refuses updates and deletes of both tables
 * (a PostgreSQL trigger function; on H2 a trigger class).
 *
 * <p>The schema's history is kept in its own Flyway table, {@code ledger_schema_history}, so
 * that the ledger can share a database (and its default schema) with an application that
 * runs Flyway migrations of its own.
 *
 * <p>Safe for use by several threads, and by several processes on one database (PostgreSQL, or
 * an H2 server).
 */
public final class JdbcLedger implements AutoCloseable {
    /** The provenance stamp's fields, as {@link dev.zhengce.policy.calc.Provenance#asMap()} names them, and their columns. */
    static final Map<String, String> PROVENANCE = provenanceColumns();

    private static final int ATTEMPTS = 30;
    /** Flyway's progress messages go to java.util.logging; kept off standard error unless the application set a level. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    private static final String COLUMNS =
            "seq, application_id, fingerprint, recipient, rule_id, limit_key, status, amount,"
                    + " award_year, recorded_by, recorded_at, notice, catalog_version, catalog_sha256, sdk_version, overrides,"
                    + " explanation_zh, explanation_en";
    private static final String BY_APPLICATION = "SELECT " + COLUMNS + " FROM ledger_award WHERE application_id = ?";
    private static final String BY_RECIPIENT =
            "SELECT " + COLUMNS + " FROM ledger_award WHERE recipient = ? ORDER BY seq";
    /** What a {@link Grant} holds: the columns read for the grants under a limit. */
    private static final String GRANT_COLUMNS =
            "application_id, fingerprint, recipient, rule_id, limit_key, status, amount";

    private static final String UNDER_LIMIT =
            "SELECT " + GRANT_COLUMNS + " FROM ledger_award WHERE limit_key = ?" + " AND seq < ? ORDER BY seq";
    private static final String LOCK_LIMIT = "SELECT limit_key FROM ledger_limit WHERE limit_key = ? FOR UPDATE";
    private static final String NEW_LIMIT = "INSERT INTO ledger_limit (limit_key) VALUES (?)";
    private static final String APPEND = "INSERT INTO ledger_award (application_id, fingerprint, recipient, rule_id,"
            + " limit_key, status, amount, award_year, recorded_by, notice, catalog_version, catalog_sha256,"
            + " sdk_version, overrides, explanation_zh, explanation_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final String database;
    private final DriverDataSource owned;
    /** Whether the data source's connections come read committed (asking each costs PostgreSQL a round trip). */
    private final boolean readCommitted;

    private JdbcLedger(DataSource dataSource, String database, DriverDataSource owned, boolean readCommitted) {
        this.dataSource = dataSource;
        this.database = database;
        this.owned = owned;
        this.readCommitted = readCommitted;
    }

    /**
     * Opens the ledger in a database the caller provides connections to (a pool, Spring's
     * {@code DataSource}), creating or migrating its schema first. Closing the ledger leaves the
     * data source open: it is the caller's.
     *
     * @param dataSource the database: H2 or PostgreSQL
     * @return the ledger
     * @throws LedgerException if the database cannot be reached, is neither H2 nor PostgreSQL,
     *         or its schema cannot be migrated
     */
    public static JdbcLedger open(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return migrate(dataSource, null, null);
    }

    /**
     * Opens the ledger in the database at a JDBC URL, creating or migrating its schema first:
     * {@code jdbc:h2:./awards} (an H2 file, created when absent; H2's default user {@code sa}
     * with an empty password) or {@code jdbc:postgresql://host/db}. The ledger keeps a few idle
     * connections for the next claims; {@link #close()} closes them.
     *
     * @param jdbcUrl  the URL
     * @param user     the user, or {@code null} for the driver's default ({@code sa} for H2)
     * @param password the password, or {@code null} for none
     * @return the ledger
     * @throws LedgerException if the URL is not a JDBC URL, the database cannot be reached or
     *         opened, is neither H2 nor PostgreSQL, or its schema cannot be migrated
     */
    public static JdbcLedger open(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:")) {
            throw new LedgerException(
                    jdbcUrl,
                    "not a JDBC URL; for example jdbc:h2:./awards or " + "jdbc:postgresql://localhost/awards",
                    null);
        }
        boolean h2 = jdbcUrl.startsWith("jdbc:h2:");
        DriverDataSource source =
                new DriverDataSource(jdbcUrl, user == null && h2 ? "sa" : user, password == null && h2 ? "" : password);
        try {
            return migrate(source, jdbcUrl, source);
        } catch (RuntimeException | Error e) {
            source.close();
            throw e;
        }
    }

    private static JdbcLedger migrate(DataSource dataSource, String url, DriverDataSource owned) {
        String database = url;
        String vendor;
        boolean readCommitted;
        try (Connection c = dataSource.getConnection()) {
            readCommitted = c.getTransactionIsolation() == Connection.TRANSACTION_READ_COMMITTED;
            DatabaseMetaData meta = c.getMetaData();
            if (database == null) {
                database = meta.getURL();
            }
            String product = meta.getDatabaseProductName();
            if ("H2".equals(product)) {
                vendor = "h2";
            } else if ("PostgreSQL".equals(product)) {
                vendor = "postgresql";
            } else {
                throw new LedgerException(
                        database, "the ledger keeps its records in H2 or PostgreSQL, not in " + product, null);
            }
        } catch (SQLException e) {
            throw new LedgerException(
                    database == null ? "(data source)" : database, "cannot open the database: " + message(e), e);
        }
        if (FLYWAY_LOG.getLevel() == null) {
            FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
        }
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/ledger/common", "classpath:db/ledger/" + vendor)
                    .table("ledger_schema_history")
                    // a database that holds other tables already: the ledger's history starts at 0
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new LedgerException(database, "cannot create or migrate the ledger's tables: " + e.getMessage(), e);
        }
        return new JdbcLedger(dataSource, database, owned, readCommitted);
    }

    /**
     * Obtains the {@link Ledger} that settles claims in this database, recording who settled
     * them: the ledger of a clerk, a batch job or a service.
     *
     * @param who who records: non-blank, at most 200 characters
     * @return the ledger
     * @throws InvalidInputException if {@code who} is blank or too long
     */
    public Ledger recordingAs(String who) {
        Objects.requireNonNull(who, "who");
        if (who.isBlank() || who.length() > 200) {
            throw new InvalidInputException("recordedBy", who, "must be non-blank text of at most 200 characters");
        }
        return new Clerk(who);
    }

    /**
     * Returns every record of a recipient, in the order recorded.
     *
     * @param recipient the recipient (the applicant, or the application id where none was named)
     * @return the records, every stored field
     * @throws LedgerException if the database fails
     */
    public List<LedgerRecord> records(String recipient) {
        Objects.requireNonNull(recipient, "recipient");
        return read(BY_RECIPIENT, recipient);
    }

    /**
     * Returns the record of one application, if it was settled.
     *
     * @param application the application id
     * @return the record, or empty
     * @throws LedgerException if the database fails
     */
    public Optional<LedgerRecord> record(String application) {
        Objects.requireNonNull(application, "application");
        List<LedgerRecord> found = read(BY_APPLICATION, application);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private List<LedgerRecord> read(String sql, String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            return records(s);
        } catch (SQLException e) {
            throw new LedgerException(database, "cannot read the ledger: " + message(e), e);
        }
    }

    /** Closes the connections the ledger opened itself; a caller's data source stays open. */
    @Override
    public void close() {
        if (owned != null) {
            owned.close();
        }
    }

    /** Returns {@code JdbcLedger[database]}. */
    @Override
    public String toString() {
        return "JdbcLedger[" + database + "]";
    }

    /** Work done in one transaction of the ledger. */
    @FunctionalInterface
    private interface Work<T> {
        T in(Connection c) throws SQLException;
    }

    /**
     * Does work in one read-committed transaction, tried again (from the start, in a new
     * transaction) after a transient failure.
     *
     * @param what what is settled, for messages: "application A-1", "applications A-1 … A-9"
     */
    private <T> T transaction(String what, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            T committed = null;
            try (Connection c = dataSource.getConnection()) {
                // the lock orders claims only if each reads what the one before committed: a pool
                // whose connections come at another level is set to read committed, and back
                int isolation = readCommitted ? Connection.TRANSACTION_READ_COMMITTED : c.getTransactionIsolation();
                boolean autoCommit = c.getAutoCommit();
                if (isolation != Connection.TRANSACTION_READ_COMMITTED) {
                    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                }
                c.setAutoCommit(false);
                try {
                    T done = work.in(c);
                    c.commit();
                    committed = done;
                } catch (SQLException | RuntimeException | Error e) {
                    try {
                        c.rollback();
                    } catch (SQLException r) {
                        e.addSuppressed(r);
                    }
                    throw e;
                } finally {
                    c.setAutoCommit(autoCommit);
                    if (isolation != Connection.TRANSACTION_READ_COMMITTED) {
                        c.setTransactionIsolation(isolation);
                    }
                }
            } catch (SQLException e) {
                if (committed != null) {
                    // the connection failed after the commit, while being put back: the awards stand
                    return committed;
                }
                if (attempt >= ATTEMPTS || !transientFailure(e)) {
                    throw new LedgerException(
                            database,
                            "cannot settle " + what + (attempt > 1 ? " (" + attempt + " attempts)" : "") + ": "
                                    + message(e) + "; settling it again is safe, a retry pays nothing twice",
                            e);
                }
                pause(attempt, what);
                continue;
            }
            return committed;
        }
    }

    private Award settle(Claim claim, String who) {
        return transaction("application " + claim.application().id(), c -> settle(c, claim, who));
    }

    private List<Award> settleAll(List<Claim> claims, String who) {
        if (claims.isEmpty()) {
            return List.of();
        }
        String what = claims.size() == 1
                ? "application " + claims.get(0).application().id()
                : claims.size() + " applications, "
                        + claims.get(0).application().id() + " to "
                        + claims.get(claims.size() - 1).application().id();
        return transaction(what, c -> settleAll(c, claims, who));
    }

    /**
     * Settles a batch in one transaction: what was settled before is read in one query; the
     * limits of the new claims are locked in the order of their keys (two batches lock theirs in
     * the same order, so they never deadlock) and their grants read once; then each claim is
     * decided in order against the grants before it, the batch's own included, and its record
     * appended in one JDBC batch.
     */
    private List<Award> settleAll(Connection c, List<Claim> claims, String who) throws SQLException {
        Map<String, LedgerRecord> before = settled(c, claims);
        java.util.TreeMap<String, List<Grant>> limits = new java.util.TreeMap<>();
        for (Claim claim : claims) {
            if (!before.containsKey(claim.application().id())) {
                claim.limit().ifPresent(l -> limits.put(l, null));
            }
        }
        lockAll(c, limits.navigableKeySet());
        grantsUnder(c, limits);
        /* the claims of this batch already decided, by id: the claim and how many grants its limit had before it */
        Map<String, Map.Entry<Claim, Integer>> decided = new java.util.HashMap<>();
        List<Award> awards = new ArrayList<>(claims.size());
        try (PreparedStatement append = c.prepareStatement(APPEND)) {
            for (int i = 0; i < claims.size(); i++) {
                Claim claim = claims.get(i);
                String id = claim.application().id();
                LedgerRecord earlier = before.get(id);
                Map.Entry<Claim, Integer> first = decided.get(id);
                Award award;
                if (earlier != null) {
                    try {
                        award = retry(c, claim, earlier);
                    } catch (InvalidInputException e) {
                        throw InvalidInputException.inRow(i, e);
                    }
                } else if (first != null) {
                    if (!first.getKey().fingerprint().equals(claim.fingerprint())) {
                        throw new InvalidInputException(
                                "[" + i + "].id",
                                id,
                                "this application id is settled earlier in the same batch with other facts ("
                                        + first.getKey().rule() + " for "
                                        + first.getKey().recipient()
                                        + "); a new application needs a new id");
                    }
                    List<Grant> under = claim.limit().map(limits::get).orElse(List.of());
                    award = claim.replay(List.copyOf(under.subList(0, first.getValue())));
                } else {
                    List<Grant> under = claim.limit().map(limits::get).orElse(null);
                    award = claim.decide(under == null ? List.of() : List.copyOf(under));
                    if (award.status() != Award.Status.UNDETERMINED) {
                        Grant grant = claim.grant(award);
                        add(append, claim, grant, award, who);
                        append.addBatch();
                        decided.put(id, Map.entry(claim, under == null ? 0 : under.size()));
                        if (under != null) {
                            under.add(grant);
                        }
                    }
                }
                awards.add(award);
            }
            if (!decided.isEmpty()) {
                append.executeBatch();
            }
        }
        return awards;
    }

    /**
     * Locks the rows of limits, inserting those that are new, in the order of their keys: the
     * existing ones a hundred at a time ({@code SELECT … ORDER BY limit_key FOR UPDATE}), then
     * the new ones in one JDBC batch (a claim racing to insert the same row fails on the key and
     * its transaction is tried again).
     */
    private static void lockAll(Connection c, java.util.SortedSet<String> limits) throws SQLException {
        List<String> keys = new ArrayList<>(limits);
        java.util.Set<String> found = new java.util.HashSet<>();
        for (int from = 0; from < keys.size(); from += 100) {
            List<String> some = keys.subList(from, Math.min(keys.size(), from + 100));
            try (PreparedStatement s = c.prepareStatement("SELECT limit_key FROM ledger_limit WHERE limit_key IN ("
                    + marks(some.size()) + ") ORDER BY limit_key FOR UPDATE")) {
                for (int i = 0; i < some.size(); i++) {
                    s.setString(i + 1, some.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(r.getString(1));
                    }
                }
            }
        }
        if (found.size() < keys.size()) {
            try (PreparedStatement s = c.prepareStatement(NEW_LIMIT)) {
                for (String key : keys) {
                    if (!found.contains(key)) {
                        s.setString(1, key);
                        s.addBatch();
                    }
                }
                s.executeBatch();
            }
        }
    }

    /** Reads the grants under each limit of the map, in the order recorded, into the map: a hundred limits a query. */
    private static void grantsUnder(Connection c, Map<String, List<Grant>> limits) throws SQLException {
        List<String> keys = new ArrayList<>(limits.keySet());
        for (String key : keys) {
            limits.put(key, new ArrayList<>(2));
        }
        for (int from = 0; from < keys.size(); from += 100) {
            List<String> some = keys.subList(from, Math.min(keys.size(), from + 100));
            try (PreparedStatement s = c.prepareStatement("SELECT " + GRANT_COLUMNS
                    + " FROM ledger_award WHERE limit_key IN (" + marks(some.size()) + ") ORDER BY seq")) {
                for (int i = 0; i < some.size(); i++) {
                    s.setString(i + 1, some.get(i));
                }
                for (Grant g : grants(s)) {
                    limits.get(g.limit().orElseThrow()).add(g);
                }
            }
        }
    }

    /** Reads grants from the rows of a query of {@link #GRANT_COLUMNS}. */
    private static List<Grant> grants(PreparedStatement s) throws SQLException {
        List<Grant> grants = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                grants.add(Grant.of(
                        r.getString(1),
                        r.getString(3),
                        r.getString(4),
                        Optional.ofNullable(r.getString(5)),
                        Award.Status.valueOf(r.getString(6)),
                        r.getBigDecimal(7).setScale(2, RoundingMode.UNNECESSARY),
                        r.getString(2)));
            }
        }
        return grants;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** The records of the claims' applications settled before, by application id, read in one query a hundred ids at a time. */
    private static Map<String, LedgerRecord> settled(Connection c, List<Claim> claims) throws SQLException {
        List<String> ids = new ArrayList<>(new java.util.LinkedHashSet<>(
                claims.stream().map(claim -> claim.application().id()).toList()));
        Map<String, LedgerRecord> found = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += 100) {
            List<String> some = ids.subList(from, Math.min(ids.size(), from + 100));
            String sql =
                    "SELECT " + COLUMNS + " FROM ledger_award WHERE application_id IN (" + marks(some.size()) + ")";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < some.size(); i++) {
                    s.setString(i + 1, some.get(i));
                }
                for (LedgerRecord r : records(s)) {
                    found.put(r.application(), r);
                }
            }
        }
        return found;
    }

    private Award settle(Connection c, Claim claim, String who) throws SQLException {
        String id = claim.application().id();
        LedgerRecord before = first(c, BY_APPLICATION, id);
        if (before != null) {
            return retry(c, claim, before);
        }
        String limit = claim.limit().orElse(null);
        List<Grant> earlier = List.of();
        if (limit != null) {
            lock(c, limit);
            earlier = grants(c, limit, Long.MAX_VALUE);
        }
        Award award = claim.decide(earlier);
        if (award.status() != Award.Status.UNDETERMINED) {
            append(c, claim, claim.grant(award), award, who);
        }
        return award;
    }

    /** The same application again: the same award, as a repeat, if its facts are the same, else a refusal naming it. */
    private Award retry(Connection c, Claim claim, LedgerRecord before) throws SQLException {
        if (!before.fingerprint().equals(claim.fingerprint())) {
            throw new InvalidInputException(
                    "id",
                    before.application(),
                    "this application id was settled before with"
                            + " other facts (" + before.rule() + " for " + before.recipient() + ", recorded by "
                            + before.recordedBy() + " at " + before.recordedAt()
                            + "); a new application needs a new id");
        }
        List<Grant> earlier =
                before.limit().isPresent() ? grants(c, before.limit().get(), before.seq()) : List.of();
        return claim.replay(earlier);
    }

    private static void lock(Connection c, String limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(LOCK_LIMIT)) {
            s.setString(1, limit);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    return;
                }
            }
        }
        // the first claim under this limit: its row is new, and locked by this transaction until
        // it ends; a claim racing to insert the same row fails on the key and is tried again
        try (PreparedStatement s = c.prepareStatement(NEW_LIMIT)) {
            s.setString(1, limit);
            s.executeUpdate();
        }
    }

    private static List<Grant> grants(Connection c, String limit, long before) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(UNDER_LIMIT)) {
            s.setString(1, limit);
            s.setLong(2, before);
            return grants(s);
        }
    }

    private static void append(Connection c, Claim claim, Grant grant, Award award, String who) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(APPEND)) {
            add(s, claim, grant, award, who);
            s.executeUpdate();
        }
    }

    /** Sets the parameters of {@link #APPEND} to a decided award's record. */
    private static void add(PreparedStatement s, Claim claim, Grant grant, Award award, String who)
            throws SQLException {
        Map<String, String> stamp = award.provenance().asMap();
        if (!stamp.keySet().equals(PROVENANCE.keySet())) {
            throw new IllegalStateException("the provenance stamp has the fields " + stamp.keySet()
                    + ", the ledger's table " + PROVENANCE.keySet() + ": a migration is missing");
        }
        int i = 0;
        s.setString(++i, grant.application());
        s.setString(++i, grant.fingerprint());
        s.setString(++i, grant.recipient());
        s.setString(++i, grant.rule());
        s.setString(++i, grant.limit().orElse(null));
        s.setString(++i, grant.status().name());
        s.setBigDecimal(++i, grant.amount());
        Optional<Integer> year = claim.application().year();
        if (year.isPresent()) {
            s.setInt(++i, year.get());
        } else {
            s.setNull(++i, Types.INTEGER);
        }
        s.setString(++i, who);
        for (String field : PROVENANCE.keySet()) {
            s.setString(++i, stamp.get(field));
        }
        s.setString(++i, award.explain(Language.ZH));
        s.setString(++i, award.explain(Language.EN));
    }

    private static LedgerRecord first(Connection c, String sql, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            List<LedgerRecord> found = records(s);
            return found.isEmpty() ? null : found.get(0);
        }
    }

    private static List<LedgerRecord> records(PreparedStatement s) throws SQLException {
        List<LedgerRecord> records = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Map<String, String> provenance = new LinkedHashMap<>();
                for (Map.Entry<String, String> e : PROVENANCE.entrySet()) {
                    provenance.put(e.getKey(), r.getString(e.getValue()));
                }
                int year = r.getInt("award_year");
                Optional<Integer> awardYear = r.wasNull() ? Optional.empty() : Optional.of(year);
                records.add(new LedgerRecord(
                        r.getLong("seq"),
                        r.getString("application_id"),
                        r.getString("fingerprint"),
                        r.getString("recipient"),
                        r.getString("rule_id"),
                        Optional.ofNullable(r.getString("limit_key")),
                        Award.Status.valueOf(r.getString("status")),
                        r.getBigDecimal("amount").setScale(2, RoundingMode.UNNECESSARY),
                        awardYear,
                        r.getString("recorded_by"),
                        r.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                        provenance,
                        r.getString("explanation_zh"),
                        r.getString("explanation_en")));
            }
        }
        return records;
    }

    /**
     * Returns whether a failed transaction may succeed when tried again: a key inserted by a
     * concurrent claim (the limit's row, the same application), a lock timeout, a deadlock, a
     * serialization failure, a lost connection.
     */
    private static boolean transientFailure(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                String state = ((SQLException) t).getSQLState();
                if (state != null
                        && (state.equals("23505")
                                || state.equals("40001")
                                || state.equals("40P01")
                                || state.equals("55P03")
                                || state.equals("HYT00")
                                || state.equals("90131")
                                || state.startsWith("08"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private void pause(int attempt, String what) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 1 + Math.min(200, 5L * attempt)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerException(
                    database, "interrupted while settling " + what + "; nothing of it was recorded", e);
        }
    }

    private static String message(SQLException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        // H2 appends the SQL and its error code on further lines: the first line says it
        int line = m.indexOf('\n');
        return (line < 0 ? m : m.substring(0, line)).strip()
                + (e.getSQLState() == null ? "" : " (SQL state " + e.getSQLState() + ")");
    }

    private static Map<String, String> provenanceColumns() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("notice", "notice");
        m.put("catalogVersion", "catalog_version");
        m.put("catalogSha256", "catalog_sha256");
        m.put("sdkVersion", "sdk_version");
        m.put("overrides", "overrides");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The {@link Ledger} of one who records: settles claims in this database. */
    private final class Clerk implements Ledger {
        private final String who;

        Clerk(String who) {
            this.who = who;
        }

        @Override
        public Award settle(Claim claim) {
            return JdbcLedger.this.settle(Objects.requireNonNull(claim, "claim"), who);
        }

        /** Settles the claims in one transaction: all of them are recorded, or none. */
        @Override
        public List<Award> settleAll(List<Claim> claims) {
            for (Claim claim : claims) {
                Objects.requireNonNull(claim, "claim");
            }
            return JdbcLedger.this.settleAll(claims, who);
        }

        @Override
        public List<Grant> grants(String recipient) {
            List<Grant> grants = new ArrayList<>();
            for (LedgerRecord r : records(recipient)) {
                grants.add(r.grant());
            }
            return grants;
        }

        @Override
        public String toString() {
            return "JdbcLedger[" + database + "] recording as " + who;
        }
    }
}
