package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.FederatedIdentityRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * Bulk offboarding on a real Keycloak, in realms of its own (offboarding a shared realm's identity provider would
 * disable other tests' users): a dry run that changes nothing, an apply that stops after one user through the
 * test-only fault switch (the server option {@code fault-injection} is on in {@link RuntimeAccessServerConfig}),
 * the per-user states left in the database, and the resume that finishes the rest without touching the first user
 * again. The server itself is not killed: see docs/lifecycle.md for what this does and does not prove.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class LifecycleOffboardingIT extends AbstractOffboardingIT {

    private static final String PROVIDER = "partner-idp";

    @Test
    void identityProviderUsersDryRunApplyStopAndResume() throws SQLException {
        String realmName = "lc-offboard-idp";
        createListenedRealm(realmName, false, "lc-a1", "lc-a2", "lc-a3", "lc-stay");
        RealmResource realm = admin.realm(realmName);
        enableAdminEvents(realm);
        addIdentityProvider(realm);
        for (String username : List.of("lc-a1", "lc-a2", "lc-a3")) {
            link(realm, username);
        }
        String solution = createSolution(realmName, "Payroll");
        assertEquals(201, call(realmName, "POST", "solutions/" + solution + "/grants",
                "{\"principal\":{\"type\":\"user\",\"name\":\"lc-a1\"},\"role\":\"user\"}").statusCode());
        String group = createGroup(realmName, "Contractors", "lc-a1", "lc-a2");
        Map<String, String> refreshTokens = new HashMap<>();
        for (String username : List.of("lc-a1", "lc-a2", "lc-a3", "lc-stay")) {
            refreshTokens.put(username, signInFor(realmName, username));
        }

        HttpResponse<String> planned = call(realmName, "POST", "lifecycle/offboarding/plans",
                "{\"identityProvider\":\"" + PROVIDER + "\",\"reason\":\"partner contract ended\"}");
        assertEquals(201, planned.statusCode(), planned.body());
        JsonNode plan = Oidc.json(planned.body());
        String planId = plan.get("id").asText();
        assertEquals("planned", plan.get("status").asText());
        assertEquals(List.of("lc-a1", "lc-a2", "lc-a3"), List.copyOf(usernames(plan).keySet()),
                "the provider's users, not the local one: " + plan);
        JsonNode a1 = usernames(plan).get("lc-a1");
        assertEquals("Payroll", a1.get("planned").get("grants").get(0).get("solution").asText());
        assertEquals(group, a1.get("planned").get("memberships").get(0).get("groupId").asText());
        assertEquals(1, a1.get("planned").get("sessions").asInt());
        assertEquals(3, plan.get("affected").get("enabledAccounts").asInt());
        assertEquals(1, plan.get("affected").get("grants").asInt());
        assertEquals(2, plan.get("affected").get("memberships").asInt());
        assertEquals(3, plan.get("affected").get("sessions").asInt());
        assertTrue(enabled(realm, "lc-a1") && refresh(realmName, refreshTokens.get("lc-a1")) == 200,
                "a dry run changes nothing");
        assertEquals(1, Oidc.json(call(realmName, "GET", "solutions/" + solution + "/share", null).body())
                .get("grants").size());

        // the crash: the fault switch stops the apply after one user, as a server dying there would
        setFaultStopAfter(realm, "1");
        HttpResponse<String> stopped = call(realmName, "POST", "lifecycle/offboarding/plans/" + planId + "/apply", null);
        assertEquals(503, stopped.statusCode(), stopped.body());
        assertStored(Map.of("DONE", 1, "PENDING", 2), planId, "one user done, two left, in the table");
        JsonNode halfway = Oidc.json(call(realmName, "GET", "lifecycle/offboarding/plans/" + planId, null).body());
        assertEquals("applying", halfway.get("status").asText());
        assertEquals(2, halfway.get("progress").get("pending").asInt());
        assertFalse(enabled(realm, "lc-a1"), "the first user was offboarded before the stop");
        assertTrue(enabled(realm, "lc-a2") && enabled(realm, "lc-a3"));

        setFaultStopAfter(realm, null);
        HttpResponse<String> resumed = call(realmName, "POST", "lifecycle/offboarding/plans/" + planId + "/apply", null);
        assertEquals(200, resumed.statusCode(), resumed.body());
        JsonNode applied = Oidc.json(resumed.body());
        assertEquals("applied", applied.get("status").asText());
        assertEquals(3, applied.get("progress").get("done").asInt());
        assertStored(Map.of("DONE", 3), planId, "every user done");
        for (String username : List.of("lc-a1", "lc-a2", "lc-a3")) {
            assertFalse(enabled(realm, username), username + " disabled");
            assertEquals(400, refresh(realmName, refreshTokens.get(username)), username + " signed out");
        }
        assertTrue(enabled(realm, "lc-stay"), "a user of no identity provider stays");
        assertEquals(200, refresh(realmName, refreshTokens.get("lc-stay")), "and stays signed in");
        assertEquals(0, Oidc.json(call(realmName, "GET", "solutions/" + solution + "/share", null).body())
                .get("grants").size(), "the runtime grant was revoked");
        assertEquals(0, Oidc.json(call(realmName, "GET", "groups/" + group + "/members", null).body()).size());
        JsonNode a1Applied = usernames(applied).get("lc-a1").get("applied");
        assertEquals(1, a1Applied.get("revokedGrants").size());
        assertEquals(1, a1Applied.get("endedSessions").asInt());

        List<AdminEventRepresentation> perUser = realm.getAdminEvents(List.of("ACTION"), null, null, null, null, null,
                null, null, 0, 100).stream().filter(e -> e.getResourcePath() != null && e.getResourcePath()
                        .startsWith("runtime-access/lifecycle/offboarding/plans/" + planId + "/users/")).toList();
        assertEquals(3, perUser.size(), "one admin event per user, none repeated by the resume");
        assertTrue(realm.getAdminEvents(List.of("DELETE"), null, null, null, null, null, null, null, 0, 100).stream()
                .anyMatch(e -> e.getResourcePath().startsWith("runtime-access/solutions/" + solution + "/grants/")),
                "the grant went through the sharing module's change path, with its own event");

        HttpResponse<String> again = call(realmName, "POST", "lifecycle/offboarding/plans/" + planId + "/apply", null);
        assertRefused(again, 409, "planId");
    }

    @Test
    void endUserGroupMembersAndBadInput() throws SQLException {
        String realmName = "lc-offboard-group";
        createListenedRealm(realmName, false, "lc-t1", "lc-t2");
        RealmResource realm = admin.realm(realmName);
        String temps = createGroup(realmName, "Temps", "lc-t1");
        boolean requested = membershipFromARequest(temps);
        HttpResponse<String> planned = call(realmName, "POST", "lifecycle/offboarding/plans",
                "{\"endUserGroup\":\"Temps\"}");
        assertEquals(201, planned.statusCode(), planned.body());
        String planId = Oidc.json(planned.body()).get("id").asText();
        assertEquals(List.of("lc-t1"), List.copyOf(usernames(Oidc.json(planned.body())).keySet()));
        assertEquals(temps, usernames(Oidc.json(planned.body())).get("lc-t1").get("planned").get("memberships").get(0)
                .get("groupId").asText(), "a membership of every source is planned" + (requested ? ", a request's too" : ""));
        assertEquals(200, call(realmName, "POST", "lifecycle/offboarding/plans/" + planId + "/apply", null).statusCode());
        assertFalse(enabled(realm, "lc-t1"));
        assertEquals(0, Oidc.json(call(realmName, "GET", "groups/" + temps + "/members", null).body()).size(),
                "and removed");
        assertTrue(enabled(realm, "lc-t2"));
        JsonNode listed = Oidc.json(call(realmName, "GET", "lifecycle/offboarding/plans", null).body());
        assertEquals("applied", listed.get(0).get("status").asText());
        assertEquals(1, listed.get(0).get("progress").get("done").asInt(), listed.toString());
        assertTrue(listed.get(0).get("users") == null, "a listed plan leaves its users out");

        assertRefused(call(realmName, "POST", "lifecycle/offboarding/plans", "{}"), 400, "identityProvider");
        assertRefused(call(realmName, "POST", "lifecycle/offboarding/plans",
                "{\"identityProvider\":\"x\",\"endUserGroup\":\"Temps\"}"), 400, "endUserGroup");
        assertRefused(call(realmName, "POST", "lifecycle/offboarding/plans", "{\"identityProvider\":\"nope\"}"), 400,
                "identityProvider");
        assertRefused(call(realmName, "POST", "lifecycle/offboarding/plans", "{\"endUserGroup\":5}"), 400,
                "endUserGroup");
        assertRefused(call(realmName, "GET", "lifecycle/offboarding/plans/nope", null), 404, "planId");
        assertRefused(call(realmName, "GET", "lifecycle/offboarding/plans?max=-1", null), 400, "max");
        assertRefused(call(organization.getName(), "POST",
                "lifecycle/offboarding/plans/" + planId + "/apply", null), 404, "planId");
    }

    @Test
    void viewUsersReadsButOnlyManageUsersActs() {
        String viewer = organizationAdminToken("lc-viewer", "view-users");
        String base = urls.getBase() + "/admin/realms/" + organization.getName() + "/runtime-access/lifecycle/";
        assertEquals(200, as(viewer, "GET", base + "offboarding/plans", null).statusCode());
        assertEquals(403, as(viewer, "POST", base + "offboarding/plans", "{\"identityProvider\":\"" + OIDC_IDP
                + "\"}").statusCode(), "a view-only admin cannot plan");
        assertEquals(403, as(viewer, "POST", base + "offboarding/plans/any/apply", null).statusCode());
        assertEquals(403, as(viewer, "POST", base + "onboarding", "{\"csv\":\"username\\nlc-nobody\\n\"}")
                .statusCode(), "nor onboard");
        assertTrue(organization.admin().users().searchByUsername("lc-nobody", true).isEmpty());
    }

    private String createSolution(String realmName, String name) {
        return createdId(call(realmName, "POST", "solutions", "{\"name\":\"" + name + "\"}"));
    }

    private static void enableAdminEvents(RealmResource realm) {
        RealmRepresentation rep = realm.toRepresentation();
        rep.setAdminEventsEnabled(true);
        rep.setAdminEventsDetailsEnabled(true);
        realm.update(rep);
    }

    private static void setFaultStopAfter(RealmResource realm, String users) {
        RealmRepresentation rep = realm.toRepresentation();
        Map<String, String> attributes = new HashMap<>(rep.getAttributes() == null ? Map.of() : rep.getAttributes());
        // an absent attribute would be left as it is by the update; an empty value means no fault
        attributes.put("runtimeAccess.lifecycle.faultStopAfterUsers", users == null ? "" : users);
        rep.setAttributes(attributes);
        realm.update(rep);
    }

    /** A stand-in OIDC provider nobody signs in through: the users are linked to it by the admin API. */
    private static void addIdentityProvider(RealmResource realm) {
        IdentityProviderRepresentation provider = new IdentityProviderRepresentation();
        provider.setAlias(PROVIDER);
        provider.setProviderId("oidc");
        provider.setEnabled(true);
        provider.setConfig(Map.of("clientId", "partner", "clientSecret", "partner-secret",
                "authorizationUrl", "http://localhost:1/auth", "tokenUrl", "http://localhost:1/token",
                "clientAuthMethod", "client_secret_post"));
        try (Response response = realm.identityProviders().create(provider)) {
            assertEquals(201, response.getStatus());
        }
    }

    private static void link(RealmResource realm, String username) {
        String id = realm.users().searchByUsername(username, true).get(0).getId();
        FederatedIdentityRepresentation link = new FederatedIdentityRepresentation();
        link.setIdentityProvider(PROVIDER);
        link.setUserId("partner-" + username);
        link.setUserName(username);
        try (Response response = realm.users().get(id).addFederatedIdentity(PROVIDER, link)) {
            assertEquals(204, response.getStatus());
        }
    }

    private String signInFor(String realmName, String username) {
        HttpResponse<String> token = signIn(urls.getBase() + "/realms/" + realmName, FAULT_CLIENT, FAULT_SECRET,
                username, username, "127.0.0.1");
        assertEquals(200, token.statusCode(), token.body());
        return Oidc.json(token.body()).get("refresh_token").asText();
    }

    private int refresh(String realmName, String refreshToken) {
        return send(HttpRequest.newBuilder(URI.create(urls.getBase() + "/realms/" + realmName
                + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", "127.0.0.1").header("X-Forwarded-Proto", "https")
                .POST(HttpRequest.BodyPublishers.ofString(Browser.formBody(Map.of("grant_type", "refresh_token",
                        "client_id", FAULT_CLIENT, "client_secret", FAULT_SECRET, "refresh_token", refreshToken)))))
                .statusCode();
    }

    /**
     * Turns the group's only membership into one an approved access request gave, as the requests module stores it;
     * false on H2, which the embedded server holds open (there the membership stays an admin's).
     */
    private static boolean membershipFromARequest(String groupId) throws SQLException {
        try (Connection connection = TestDatabase.current()) {
            if (connection == null) {
                return false;
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE RA_GROUP_MEMBER SET SOURCE = 'REQUEST' WHERE GROUP_ID = ?")) {
                update.setString(1, groupId);
                assertEquals(1, update.executeUpdate());
            }
            return true;
        }
    }

    /**
     * The plan's user steps as stored, counted per state, read from the database directly; not on H2, which the
     * embedded server holds open (there the API's progress, asserted beside, is the check).
     */
    private static void assertStored(Map<String, Integer> expected, String planId, String what) throws SQLException {
        Map<String, Integer> states = new TreeMap<>();
        try (Connection connection = TestDatabase.current()) {
            if (connection == null) {
                return;
            }
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT STATE, count(*) FROM RA_LC_PLAN_USER WHERE PLAN_ID = ? GROUP BY STATE")) {
                query.setString(1, planId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        states.put(rows.getString(1), rows.getInt(2));
                    }
                }
            }
        }
        assertEquals(new TreeMap<>(expected), states, what);
    }
}
