package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * An update of a separation-of-duties rule changes the fields it gives and keeps the others, as {@code PUT groups/{id}}
 * does: switching a rule off sends only {@code enabled}, and does not undo another admin's change saved meanwhile.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class SodRuleUpdateIT extends AbstractSharingIT {

    @AfterEach
    void deleteRules() {
        deleteSodRules("SoD update");
    }

    @Test
    void aFieldLeftOutKeepsItsValue() {
        String id = sodRule("SoD update kept", "global", null, List.of("realm-role:upd-a", "group:upd-b"), "warn", true);
        HttpResponse<String> off = adminPut(SOD + "rules/" + id, "{\"enabled\":false}");
        assertEquals(200, off.statusCode(), off.body());
        JsonNode stored = Oidc.json(adminGet(SOD + "rules/" + id).body());
        assertFalse(stored.get("enabled").asBoolean(), stored.toString());
        assertEquals("SoD update kept", stored.get("name").asText());
        assertEquals("warn", stored.get("mode").asText(), "not the default of a new rule");
        assertEquals(2, stored.get("itemKeys").size(), stored.toString());
        assertBadRequest(adminPut(SOD + "rules/" + id, "{\"mode\":\"block\"}"), "mode");
        assertBadRequest(adminPut(SOD + "rules/" + id, "{\"enabled\":\"no\"}"), "enabled");
        assertEquals("warn", Oidc.json(adminGet(SOD + "rules/" + id).body()).get("mode").asText(), "nothing changed");
    }

    /** A rename and a switch-off at the same moment: they take turns, and each keeps the other's change. */
    @Test
    void twoAdminsChangingOneRuleAtOnceKeepEachOthersChange() throws Exception {
        String id = sodRule("SoD update twice", "global", null, List.of("realm-role:upd-c", "group:upd-d"), "prevent",
                true);
        String realmId = organization.admin().toRepresentation().getId();
        String token = adminToken();
        List<CompletableFuture<HttpResponse<String>>> updates;
        try (Connection held = TestDatabase.holdingRow("RA_GOV_SETTINGS", "REALM_ID", realmId)) {
            assumeTrue(held != null, "needs a database the test can reach");
            updates = List.of(
                    CompletableFuture.supplyAsync(() -> adminCall("PUT", SOD + "rules/" + id, token,
                            "{\"name\":\"SoD update renamed\"}")),
                    CompletableFuture.supplyAsync(() -> adminCall("PUT", SOD + "rules/" + id, token,
                            "{\"enabled\":false}")));
            TestDatabase.awaitLockWaiters(2);
            held.commit();
        }
        for (CompletableFuture<HttpResponse<String>> update : updates) {
            assertEquals(200, update.get().statusCode(), update.get().body());
        }
        JsonNode stored = Oidc.json(adminGet(SOD + "rules/" + id).body());
        assertEquals("SoD update renamed", stored.get("name").asText(), stored.toString());
        assertFalse(stored.get("enabled").asBoolean(), stored.toString());
    }
}
