package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The anomaly listener's rows in the PostgreSQL test database, read and seeded directly. */
final class AnomalyTables {

    private AnomalyTables() {
    }

    /** Each assessment a finding was raised or updated with counts once in its event count. */
    static long storedFindingEvents() {
        return queryLong("select coalesce(sum(event_count), 0) from ra_finding");
    }

    /**
     * A realm's saved state, or null. Hibernate writes the {@code @Lob} text through the driver's large-object
     * API on PostgreSQL, so the column may hold the large object's id instead of the text: then it is read.
     */
    static String snapshot(String realmId) {
        String stored = raw(realmId);
        return stored == null || !isLargeObjectId(stored) ? stored
                : queryText("select convert_from(lo_get(cast(? as oid)), 'UTF8')", stored);
    }

    /**
     * Another realm's learned state, copied for {@code realmId} as if this realm had learned it and the node
     * had restarted since ({@code SAVED_AT} 1). A large object is copied into a new one, as a save would write.
     */
    static void seedState(String realmId, String fromRealmId) throws SQLException {
        String value = isLargeObjectId(raw(fromRealmId))
                ? "cast(lo_from_bytea(0, lo_get(cast(snapshot as oid))) as text)" : "snapshot";
        try (Connection db = TestDatabase.postgres(); PreparedStatement insert = db.prepareStatement("insert into "
                + "ra_scorer_state (realm_id, model_version, snapshot, saved_at) select ?, model_version, " + value
                + ", 1 from ra_scorer_state where realm_id = ?")) {
            insert.setString(1, realmId);
            insert.setString(2, fromRealmId);
            assertEquals(1, insert.executeUpdate());
        }
    }

    private static String raw(String realmId) {
        return queryText("select snapshot from ra_scorer_state where realm_id = ?", realmId);
    }

    /** A Base64 snapshot is never a short run of digits. */
    private static boolean isLargeObjectId(String stored) {
        return stored != null && stored.length() < 12 && stored.chars().allMatch(Character::isDigit);
    }

    private static String queryText(String sql, String parameter) {
        try (Connection db = TestDatabase.postgres(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long savedAt(String realmId) {
        return queryLong("select saved_at from ra_scorer_state where realm_id = '" + realmId + "'");
    }

    private static long queryLong(String sql) {
        try (Connection db = TestDatabase.postgres(); Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getLong(1) : -1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
