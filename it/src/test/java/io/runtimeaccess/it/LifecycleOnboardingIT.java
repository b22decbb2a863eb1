package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * CSV onboarding on a real Keycloak, in a realm of its own: four peers of department Claims hold a role, a CSV
 * creates a newcomer of that department whose recommended role waits in the proposal queue, and flags a row whose
 * address is a peer's after folding case, accents and dots, and a row that repeats the newcomer. A refused file
 * creates nobody.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class LifecycleOnboardingIT extends AbstractFaultIT {

    private static final String REALM = "lc-onboard";

    @Test
    void csvCreatesNewcomersProposesTheirAccessAndFlagsDuplicates() {
        createListenedRealm(REALM, false, "lc-peer1", "lc-peer2", "lc-peer3", "lc-peer4");
        RealmResource realm = admin.realm(REALM);
        RealmRepresentation rep = realm.toRepresentation();
        rep.setAdminEventsEnabled(true);
        realm.update(rep);
        UPConfig profile = realm.users().userProfile().getConfiguration();
        profile.setUnmanagedAttributePolicy(UPConfig.UnmanagedAttributePolicy.ENABLED);
        realm.users().userProfile().update(profile);
        String solutionId = createdId(call("POST", "solutions", "{\"name\":\"Claims Desk\"}"));
        for (int i = 1; i <= 4; i++) {
            UserRepresentation peer = realm.users().searchByUsername("lc-peer" + i, true).get(0);
            peer.setAttributes(Map.of("department", List.of("Claims")));
            realm.users().get(peer.getId()).update(peer);
            assertEquals(201, call("POST", "solutions/" + solutionId + "/grants",
                    "{\"principal\":{\"type\":\"user\",\"name\":\"lc-peer" + i + "\"},\"role\":\"user\"}").statusCode());
        }
        assertEquals(200, call("PUT", "governance/settings", "{\"peerAttributes\":[\"department\"]}").statusCode());
        // a run refreshes the realm's cached snapshot, which onboarding compares newcomers with
        assertEquals(200, call("POST", "governance/runs", null).statusCode());

        HttpResponse<String> refused = onboard("username,email,department\n"
                + "lc-fine,lc-fine@fault.example,Claims\n"
                + "lc-bad,not-an-address,Claims\n");
        assertBadRequest(refused, "csv.line.3.email");
        assertTrue(realm.users().searchByUsername("lc-fine", true).isEmpty(), "a refused file creates nobody");

        ClientRepresentation billing = new ClientRepresentation();
        billing.setClientId("lc-billing");
        billing.setPublicClient(false);
        billing.setServiceAccountsEnabled(true);
        realm.clients().create(billing).close();
        HttpResponse<String> response = onboard("username,email,firstName,lastName,department\r\n"
                + "lc-newbie,lc-newbie@fault.example,New,Bie,Claims\r\n"
                + "lc-dup,L.C-Pé.er1@Fault.Example,Dup,Licate,Claims\r\n"
                + "lc-newbie2,LC-NEWBIE@fault.example,,,Claims\r\n"
                + "service-account-lc-billing,,,,Claims\r\n");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode result = Oidc.json(response.body());
        assertEquals(1, result.get("created").size(), result.toString());
        assertEquals("lc-newbie", result.get("created").get(0).get("username").asText());
        JsonNode duplicates = result.get("possibleDuplicates");
        assertEquals(3, duplicates.size(), result.toString());
        assertEquals("username", duplicates.get(2).get("matches").get(0).get("matchedOn").asText(),
                "a client's service account takes its username: flagged, not a refusal of the file");
        assertEquals(3, duplicates.get(0).get("line").asInt());
        assertEquals("lc-peer1", duplicates.get(0).get("matches").get(0).get("username").asText());
        assertEquals("email", duplicates.get(0).get("matches").get(0).get("matchedOn").asText());
        assertEquals("lc-newbie", duplicates.get(1).get("matches").get(0).get("username").asText());
        assertEquals(2, duplicates.get(1).get("matches").get(0).get("createdFromLine").asInt(),
                "a row repeating an earlier row of the same file is flagged too");
        assertTrue(realm.users().searchByUsername("lc-dup", true).isEmpty(), "a possible duplicate is not created");
        assertTrue(realm.users().searchByUsername("lc-newbie2", true).isEmpty());
        UserRepresentation newbie = realm.users().searchByUsername("lc-newbie", true).get(0);
        assertEquals(List.of("Claims"), newbie.getAttributes().get("department"));
        assertTrue(newbie.isEnabled());

        assertNotNull(result.get("recommendations").get("runId").textValue(), result.toString());
        JsonNode proposals = Oidc.json(call("GET", "governance/proposals?user=lc-newbie", null).body());
        String key = "grant:" + solutionId + ":user";
        assertTrue(proposals.findValuesAsText("key").contains(key), "the newcomer's recommended role waits in the "
                + "proposal queue: " + proposals);
        long events = realm.getAdminEvents(List.of("CREATE"), null, null, null, null, null, null, null, 0, 100)
                .stream().filter(e -> e.getResourcePath() != null
                        && e.getResourcePath().startsWith("runtime-access/lifecycle/onboarding/users/")).count();
        assertEquals(1, events, "one admin event per created user");
    }

    private HttpResponse<String> onboard(String csv) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("csv", csv);
        return call("POST", "lifecycle/onboarding", body.toString());
    }

    private HttpResponse<String> call(String method, String path, String body) {
        return adminCall(REALM, method, path, adminToken(), body);
    }
}
