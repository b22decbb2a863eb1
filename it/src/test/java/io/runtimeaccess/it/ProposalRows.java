package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.UUID;

/**
 * A governance proposal written straight to the database, for states a run cannot make on demand (old dates, a
 * change nobody's peers suggest). The test is skipped where the database cannot be reached (the embedded H2).
 */
record ProposalRows(String realmId, String status, String category, String change, String userId, String itemKey,
        String itemKind, long createdAt, Long decidedAt, Long suppressedUntil) {

    /** A proposal waiting to add {@code itemKey} ({@code itemKind}) to the user, created at {@code createdAt}. */
    static ProposalRows waiting(String realmId, String userId, String itemKey, String itemKind, long createdAt) {
        return new ProposalRows(realmId, "PROPOSED", "PEER_RECOMMENDATION", "ADD", userId, itemKey, itemKind,
                createdAt, null, null);
    }

    /** The row's id. */
    String insert() throws SQLException {
        String id = UUID.randomUUID().toString();
        try (Connection db = TestDatabase.current()) {
            assumeTrue(db != null, "needs a database the test can reach (not the embedded H2)");
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO RA_GOV_PROPOSAL (ID, REALM_ID,"
                    + " FINGERPRINT, STATUS, CATEGORY, CHANGE_TYPE, USER_ID, USERNAME, ITEM_KEY, ITEM_LABEL, ITEM_KIND,"
                    + " ITEM_PRIVILEGED, CONFIDENCE, JUSTIFICATION, EVIDENCE, MODEL_VERSION, INPUTS, SOURCE, CREATED_AT,"
                    + " DECIDED_AT, SUPPRESSED_UNTIL) VALUES (?, ?, ?, ?, ?, ?, ?, 'psod-sam', ?, ?, ?, FALSE, 0.9,"
                    + " 'held by 9 of 10 peers', '{}', 'test', '[]', 'run:test', ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, realmId);
                insert.setString(3, id.replace("-", "") + "0".repeat(32));
                insert.setString(4, status);
                insert.setString(5, category);
                insert.setString(6, change);
                insert.setString(7, userId);
                insert.setString(8, itemKey);
                insert.setString(9, itemKey);
                insert.setString(10, itemKind);
                insert.setLong(11, createdAt);
                setLongOrNull(insert, 12, decidedAt);
                setLongOrNull(insert, 13, suppressedUntil);
                assertEquals(1, insert.executeUpdate());
            }
        }
        return id;
    }

    private static void setLongOrNull(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
