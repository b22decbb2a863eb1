package io.runtimeaccess.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Gives each test run an empty database on the machine's PostgreSQL or MariaDB, chosen by the system
 * property {@code runtimeaccess.it.db} (h2, postgres, mariadb) that each Failsafe execution sets.
 * Keycloak is then pointed at it through the test framework's remote-database settings.
 */
final class TestDatabase {

    static final String NAME = "runtime_access_it";

    private static final AtomicBoolean PREPARED = new AtomicBoolean();

    private TestDatabase() {
    }

    static String vendor() {
        return System.getProperty("runtimeaccess.it.db", "h2");
    }

    /**
     * Empties the database once per test JVM. The framework calls the server configuration for every
     * test class to decide whether the running server can be reused, so this must not repeat.
     */
    static void recreateOnce() {
        if (PREPARED.compareAndSet(false, true)) {
            recreate();
        }
    }

    private static void recreate() {
        switch (vendor()) {
            case "postgres":
                run("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "postgres",
                        "DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)",
                        "CREATE DATABASE " + NAME);
                break;
            case "mariadb":
                run("jdbc:mariadb://127.0.0.1:3306/", "root", "",
                        "DROP DATABASE IF EXISTS " + NAME,
                        "CREATE DATABASE " + NAME + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
                        "CREATE USER IF NOT EXISTS '" + NAME + "'@'localhost' IDENTIFIED BY '" + NAME + "'",
                        "CREATE USER IF NOT EXISTS '" + NAME + "'@'127.0.0.1' IDENTIFIED BY '" + NAME + "'",
                        "GRANT ALL PRIVILEGES ON " + NAME + ".* TO '" + NAME + "'@'localhost'",
                        "GRANT ALL PRIVILEGES ON " + NAME + ".* TO '" + NAME + "'@'127.0.0.1'");
                break;
            default:
                break;
        }
    }

    /** A connection to the PostgreSQL test database, for tests that look at or hold rows directly. */
    static Connection postgres() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + NAME, "postgres", "postgres");
    }

    /**
     * A connection to the test database of this run, for tests that look at storage directly; null on
     * H2, which the embedded server holds open.
     */
    static Connection current() throws SQLException {
        switch (vendor()) {
            case "postgres":
                return postgres();
            case "mariadb":
                return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/" + NAME, "root", "");
            default:
                return null;
        }
    }

    /**
     * Writes one of Keycloak's stored LOGIN events for the user at {@code time}, as a sign-in before the extension
     * was installed left it.
     */
    static void storedLogin(Connection db, String realmId, String userId, long time) throws SQLException {
        try (PreparedStatement login = db.prepareStatement("INSERT INTO EVENT_ENTITY (ID, EVENT_TIME, TYPE, REALM_ID,"
                + " USER_ID) VALUES (?, ?, 'LOGIN', ?, ?)")) {
            login.setString(1, java.util.UUID.randomUUID().toString());
            login.setLong(2, time);
            login.setString(3, realmId);
            login.setString(4, userId);
            if (login.executeUpdate() != 1) {
                throw new SQLException("the LOGIN event was not written");
            }
        }
    }

    /**
     * A connection of this run's database that holds one row locked ({@code SELECT … FOR UPDATE}) until it commits,
     * as another transaction committing at that moment would; null on H2, which the embedded server holds open.
     */
    static Connection holdingRow(String table, String keyColumn, String key) throws SQLException {
        Connection db = current();
        if (db == null) {
            return null;
        }
        db.setAutoCommit(false);
        try (PreparedStatement hold = db.prepareStatement("SELECT " + keyColumn + " FROM " + table + " WHERE "
                + keyColumn + " = ? FOR UPDATE")) {
            hold.setString(1, key);
            hold.executeQuery().close();
        }
        return db;
    }

    /**
     * A connection of this run's database that has inserted one row and holds it uncommitted, as another request
     * inserting the same key at that moment would: an insert of that key waits until it commits. Null on H2.
     */
    static Connection holdingNewRow(String table, Map<String, Object> columns) throws SQLException {
        Connection db = current();
        if (db == null) {
            return null;
        }
        db.setAutoCommit(false);
        List<Map.Entry<String, Object>> entries = List.copyOf(columns.entrySet());
        String names = String.join(", ", entries.stream().map(Map.Entry::getKey).toList());
        String marks = String.join(", ", Collections.nCopies(entries.size(), "?"));
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + table + " (" + names + ") VALUES ("
                + marks + ")")) {
            for (int i = 0; i < entries.size(); i++) {
                insert.setObject(i + 1, entries.get(i).getValue());
            }
            insert.executeUpdate();
        }
        return db;
    }

    /**
     * A PostgreSQL connection that lets others read {@code table} (locking reads too) but holds every insert, update
     * and delete of it until it commits ({@code LOCK TABLE … IN SHARE MODE}): requests racing each other all stop
     * at their first write, so a test can release them together.
     */
    static Connection holdingWritesTo(String table) throws SQLException {
        return holdingTable(table, "SHARE");
    }

    /**
     * A PostgreSQL connection that holds {@code table} whole, plain reads included ({@code LOCK TABLE … IN ACCESS
     * EXCLUSIVE MODE}): a background task stops at its first statement on it until the test commits.
     */
    static Connection holdingAllOf(String table) throws SQLException {
        return holdingTable(table, "ACCESS EXCLUSIVE");
    }

    private static Connection holdingTable(String table, String mode) throws SQLException {
        Connection db = postgres();
        db.setAutoCommit(false);
        try (Statement lock = db.createStatement()) {
            lock.execute("LOCK TABLE " + table + " IN " + mode + " MODE");
        }
        return db;
    }

    /**
     * Waits until some transaction of this run's database waits for a row lock (a request blocked behind what a test
     * holds), at most 20 seconds, so that a test commits the row only once the request is behind it.
     */
    static void awaitLockWaiter() throws SQLException, InterruptedException {
        awaitLockWaiters(1);
    }

    /** {@link #awaitLockWaiter} for {@code count} transactions waiting at once. */
    static void awaitLockWaiters(int count) throws SQLException, InterruptedException {
        String waiting = switch (vendor()) {
            case "postgres" -> "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                    + " AND datname = current_database()";
            case "mariadb" -> "SELECT count(*) FROM information_schema.INNODB_LOCK_WAITS";
            default -> throw new IllegalStateException("no lock waits to see on " + vendor());
        };
        // a connection of its own: a statistics view read inside a transaction keeps its first answer
        try (Connection watcher = current(); Statement statement = watcher.createStatement()) {
            for (int attempt = 0; attempt < 200; attempt++) {
                try (var rows = statement.executeQuery(waiting)) {
                    if (rows.next() && rows.getInt(1) >= count) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("not " + count + " request(s) waited for the held row within 20 seconds");
    }

    /**
     * Waits until a transaction waits for a lock in a statement holding every fragment (any case), at most 20 seconds.
     * Unlike {@link #awaitLockWaiters}, a background task that a whole-table hold stops too (the expiry sweeps run
     * every second here) is not taken for the request a test started. PostgreSQL only.
     */
    static void awaitWaitingStatement(String... fragments) throws SQLException, InterruptedException {
        try (Connection watcher = postgres(); Statement statement = watcher.createStatement()) {
            for (int attempt = 0; attempt < 200; attempt++) {
                try (var rows = statement.executeQuery("SELECT query FROM pg_stat_activity"
                        + " WHERE wait_event_type = 'Lock' AND datname = current_database()")) {
                    while (rows.next()) {
                        String waiting = rows.getString(1).toLowerCase(Locale.ROOT);
                        if (Arrays.stream(fragments).allMatch(f -> waiting.contains(f.toLowerCase(Locale.ROOT)))) {
                            return;
                        }
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("no statement with " + String.join(", ", fragments) + " waited within 20 seconds");
    }

    private static void run(String url, String user, String password, String... statements) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the " + vendor() + " test database at " + url
                    + " (is the server running? .ci/run starts it)", e);
        }
    }
}
