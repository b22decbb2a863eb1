package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * Findings and users on a real Keycloak, on each database: a deleted user's findings stay for audit without
 * the link to the user; a master-realm admin's finding names the admin; dismissing needs {@code manage-users};
 * a user id longer than 36 characters (a user-storage user's) fits.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class FindingsUserDeletionIT extends AbstractSharingIT {

    @BeforeEach
    void enableListener() {
        enableAnomalyListener();
    }

    /**
     * A brute-force finding about a user who is then deleted, among 25 deletions by the master realm's admin:
     * the user's finding loses its user link and username but stays; the burst of deletions is a finding
     * that names the master-realm admin.
     */
    @Test
    void aDeletedUsersFindingsStayWithoutTheLinkAndAMasterAdminIsNamed() {
        String doomed = createOrganizationUser("doomed-user");
        for (int i = 0; i < 32; i++) {
            failedLogin("doomed-user", "10.40." + (i % 16) + ".1", "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0");
        }
        JsonNode finding = awaitFinding("user=" + doomed, f -> "BRUTE_FORCE".equals(f.path("detection").asText()));
        assertEquals("doomed-user", finding.get("username").asText());
        String findingId = finding.get("id").asText();

        List<String> bulk = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            bulk.add(createOrganizationUser("bulk-deleted-" + i));
        }
        // other classes' bursts of creates by the same master admin are findings too: only one with an event from
        // these deletions on counts
        Instant deletionsStarted = Instant.now().minusSeconds(1);
        organization.admin().users().get(doomed).remove();
        bulk.forEach(id -> organization.admin().users().get(id).remove());

        HttpResponse<String> read = findingsCall("GET", "/" + findingId, adminToken(), null);
        assertEquals(200, read.statusCode(), read.body());
        JsonNode kept = Oidc.json(read.body()); // Keycloak's JSON leaves out null fields
        assertFalse(kept.hasNonNull("userId"), "the link to the deleted user is dropped: " + kept);
        assertFalse(kept.hasNonNull("username"), "and so is the username: " + kept);
        assertTrue(kept.hasNonNull("userRemovedAt"), "the finding says when its user was removed: " + kept);
        assertEquals("BRUTE_FORCE", kept.get("detection").asText(), "the finding itself stays for audit");
        assertEquals(0, Oidc.json(findingsCall("GET", "?user=" + doomed, adminToken(), null).body()).size(),
                "no finding is linked to the deleted user any more");

        JsonNode burst = awaitFinding("detection=bulk_admin_activity",
                f -> f.hasNonNull("userId") && masterUser(f.get("userId").asText()) != null
                        && !Instant.parse(f.get("time").asText()).isBefore(deletionsStarted));
        assertEquals(masterUser(burst.get("userId").asText()).getUsername(), burst.get("username").asText(),
                "a master-realm admin's finding names the admin: " + burst);
    }

    @Test
    void dismissingNeedsManageUsers() {
        for (int i = 0; i < 30; i++) {
            failedLogin("dismiss-role-victim-" + i, "100.64.9.99", "spray-bot/6.0");
        }
        JsonNode finding = awaitFinding("detection=password_spray", f -> f.toString().contains("100.64.9.")
                && "open".equals(f.path("status").asText()));
        String id = finding.get("id").asText();
        String eventsAdmin = organizationAdminToken("events-admin", "view-events", "manage-events");

        HttpResponse<String> refused = findingsCall("POST", "/" + id + "/dismiss", eventsAdmin, "");
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals("open", Oidc.json(findingsCall("GET", "/" + id, adminToken(), null).body()).get("status").asText(),
                "a refused dismissal changes nothing");
        assertEquals(200, findingsCall("GET", "/" + id, eventsAdmin, null).statusCode(), "viewing stays as it was");

        String usersAdmin = organizationAdminToken("events-and-users-admin", "view-events", "manage-events",
                "manage-users");
        HttpResponse<String> dismissed = findingsCall("POST", "/" + id + "/dismiss", usersAdmin, "");
        assertEquals(200, dismissed.statusCode(), dismissed.body());
        assertEquals("dismissed", Oidc.json(dismissed.body()).get("status").asText());
    }

    /**
     * A user of a user-storage provider has an id such as f:<component>:<id>, longer than VARCHAR(36): the
     * widened columns take it. Written and read with SQL (a hand-written row has no PostgreSQL large objects
     * behind its text columns, so it is not read through the API).
     */
    @Test
    void theUserIdColumnsTakeAUserStorageId() throws SQLException {
        Assumptions.assumeFalse("h2".equals(TestDatabase.vendor()), "the embedded H2 belongs to the server");
        String userId = "f:" + "c".repeat(36) + ":" + "uid=someone,ou=people,dc=example,dc=org".repeat(3);
        String id = "0f0f0f0f-long-user-id-finding-000001";
        try (Connection connection = database()) {
            try (PreparedStatement insert = connection.prepareStatement("insert into RA_FINDING (ID, REALM_ID, USER_ID,"
                    + " INCIDENT_KEY, EVENT_ID, EVENT_COUNT, FIRST_EVENT_TIME, EVENT_TIME, SCORE, SEVERITY, DETECTION,"
                    + " REASONS, COVERED_EVENTS, MODEL_VERSION, STATUS, STATUS_BY) values (?, 'no-such-realm', ?, ?,"
                    + " 'e-long', 1, 1, 1, 70, 'HIGH', 'NEW_DEVICE', '[]', '[]', 'test', 'OPEN', ?)")) {
                insert.setString(1, id);
                insert.setString(2, userId);
                insert.setString(3, "NEW_DEVICE|" + userId + "|");
                insert.setString(4, userId);
                assertEquals(1, insert.executeUpdate());
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "select USER_ID, STATUS_BY from RA_FINDING where ID = ?")) {
                select.setString(1, id);
                try (java.sql.ResultSet row = select.executeQuery()) {
                    assertTrue(row.next());
                    assertEquals(userId, row.getString(1));
                    assertEquals(userId, row.getString(2));
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("delete from RA_FINDING where ID = ?")) {
                delete.setString(1, id);
                assertEquals(1, delete.executeUpdate());
            }
        }
    }

    private static Connection database() throws SQLException {
        return "mariadb".equals(TestDatabase.vendor())
                ? DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/" + TestDatabase.NAME, TestDatabase.NAME,
                        TestDatabase.NAME)
                : TestDatabase.postgres();
    }
}
