package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/** Whom an offboarding leaves alone, and what the admin applying it must be allowed to take away. */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class OffboardingRightsIT extends AbstractOffboardingIT {

    /**
     * Ending an active request unmaps the Keycloak role it gave, in the applying admin's name: with manage-users
     * alone (not the right to map realm-admin) the apply is a 403 and changes nothing; an admin who may map it
     * applies the plan. A client's service account in the group, and the admin planning, are never planned.
     */
    @Test
    void manageUsersAloneCannotUnmapAnAdminRoleAndSomeAccountsAreNeverPlanned() throws SQLException {
        String realmName = "lc-offboard-rights";
        createListenedRealm(realmName, false, "lc-r1", "lc-helpdesk");
        RealmResource realm = admin.realm(realmName);
        ClientRepresentation robot = new ClientRepresentation();
        robot.setClientId("lc-robot");
        robot.setPublicClient(false);
        robot.setServiceAccountsEnabled(true);
        realm.clients().create(robot).close();
        String management = realm.clients().findByClientId("realm-management").get(0).getId();
        String r1 = realm.users().searchByUsername("lc-r1", true).get(0).getId();
        String helpdesk = realm.users().searchByUsername("lc-helpdesk", true).get(0).getId();
        realm.users().get(helpdesk).roles().clientLevel(management).add(List.of(
                realm.clients().get(management).roles().get("manage-users").toRepresentation(),
                realm.clients().get(management).roles().get("view-users").toRepresentation()));
        String leavers = createGroup(realmName, "Leavers", "lc-r1", "lc-helpdesk");
        String robotClient = realm.clients().findByClientId("lc-robot").get(0).getId();
        String robotUser = realm.clients().get(robotClient).getServiceAccountUser().getId();
        assertEquals(201, call(realmName, "POST", "groups/" + leavers + "/members", "{\"userId\":\"" + robotUser
                + "\"}").statusCode());
        realm.users().get(r1).roles().clientLevel(management).add(List.of(
                realm.clients().get(management).roles().get("realm-admin").toRepresentation()));
        boolean requested = activeRequestFor(realm.toRepresentation().getId(), r1, "realm-admin");
        String token = password(realmName, "lc-helpdesk");
        String base = urls.getBase() + "/admin/realms/" + realmName + "/runtime-access/lifecycle/offboarding/plans";

        HttpResponse<String> planned = as(token, "POST", base, "{\"endUserGroup\":\"Leavers\"}");
        assertEquals(201, planned.statusCode(), planned.body());
        assertEquals(List.of("lc-r1"), List.copyOf(usernames(Oidc.json(planned.body())).keySet()),
                "neither the service account nor the planning admin");
        String planId = Oidc.json(planned.body()).get("id").asText();
        if (requested) {
            // the dry run shows the active request the apply ends (and the role it mapped with it)
            JsonNode request = usernames(Oidc.json(planned.body())).get("lc-r1").get("planned").get("requests").get(0);
            assertEquals("active/end/client-role/realm-admin", request.get("status").asText() + "/"
                    + request.get("then").asText() + "/" + request.get("kind").asText() + "/"
                    + request.get("target").asText());
            assertEquals(1, Oidc.json(planned.body()).get("affected").get("requests").asInt());
            assertEquals(403, as(token, "POST", base + "/" + planId + "/apply", null).statusCode());
            assertTrue(enabled(realm, "lc-r1"), "nothing applied");
            assertTrue(realm.users().get(r1).roles().clientLevel(management).listAll().stream()
                    .anyMatch(role -> role.getName().equals("realm-admin")), "the role stays");
        }
        assertEquals(200, call(realmName, "POST", "lifecycle/offboarding/plans/" + planId + "/apply", null)
                .statusCode());
        assertFalse(enabled(realm, "lc-r1"));
        assertTrue(realm.users().get(robotUser).toRepresentation().isEnabled() && enabled(realm, "lc-helpdesk"));
        if (requested) {
            assertTrue(realm.users().get(r1).roles().clientLevel(management).listAll().stream()
                    .noneMatch(role -> role.getName().equals("realm-admin")), "the request's role ended");
        }
    }

    /**
     * An admin who is one of a plan's users (planned by another admin) would disable and sign out themselves halfway:
     * their apply is a 409 naming {@code planId} and changes nothing; the planning admin applies it.
     */
    @Test
    void anAdminInThePlanCannotApplyIt() {
        String realmName = "lc-offboard-self";
        createListenedRealm(realmName, false, "lc-h1", "lc-h2", "lc-x1");
        RealmResource realm = admin.realm(realmName);
        String management = realm.clients().findByClientId("realm-management").get(0).getId();
        for (String name : List.of("lc-h1", "lc-h2")) {
            realm.users().get(realm.users().searchByUsername(name, true).get(0).getId()).roles().clientLevel(management)
                    .add(List.of(realm.clients().get(management).roles().get("manage-users").toRepresentation(),
                            realm.clients().get(management).roles().get("view-users").toRepresentation()));
        }
        createGroup(realmName, "Desk", "lc-h2", "lc-x1");
        String base = urls.getBase() + "/admin/realms/" + realmName + "/runtime-access/lifecycle/offboarding/plans";
        HttpResponse<String> planned = as(password(realmName, "lc-h1"), "POST", base, "{\"endUserGroup\":\"Desk\"}");
        assertEquals(201, planned.statusCode(), planned.body());
        String planId = Oidc.json(planned.body()).get("id").asText();

        HttpResponse<String> refused = as(password(realmName, "lc-h2"), "POST", base + "/" + planId + "/apply", null);
        assertRefused(refused, 409, "planId");
        assertTrue(enabled(realm, "lc-h2") && enabled(realm, "lc-x1"), "nothing applied");
        assertEquals(200, as(password(realmName, "lc-h1"), "POST", base + "/" + planId + "/apply", null).statusCode());
        assertFalse(enabled(realm, "lc-h2") || enabled(realm, "lc-x1"));
    }

    private String password(String realmName, String username) {
        return new Oidc(urls.getBase(), realmName).tokenRequest(Map.of("grant_type", "password", "client_id",
                "admin-cli", "username", username, "password", username)).get("access_token").asText();
    }

    /**
     * An active access request of the user for a realm-management role, and its requestable item, written to the
     * database as an approval stores them; false where the test cannot reach the database (the embedded H2).
     */
    private static boolean activeRequestFor(String realmId, String userId, String role) throws SQLException {
        try (Connection connection = TestDatabase.current()) {
            if (connection == null) {
                return false;
            }
            String itemId = UUID.randomUUID().toString();
            try (PreparedStatement item = connection.prepareStatement("INSERT INTO RA_REQ_ITEM (ID, REALM_ID, KIND,"
                    + " SCOPE_ID, TARGET, MAX_DURATION_SECONDS, APPROVER_TYPE, APPROVER_VALUES, APPROVALS_NEEDED,"
                    + " JUSTIFICATION_REQUIRED, TICKET_REQUIRED, MANUAL_STEP, CREATED_AT) VALUES (?, ?, 'CLIENT_ROLE',"
                    + " 'realm-management', ?, 3600, 'MANAGER', 'manager', 1, FALSE, FALSE, FALSE, ?)")) {
                item.setString(1, itemId);
                item.setString(2, realmId);
                item.setString(3, role);
                item.setLong(4, System.currentTimeMillis());
                assertEquals(1, item.executeUpdate());
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO RA_REQ_REQUEST (ID, REALM_ID,"
                    + " ITEM_ID, KIND, SCOPE_ID, TARGET, REQUESTER_ID, STATUS, DURATION_SECONDS, CREATED_AT)"
                    + " VALUES (?, ?, ?, 'CLIENT_ROLE', 'realm-management', ?, ?, 'ACTIVE', 3600, ?)")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, realmId);
                insert.setString(3, itemId);
                insert.setString(4, role);
                insert.setString(5, userId);
                insert.setLong(6, System.currentTimeMillis());
                assertEquals(1, insert.executeUpdate());
            }
            return true;
        }
    }
}
