package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * Bad input to the admin API is a 400 naming the field (or the query parameter) and writes nothing:
 * parameters that do not parse, empty bodies, texts longer than their column, group attributes over
 * their caps, and path ids no row can have.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class AdminInputIT extends AbstractSharingIT {

    @Test
    void pageParametersThatDoNotParseOrFitAreRefusedByName() {
        assertBadRequest(adminGet("groups?max=abc"), "max");
        assertBadRequest(adminGet("groups?max=99999999999"), "max");
        assertBadRequest(adminGet("groups?max=0"), "max");
        assertBadRequest(adminGet("groups?max=501"), "max");
        assertBadRequest(adminGet("groups?first=-1"), "first");
        assertBadRequest(adminGet("groups?first=x"), "first");
        assertEquals(200, adminGet("groups?first=0&max=500").statusCode());
        assertEquals(200, adminGet("groups").statusCode());
    }

    @Test
    void emptyBodiesNameTheRequiredField() {
        String solution = createdId(adminPost("solutions", "{\"name\":\"Input Checks\"}"));
        HttpResponse<String> activate = adminPut("solutions/" + solution + "/active-build", "{}");
        assertBadRequest(activate, "buildId");
        assertEquals("buildId: is required", Oidc.json(activate.body()).get("error").asText());
        String group = createdId(adminPost("groups", "{\"name\":\"Input Checks Team\"}"));
        assertBadRequest(adminPost("groups/" + group + "/members", "{}"), "userId or username");
        assertBadRequest(adminPost("solutions/" + solution + "/grants", "{}"), "principal");
        assertBadRequest(adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"name\":\"x\"},\"role\":\"user\"}"),
                "principal.type");
        assertBadRequest(adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"group\"},\"role\":\"user\"}"),
                "principal");
        assertBadRequest(adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"user\"},\"role\":\"user\"}"),
                "principal");
    }

    @Test
    void textsLongerThanTheirColumnAreRefusedAndNothingIsWritten() {
        assertBadRequest(adminPost("roles", "{\"name\":\"verbose\",\"description\":\"" + "d".repeat(10_000) + "\"}"), "description");
        assertFalse(adminGet("roles").body().contains("\"verbose\""), "nothing was written");
        assertEquals(201, adminPost("roles", "{\"name\":\"verbose\",\"description\":\"" + "d".repeat(1024) + "\"}").statusCode());

        assertBadRequest(adminPost("groups", "{\"name\":\"Wordy Team\",\"description\":\"" + "d".repeat(1025) + "\"}"), "description");
        // a group's name is as free as an identity provider's, but fits its column and holds no control character
        assertBadRequest(adminPost("groups", "{\"name\":\"" + "n".repeat(256) + "\"}"), "name");
        assertBadRequest(adminPost("groups", "{\"name\":\"Line\\nBreak\"}"), "name");
        assertBadRequest(adminPost("roles", "{\"name\":\"R&D\"}"), "name");
        assertEquals(201, adminPost("groups", "{\"name\":\"" + "n".repeat(255) + "\"}").statusCode());
        String group = createdId(adminPost("groups", "{\"name\":\"Wordy Team\",\"description\":\"" + "d".repeat(1024) + "\"}"));
        assertBadRequest(adminPut("groups/" + group, "{\"description\":\"" + "d".repeat(10_000) + "\"}"), "description");

        createOrganizationUser("wordy");
        String solution = createdId(adminPost("solutions", "{\"name\":\"Wordy\"}"));
        assertBadRequest(adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"user\",\"name\":\"wordy\"},"
                + "\"role\":\"user\",\"reason\":\"" + "r".repeat(10_000) + "\"}"), "reason");
        assertBadRequest(adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"user\",\"name\":\""
                + "n".repeat(100_000) + "\"},\"role\":\"user\"}"), "principal.name");
        assertBadRequest(adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"user\",\"name\":\"wordy\"},"
                + "\"role\":\"user\",\"expiresAt\":\"tomorrow\"}"), "expiresAt");
        // a grant that would be over before it was made gives nothing, though the share tab would list it
        assertBadRequest(adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"user\",\"name\":\"wordy\"},"
                + "\"role\":\"user\",\"expiresAt\":\"2020-01-01T00:00:00Z\"}"), "expiresAt");
        assertEquals(0, Oidc.json(adminGet("solutions/" + solution + "/share").body()).get("grants").size());
    }

    @Test
    void groupAttributesAreCappedInNumberAndSize() {
        assertBadRequest(adminPost("groups", "{\"name\":\"Huge Attribute\",\"attributes\":{\"site\":\""
                + "x".repeat(1 << 20) + "\"}}"), "attributes.site");
        StringBuilder many = new StringBuilder("{\"name\":\"Many Attributes\",\"attributes\":{");
        for (int i = 0; i < 10_000; i++) {
            many.append(i == 0 ? "" : ",").append("\"a").append(i).append("\":\"v\"");
        }
        assertBadRequest(adminPost("groups", many.append("}}").toString()), "attributes");
        assertEquals(0, Oidc.json(adminGet("groups?search=attribute").body()).size(), "nothing was written");

        StringBuilder most = new StringBuilder("{\"name\":\"Most Attributes\",\"attributes\":{");
        for (int i = 0; i < 50; i++) {
            most.append(i == 0 ? "" : ",").append("\"a").append(i).append("\":\"").append("v".repeat(1024)).append('"');
        }
        HttpResponse<String> created = adminPost("groups", most.append("}}").toString());
        assertEquals(201, created.statusCode(), "50 attributes of 1,024 characters are allowed");
        assertBadRequest(adminPut("groups/" + createdId(created), "{\"attributes\":{\"site\":\"" + "x".repeat(1025) + "\"}}"),
                "attributes.site");
    }

    @Test
    void pathIdsNoRowCanHaveAreNotFound() {
        String longId = "x".repeat(1000);
        assertEquals(404, adminGet("solutions/" + longId).statusCode());
        assertEquals(404, adminGet("groups/" + longId).statusCode());
        assertEquals(404, adminGet("solutions/" + longId + "/share").statusCode());
    }
    /**
     * A NUL in an id or a text: PostgreSQL refuses it inside a query or a row, which used to surface as a server
     * error (Keycloak's own API had the same, keycloak#41117). An id with one names no row (404), a text with one is a
     * 400 naming the field, and nothing is written.
     */
    @Test
    void aNulInAnIdIsNotFoundAndInATextIsRefusedByName() {
        String solution = createdId(adminPost("solutions", "{\"name\":\"Nul Checks\"}"));
        assertRefused(adminPut("solutions/" + solution + "/active-build", "{\"buildId\":\"a\\u0000\"}"), 404,
                "buildId");
        assertEquals(404, adminGet("solutions/a%00").statusCode());
        String group = createdId(adminPost("groups", "{\"name\":\"Nul Members\"}"));
        assertRefused(adminDelete("groups/" + group + "/members/a%00"), 404, "userId");
        assertEquals(404, adminGet("governance/proposals/a%00").statusCode(), "a proposal id with a NUL names none");
        assertEquals(404, findingsCall("GET", "/a%00", adminToken(), null).statusCode(), "nor a finding id");
        assertEquals(404, findingsCall("POST", "/a%00/acknowledge", adminToken(), "").statusCode());
        assertRefused(adminPost("requests/items", "{\"kind\":\"end-user-group\",\"groupId\":\"g\\u0000\","
                + "\"approvers\":{\"type\":\"users\",\"values\":[\"admin\"]}}"), 404, "groupId");
        assertBadRequest(adminPost("requests/items", "{\"kind\":\"realm-role\",\"role\":\"offline_access\","
                + "\"approvers\":{\"type\":\"users\",\"values\":[\"a\\u0000b\"]}}"), "approvers.values");
        assertNulQueryRefused(adminGet("tickets/outbox?sourceKind=finding&sourceId=%00"), "sourceId");
        assertNulQueryRefused(findingsCall("GET", "?user=a%00", adminToken(), null), "user");
        assertBadRequest(findingsCall("PUT", "/settings", adminToken(), "{\"webhookSecret\":\"s\\u0000\"}"),
                "webhookSecret");
        assertFalse(findingsCall("GET", "/settings", adminToken(), null).body().contains("\"webhookSecretSet\":true"),
                "nothing was stored");

        createOrganizationUser("nul-requester");
        HttpResponse<String> requested = send(HttpRequest.newBuilder(URI.create(org.realmUrl()
                + "/runtime-access/requests")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token("nul-requester"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"itemId\":\"i\\u0000\"}")));
        assertRefused(requested, 404, "itemId");
    }
    /**
     * Names are unique as the database compares them: MariaDB's collation takes {@code Case Role} and
     * {@code CASE ROLE} for one name, PostgreSQL and H2 for two. Either way the answer is a 201 or a 409 naming
     * {@code name}, never Keycloak's generic duplicate error; a group renamed to another case of a name (on MariaDB, of its own) is
     * no conflict.
     */
    @Test
    void aNameTheDatabaseCountsAsTakenIsAConflictNotAServerError() {
        boolean caseBlind = "mariadb".equals(TestDatabase.vendor());
        for (String path : new String[] {"roles", "solutions", "groups"}) {
            assertEquals(201, adminPost(path, "{\"name\":\"Case Name\"}").statusCode(), path);
            HttpResponse<String> other = adminPost(path, "{\"name\":\"CASE NAME\"}");
            if (caseBlind) {
                assertRefused(other, 409, "name");
            } else {
                assertEquals(201, other.statusCode(), path + ": " + other.body());
            }
        }
        String group = Oidc.json(adminGet("groups?search=case%20name").body()).get(0).get("id").asText();
        HttpResponse<String> renamed = adminPut("groups/" + group, "{\"name\":\"case name\"}");
        assertEquals(200, renamed.statusCode(), renamed.body());
    }

    /** A 400: from the HTTP layer before the resource sees the parameter, or from the resource naming it. */
    private static void assertNulQueryRefused(HttpResponse<String> response, String field) {
        assertEquals(400, response.statusCode(), response.body());
        if (response.body().startsWith("{") && Oidc.json(response.body()).has("field")) {
            assertEquals(field, Oidc.json(response.body()).get("field").asText(), response.body());
        }
    }
}
