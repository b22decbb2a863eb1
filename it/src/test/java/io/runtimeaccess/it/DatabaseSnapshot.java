package io.runtimeaccess.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fingerprint (row count and a hash of every row) of the extension's tables and of one realm's
 * attributes, to prove that a refused request wrote nothing. Learned state and new findings are left
 * out: the scorer writes them in the background whatever a request does. So are the marks of grant use and
 * sign-ins (flushed every second in the tests) and what runs write (nightly runs, onboarding after a user is
 * created): runs, risks, and proposals no admin decided; and access requests the expiry sweep ends (active and
 * expired ones). Of the findings, only those an admin acknowledged or
 * dismissed are compared; of the proposals, only those an admin decided.
 */
final class DatabaseSnapshot {

    private DatabaseSnapshot() {
    }

    static Map<String, String> take(String realmId) {
        Map<String, String> snapshot = new TreeMap<>();
        try (Connection connection = TestDatabase.postgres()) {
            for (String table : tables(connection)) {
                if (table.equals("ra_finding")) {
                    snapshot.put(table, fingerprint(connection, "SELECT count(*), md5(coalesce(string_agg(id || ':' "
                            + "|| status || ':' || coalesce(status_by, ''), ',' ORDER BY id), '')) FROM ra_finding "
                            + "WHERE status <> 'OPEN'", null));
                } else if (table.equals("ra_gov_proposal")) {
                    snapshot.put(table, fingerprint(connection, "SELECT count(*), md5(coalesce(string_agg(id || ':' "
                            + "|| status || ':' || decided_by, ',' ORDER BY id), '')) FROM ra_gov_proposal "
                            + "WHERE decided_by IS NOT NULL", null));
                } else if (table.equals("ra_req_request")) {
                    // The expiry sweep turns active requests into expired ones in the background.
                    snapshot.put(table, fingerprint(connection, "SELECT count(*), md5(coalesce(string_agg(t::text, "
                            + "'|' ORDER BY t::text), '')) FROM ra_req_request t WHERE status NOT IN ('ACTIVE', "
                            + "'EXPIRED')", null));
                } else if (!backgroundWritten(table)) {
                    snapshot.put(table, fingerprint(connection, "SELECT count(*), md5(coalesce(string_agg(t::text, "
                            + "'|' ORDER BY t::text), '')) FROM " + table + " t", null));
                }
            }
            snapshot.put("realm_attribute", fingerprint(connection, "SELECT count(*), md5(coalesce(string_agg(name "
                    + "|| '=' || coalesce(value, ''), '|' ORDER BY name), '')) FROM realm_attribute WHERE realm_id = ?",
                    realmId));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the test database", e);
        }
        return snapshot;
    }

    /** The tables that differ between two snapshots, for the failure message. */
    static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((table, print) -> {
            if (!print.equals(before.get(table))) {
                changed.add(table + " (" + before.get(table) + " -> " + print + ")");
            }
        });
        return changed;
    }

    private static boolean backgroundWritten(String table) {
        // ra_finding_settings is written only by an admin's PUT: it is watched like every other admin-written table
        return table.equals("ra_finding") || table.contains("scorer") || table.contains("state")
                || table.equals("ra_grant_use") || table.equals("ra_gov_sign_in") || table.equals("ra_gov_run")
                || table.equals("ra_gov_user_risk");
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = current_schema() AND table_name LIKE 'ra\\_%' ORDER BY table_name");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static String fingerprint(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (parameter != null) {
                query.setString(1, parameter);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) + " rows " + rows.getString(2);
            }
        }
    }
}
