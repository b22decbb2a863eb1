package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * The Jira sink's configuration on a real Keycloak: the connection test asks {@link LocalJira} who the stored
 * credentials are and never answers the token; bad configuration is a 400 naming the field and stores nothing;
 * reading needs view-realm and changing manage-realm.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class JiraConfigurationIT extends AbstractJiraIT {

    /** The connection test asks Jira's {@code myself} with the stored token and never answers the token. */
    @Test
    void connectionTestAsksJiraWhoTheCredentialsAre() {
        assertEquals(404, adminPost("tickets/test", "{}").statusCode(), "no sink yet");
        String pat = "pat-" + UUID.randomUUID();
        jira = new LocalJira().answer("GET", 401, "{\"errorMessages\":[\"Bad token " + pat + "\"]}")
                .answer("GET", 200, "{\"name\":\"ops-bot\",\"displayName\":\"Ops Bot\"}");
        assertEquals(200, adminPut(CONFIG, "{\"flavour\":\"data-center\",\"baseUrl\":\"" + jira.baseUrl()
                + "/jira\",\"projectKey\":\"OPS\",\"issueType\":\"Task\",\"token\":\"" + pat
                + "\",\"sources\":[\"campaign-revocation\"]}").statusCode());

        HttpResponse<String> refused = adminPost("tickets/test", "{}");
        assertEquals(200, refused.statusCode(), refused.body());
        JsonNode failed = Oidc.json(refused.body());
        assertFalse(failed.get("ok").asBoolean());
        assertEquals(401, failed.get("status").asInt());
        assertEquals("HTTP 401", failed.get("error").asText(), "a refused credential's answer is left out whole");
        assertFalse(refused.body().contains(pat), "the token Jira echoed is not answered");

        HttpResponse<String> passed = adminPost("tickets/test", "{}");
        assertEquals(200, passed.statusCode(), passed.body());
        assertTrue(Oidc.json(passed.body()).get("ok").asBoolean(), passed.body());
        assertEquals("Ops Bot", Oidc.json(passed.body()).get("account").asText());
        List<LocalJira.Received> asked = jira.received("GET");
        assertEquals(2, asked.size());
        for (LocalJira.Received myself : asked) {
            assertEquals("/jira/rest/api/2/myself", myself.pathAndQuery());
            assertEquals("Bearer " + pat, myself.headers().get("authorization"));
            assertEquals("application/json", myself.headers().get("accept"));
        }
        assertEquals(0, jira.received("POST").size(), "a test opens no issue");

        String viewer = organizationAdminToken("jira-test-viewer", "view-realm");
        assertEquals(403, adminCall("POST", "tickets/test", viewer, "{}").statusCode(),
                "sending the stored secret out needs manage-realm");
        assertEquals(2, jira.received("GET").size());
        assertNotInServerLog(pat);
    }

    /**
     * A realm's first sink saved while another admin's first sink is being inserted: the save waits for that insert,
     * then is a 409 naming {@code config} and changes nothing (it used to fail on the key with a 500).
     */
    @Test
    void aFirstSinkSavedAtTheSameMomentAsAnotherIs409AndKeepsTheirs() throws Exception {
        long now = System.currentTimeMillis();
        Map<String, Object> theirs = Map.ofEntries(
                Map.entry("REALM_ID", organization.admin().toRepresentation().getId()),
                Map.entry("FLAVOUR", "data-center"),
                Map.entry("BASE_URL", "https://theirs.jira.test"),
                Map.entry("PROJECT_KEY", "THEIRS"),
                Map.entry("ISSUE_TYPE", "Task"),
                Map.entry("FIELD_MAPPING", "{}"),
                Map.entry("SOURCES", "campaign-revocation"),
                Map.entry("TOKEN", "t-theirs"),
                Map.entry("REFUSED", 0L),
                Map.entry("CREATED_AT", now),
                Map.entry("UPDATED_AT", now));
        try (Connection db = TestDatabase.holdingNewRow("RA_TICKET_SINK", theirs)) {
            assumeTrue(db != null, "needs a database the test can reach (not the embedded H2)");
            CompletableFuture<HttpResponse<String>> mine = CompletableFuture.supplyAsync(() -> adminPut(CONFIG,
                    "{\"flavour\":\"data-center\",\"baseUrl\":\"https://mine.jira.test\",\"projectKey\":\"MINE\","
                            + "\"issueType\":\"Task\",\"token\":\"t-mine\"}"));
            TestDatabase.awaitLockWaiter();
            db.commit();
            assertRefused(mine.join(), 409, "config");
        }
        JsonNode stored = Oidc.json(adminGet(CONFIG).body());
        assertEquals("https://theirs.jira.test", stored.get("baseUrl").asText(), stored.toString());
        assertEquals("THEIRS", stored.get("projectKey").asText(), stored.toString());
    }

    @Test
    void badConfigurationIs400NamingTheFieldAndChangesNothing() {
        String good = "\"projectKey\":\"SEC\",\"issueType\":\"Task\",\"token\":\"t-1\"";
        assertField("flavour", "{\"flavour\":\"server\",\"baseUrl\":\"https://jira.acme.test\"," + good + "}");
        assertField("baseUrl", "{\"flavour\":\"data-center\",\"baseUrl\":\"http://jira.acme.test\"," + good + "}");
        assertField("baseUrl", "{\"flavour\":\"data-center\",\"baseUrl\":\"https://u:p@jira.acme.test\"," + good + "}");
        assertField("projectKey", "{\"flavour\":\"data-center\",\"baseUrl\":\"https://jira.acme.test\","
                + "\"issueType\":\"Task\",\"token\":\"t\"}");
        assertField("email", "{\"flavour\":\"cloud\",\"baseUrl\":\"https://acme.atlassian.net\"," + good + "}");
        assertField("token", "{\"flavour\":\"data-center\",\"baseUrl\":\"https://jira.acme.test\","
                + "\"projectKey\":\"SEC\",\"issueType\":\"Task\"}");
        assertField("token", "{\"flavour\":\"data-center\",\"baseUrl\":\"https://jira.acme.test\","
                + "\"projectKey\":\"SEC\",\"issueType\":\"Task\",\"token\":\"a b\"}");
        assertField("fieldMapping.summary", "{\"flavour\":\"data-center\",\"baseUrl\":\"https://jira.acme.test\","
                + good + ",\"fieldMapping\":{\"summary\":\"severity\"}}");
        assertField("sources", "{\"flavour\":\"data-center\",\"baseUrl\":\"https://jira.acme.test\"," + good
                + ",\"sources\":[\"everything\"]}");
        assertField("issueType", "{\"flavour\":\"data-center\",\"baseUrl\":\"https://jira.acme.test\","
                + "\"projectKey\":\"SEC\",\"issueType\":5,\"token\":\"t\"}");
        assertEquals(404, adminGet(CONFIG).statusCode(), "nothing was stored");
        assertEquals(400, adminGet("tickets/outbox?state=lost").statusCode());
        assertEquals("sourceKind", Oidc.json(adminGet("tickets/outbox?sourceKind=alert&sourceId=x").body())
                .get("field").asText());
        assertEquals("sourceKind", Oidc.json(adminGet("tickets/outbox?sourceId=x").body()).get("field").asText());
        assertEquals("sourceId", Oidc.json(adminGet("tickets/outbox?sourceKind=finding").body()).get("field")
                .asText());
        assertEquals("sourceId", Oidc.json(adminGet("tickets/outbox?sourceKind=finding&sourceId="
                + "&sourceId=y".repeat(101)).body()).get("field").asText());

        assertEquals(200, adminPut(CONFIG, "{\"flavour\":\"data-center\",\"baseUrl\":\"https://jira.acme.test\","
                + good + "}").statusCode());
        String keep = "\"projectKey\":\"SEC\",\"issueType\":\"Task\"";
        assertField("token", "{\"flavour\":\"data-center\",\"baseUrl\":\"https://elsewhere.example\"," + keep + "}");
        assertField("token", "{\"flavour\":\"cloud\",\"baseUrl\":\"https://jira.acme.test\",\"email\":\"a@b.test\","
                + keep + "}");
        assertEquals("https://jira.acme.test", Oidc.json(adminGet(CONFIG).body()).get("baseUrl").asText(),
                "the stored token never follows a new site without being sent again");
        assertEquals(200, adminPut(CONFIG, "{\"flavour\":\"data-center\",\"baseUrl\":\"https://jira.acme.test\","
                + keep + "}").statusCode(), "the same site keeps the stored token");
        assertField("token", "{\"flavour\":\"data-center\",\"baseUrl\":\"https://jira.acme.test\"," + keep
                + ",\"token\":\"s3cr\u20act\"}");
        assertField("baseUrl", "{\"flavour\":\"data-center\",\"baseUrl\":\"https://jira.acme.test:99999\"," + good + "}");
        String viewer = organizationAdminToken("jira-viewer", "view-realm");
        HttpResponse<String> viewed = adminCall("GET", CONFIG, viewer, null);
        assertEquals(200, viewed.statusCode(), viewed.body());
        assertEquals(403, adminCall("PUT", CONFIG, viewer, "{}").statusCode());
        assertEquals(403, adminCall("DELETE", CONFIG, viewer, null).statusCode());
        String outsider = organizationAdminToken("jira-outsider", "view-users");
        assertEquals(403, adminCall("GET", "tickets/outbox", outsider, null).statusCode());
    }

    private void assertField(String field, String body) {
        assertBadRequest(adminPut(CONFIG, body), field);
    }
}
