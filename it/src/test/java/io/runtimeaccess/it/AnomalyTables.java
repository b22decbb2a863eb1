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

    static String snapshot(String realmId) {
        try (Connection db = TestDatabase.postgres();
                PreparedStatement query = db.prepareStatement("select snapshot from ra_scorer_state where realm_id = ?")) {
            query.setString(1, realmId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Another realm's learned state, as if this realm had learned it and the node had restarted since. */
    static void seedState(String realmId, String snapshot) throws SQLException {
        try (Connection db = TestDatabase.postgres(); PreparedStatement insert = db.prepareStatement("insert into "
                + "ra_scorer_state (realm_id, model_version, snapshot, saved_at) select ?, model_version, ?, 1 "
                + "from ra_scorer_state fetch first 1 rows only")) {
            insert.setString(1, realmId);
            insert.setString(2, snapshot);
            assertEquals(1, insert.executeUpdate());
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
