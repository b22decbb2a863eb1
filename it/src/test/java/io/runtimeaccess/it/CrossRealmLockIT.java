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
 * An id of another realm's row is a 404 at once: the realm is compared before the row is locked, so a caller never
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
}
