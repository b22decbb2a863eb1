package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * An id of another realm's row (a requestable item, a grant) is a 404 at once: the realm is compared before the row is locked, so a caller never
 * waits on (nor holds up) another realm's work, and no wait tells them the id exists and is busy.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class CrossRealmLockIT extends AbstractAccessRequestIT {

    @Test
    void anotherRealmsItemBusyElsewhereIsA404AtOnce() throws Exception {
        createOrganizationUser("cross-realm-requester");
        String token = token("cross-realm-requester");
        String item = UUID.randomUUID().toString();
        try (Connection db = TestDatabase.current()) {
            assumeTrue(db != null, "needs a database the test can reach (not the embedded H2)");
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO RA_REQ_ITEM (ID, REALM_ID, KIND, TARGET,"
                    + " MAX_DURATION_SECONDS, APPROVER_TYPE, APPROVER_VALUES, APPROVALS_NEEDED, JUSTIFICATION_REQUIRED,"
                    + " TICKET_REQUIRED, CREATED_AT) VALUES (?, ?, 'end-user-group', 'elsewhere', 3600, 'realm-role', '[]', 1,"
                    + " FALSE, FALSE, ?)")) {
                insert.setString(1, item);
                insert.setString(2, admin.realm("customer-idp").toRepresentation().getId());
                insert.setLong(3, System.currentTimeMillis());
                insert.executeUpdate();
            }
        }
        try (Connection held = TestDatabase.holdingRow("RA_REQ_ITEM", "ID", item)) {
            HttpResponse<String> refused = send(HttpRequest.newBuilder(URI.create(org.realmUrl()
                    + "/runtime-access/requests")).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"itemId\":\"" + item + "\",\"duration\":\"PT5M\"}")));
            assertRefused(refused, 404, "itemId");
            held.rollback();
        } finally {
            try (Connection db = TestDatabase.current(); PreparedStatement delete = db.prepareStatement(
                    "DELETE FROM RA_REQ_ITEM WHERE ID = ?")) {
                delete.setString(1, item);
                delete.executeUpdate();
            }
        }
    }

    /** Revoking a grant: the id of another realm's grant, its row held elsewhere, is a 404 at once. */
    @Test
    void anotherRealmsGrantBusyElsewhereIsA404AtOnce() throws Exception {
        String solution = solution("Cross Realm Lock", "cross-lock");
        String elsewhere = admin.realm("customer-idp").toRepresentation().getId();
        String otherSolution = UUID.randomUUID().toString();
        String grant = UUID.randomUUID().toString();
        try (Connection db = TestDatabase.current()) {
            assumeTrue(db != null, "needs a database the test can reach (not the embedded H2)");
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO RA_SOLUTION (ID, REALM_ID, NAME)"
                    + " VALUES (?, ?, 'Cross Realm Lock Elsewhere')")) {
                insert.setString(1, otherSolution);
                insert.setString(2, elsewhere);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO RA_GRANT (ID, REALM_ID, SOLUTION_ID,"
                    + " PRINCIPAL_TYPE, PRINCIPAL_ID, ROLE_NAME, GRANTED_AT, SOURCE) VALUES (?, ?, ?, 'USER', ?,"
                    + " 'cross-lock', ?, 'ADMIN')")) {
                insert.setString(1, grant);
                insert.setString(2, elsewhere);
                insert.setString(3, otherSolution);
                insert.setString(4, UUID.randomUUID().toString());
                insert.setLong(5, System.currentTimeMillis());
                insert.executeUpdate();
            }
        }
        try (Connection held = TestDatabase.holdingRow("RA_GRANT", "ID", grant)) {
            HttpResponse<String> refused = send(HttpRequest.newBuilder(adminUri("solutions/" + solution + "/grants/"
                    + grant)).timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + adminToken())
                    .DELETE());
            assertRefused(refused, 404, "grantId");
            held.rollback();
        } finally {
            try (Connection db = TestDatabase.current()) {
                for (String delete : new String[] {"DELETE FROM RA_GRANT WHERE ID = ?",
                        "DELETE FROM RA_SOLUTION WHERE ID = ?"}) {
                    try (PreparedStatement statement = db.prepareStatement(delete)) {
                        statement.setString(1, delete.contains("RA_GRANT") ? grant : otherSolution);
                        statement.executeUpdate();
                    }
                }
            }
        }
    }
}
