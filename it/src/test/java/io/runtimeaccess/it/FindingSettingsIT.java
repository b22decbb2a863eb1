package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * The findings settings API: who may change what, and the webhook secret never leaving its table (not in
 * the realm representation, a partial export or an admin event).
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class FindingSettingsIT extends AbstractSharingIT {

    private static final String SETTINGS = "/settings";
    private static final String WEBHOOK = "{\"webhookUrl\":\"http://127.0.0.1:1/settings-it\"}";
    private static final String RESPONSES = "{\"responses\":{\"critical\":\"revoke-sessions\"}}";

    @Test
    void changingTheWebhookNeedsManageRealmAndTheResponsesAlsoManageUsers() {
        String viewer = organizationAdminToken("settings-viewer", "view-events");
        String events = organizationAdminToken("settings-events", "view-events", "manage-events");
        String users = organizationAdminToken("settings-users", "view-events", "manage-users");
        String realmAdmin = organizationAdminToken("settings-realm", "view-events", "manage-realm");
        String both = organizationAdminToken("settings-both", "view-events", "manage-realm", "manage-users");
        findingsCall("PUT", SETTINGS, adminToken(), "{\"webhookUrl\":\"\",\"responses\":{\"critical\":\"none\"}}");
        try {
            String before = settings(viewer);
            for (String token : List.of(viewer, events, users)) {
                assertEquals(403, findingsCall("PUT", SETTINGS, token, WEBHOOK).statusCode(), "webhook");
                assertEquals(403, findingsCall("PUT", SETTINGS, token, RESPONSES).statusCode(), "responses");
                assertEquals(403, findingsCall("PUT", SETTINGS, token, "{}").statusCode(), "nothing");
            }
            assertEquals(403, findingsCall("PUT", SETTINGS, realmAdmin, RESPONSES).statusCode(),
                    "manage-realm without manage-users may not change the responses");
            assertEquals(403, findingsCall("PUT", SETTINGS, realmAdmin,
                    "{\"webhookUrl\":\"http://127.0.0.1:1/x\",\"responses\":{}}").statusCode(),
                    "nor send an empty responses object along with the webhook");
            assertEquals(before, settings(viewer), "a refused change changes nothing");

            HttpResponse<String> webhook = findingsCall("PUT", SETTINGS, realmAdmin, WEBHOOK);
            assertEquals(200, webhook.statusCode(), webhook.body());
            HttpResponse<String> responses = findingsCall("PUT", SETTINGS, both, RESPONSES);
            assertEquals(200, responses.statusCode(), responses.body());
            JsonNode now = Oidc.json(settings(viewer));
            assertEquals("http://127.0.0.1:1/settings-it", now.get("webhookUrl").asText());
            assertEquals("revoke-sessions", now.get("responses").get("critical").asText());
        } finally {
            findingsCall("PUT", SETTINGS, adminToken(), "{\"webhookUrl\":\"\",\"responses\":{\"critical\":\"none\"}}");
        }
    }

    /**
     * A realm's first settings saved by two admins at once, each changing another severity's response: both saves
     * answer 200 (two first saves used to insert the row twice, and the second failed with a 500), and neither is
     * lost (each partial update applies after the other, under the row's lock). The realm's first row is held
     * uncommitted, as a third save inserting it would, until both saves wait behind it.
     */
    @Test
    void firstSavesAtOnceAllApplyAndNoneIsLost() throws Exception {
        RealmRepresentation fresh = new RealmRepresentation();
        fresh.setRealm("settings-first");
        fresh.setEnabled(true);
        admin.realms().create(fresh);
        String realmId = admin.realm("settings-first").toRepresentation().getId();
        try (Connection held = TestDatabase.holdingNewRow("RA_FINDING_SETTINGS", Map.of("REALM_ID", realmId))) {
            assumeTrue(held != null, "needs a database the test can reach (not the embedded H2)");
            List<CompletableFuture<HttpResponse<String>>> saves = new ArrayList<>();
            for (String severity : List.of("low", "critical")) {
                saves.add(CompletableFuture.supplyAsync(() -> send(HttpRequest.newBuilder(URI.create(urls.getBase()
                        + "/admin/realms/settings-first/anomaly-findings/settings"))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + adminToken())
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"responses\":{\"" + severity
                                + "\":\"revoke-sessions\"}}")))));
            }
            TestDatabase.awaitLockWaiters(2);
            held.commit();
            for (CompletableFuture<HttpResponse<String>> save : saves) {
                assertEquals(200, save.get().statusCode(), save.get().body());
            }
            JsonNode responses = Oidc.json(send(HttpRequest.newBuilder(URI.create(urls.getBase()
                    + "/admin/realms/settings-first/anomaly-findings/settings"))
                    .header("Authorization", "Bearer " + adminToken()).GET()).body()).get("responses");
            for (String severity : List.of("low", "critical")) {
                assertEquals("revoke-sessions", responses.get(severity).asText(), severity + " in " + responses);
            }
        } finally {
            admin.realm("settings-first").remove();
        }
    }

    @Test
    void theWebhookSecretIsNeitherInTheRealmNorInAnExportNorInAnAdminEvent() {
        enableAdminEvents();
        String secret = "whsec-" + System.nanoTime();
        try {
            HttpResponse<String> saved = findingsCall("PUT", SETTINGS, adminToken(),
                    "{\"webhookUrl\":\"http://127.0.0.1:1/secret-it\",\"webhookSecret\":\"" + secret + "\"}");
            assertEquals(200, saved.statusCode(), saved.body());
            assertTrue(Oidc.json(saved.body()).get("webhookSecretSet").asBoolean(), saved.body());
            assertFalse(saved.body().contains(secret), saved.body());
            String read = settings(adminToken());
            assertTrue(Oidc.json(read).get("webhookSecretSet").asBoolean(), read);
            assertFalse(read.contains(secret), read);

            HttpResponse<String> realm = send(HttpRequest.newBuilder(realmUri("")).GET()
                    .header("Authorization", "Bearer " + adminToken()));
            assertEquals(200, realm.statusCode());
            assertFalse(realm.body().contains(secret), "GET the realm shows no secret");
            assertFalse(realm.body().contains("runtimeAccess.findings.webhookSecret"), "nor a secret attribute");

            HttpResponse<String> export = send(HttpRequest.newBuilder(
                    realmUri("/partial-export?exportClients=true&exportGroupsAndRoles=true"))
                    .header("Authorization", "Bearer " + adminToken()).POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(200, export.statusCode(), export.body());
            assertFalse(export.body().contains(secret), "a partial export has no secret");

            List<AdminEventRepresentation> events = organization.admin().getAdminEvents(null, null, null, null, null,
                    null, null, null, 0, 1000);
            assertTrue(events.stream().anyMatch(e -> e.getResourcePath() != null
                    && e.getResourcePath().endsWith("anomaly-findings/settings")), "the change is an admin event");
            for (AdminEventRepresentation event : events) {
                assertFalse(String.valueOf(event.getRepresentation()).contains(secret),
                        "admin event " + event.getResourcePath() + " shows no secret");
            }
        } finally {
            findingsCall("PUT", SETTINGS, adminToken(), "{\"webhookUrl\":\"\",\"webhookSecret\":\"\"}");
        }
        assertFalse(Oidc.json(settings(adminToken())).get("webhookSecretSet").asBoolean(), "\"\" removes the secret");
    }

    /** Realm attributes of the old names are no longer settings: writing them (manage-realm) changes nothing. */
    @Test
    void oldRealmAttributesAreIgnoredAndBreakNothing() {
        String before = settings(adminToken());
        RealmRepresentation realm = organization.admin().toRepresentation();
        Map<String, String> attributes = new HashMap<>(realm.getAttributes() == null ? Map.of() : realm.getAttributes());
        attributes.put("runtimeAccess.findings.response.HIGH", "explode");
        attributes.put("runtimeAccess.findings.response.CRITICAL", "disable-user");
        attributes.put("runtimeAccess.findings.webhookUrl", "not a url");
        realm.setAttributes(attributes);
        organization.admin().update(realm);
        try {
            HttpResponse<String> read = findingsCall("GET", SETTINGS, adminToken(), null);
            assertEquals(200, read.statusCode(), read.body());
            assertEquals(before, read.body(), "the attributes are not read");
        } finally {
            RealmRepresentation cleaned = organization.admin().toRepresentation();
            Map<String, String> left = new HashMap<>(cleaned.getAttributes());
            left.keySet().removeIf(name -> name.startsWith("runtimeAccess.findings."));
            cleaned.setAttributes(left);
            organization.admin().update(cleaned);
        }
    }

    @Test
    void badSettingsAreRefusedNamingTheField() {
        String longUrl = "http://127.0.0.1:1/" + "a".repeat(3000);
        assertBadRequest(findingsCall("PUT", SETTINGS, adminToken(), "{\"webhookUrl\":\"" + longUrl + "\"}"), "webhookUrl");
        assertBadRequest(findingsCall("PUT", SETTINGS, adminToken(), "{\"webhookSecret\":\"" + "s".repeat(2000) + "\"}"),
                "webhookSecret");
        assertBadRequest(findingsCall("PUT", SETTINGS, adminToken(), "{\"webhookUrl\":\"http://bad host/\"}"), "webhookUrl");
        // a credential in the URL would be shown to every reader of the settings and kept in admin events
        for (String withCredential : new String[] {"http://user:pw@127.0.0.1:1/hook", "http://127.0.0.1:1/hook?code=key"}) {
            assertBadRequest(findingsCall("PUT", SETTINGS, adminToken(), "{\"webhookUrl\":\"" + withCredential + "\"}"),
                    "webhookUrl");
            assertFalse(settings(adminToken()).contains("/hook"), "nothing was stored");
        }
        assertBadRequest(findingsCall("PUT", SETTINGS, adminToken(), "{\"responses\":{\"high\":7}}"), "responses.high");
        assertBadRequest(findingsCall("PUT", SETTINGS, adminToken(), "[]"), "settings");
    }

    private String settings(String token) {
        HttpResponse<String> response = findingsCall("GET", SETTINGS, token, null);
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private URI realmUri(String path) {
        return URI.create(urls.getBase() + "/admin/realms/" + organization.getName() + path);
    }
}
