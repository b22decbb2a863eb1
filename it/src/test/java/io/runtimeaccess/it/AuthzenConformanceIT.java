package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * The OpenID AuthZEN Authorization API 1.0 certification scenario, every test case of every level, against a
 * realm loaded with the scenario's fixture through the admin API ({@link ConformanceFixture}), one method per
 * level. Prints a table of the test ids with PASS or FAIL (docs/authzen-conformance.md shows it) and fails if any
 * case failed.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class AuthzenConformanceIT extends AbstractConformanceIT {

    private static final String READ_R1 = """
            "subject":{"type":"user","id":"alice"},"action":{"name":"read"},"resource":{"type":"record","id":"record-1"}""";
    private static final String CONTEXT = "\"context\":{\"time\":\"2025-06-27T18:03-07:00\",\"ip\":\"192.168.1.1\"}";

    @Test
    void everyLevelOfTheCertificationScenario() {
        fixture = ConformanceFixture.load(admin, urls.getBase(), adminToken());
        try {
            discovery();
            basicCore();
            basicProperties();
            batchCore();
            batchProperties();
            searchCore();
            searchProperties();
            beyondTheScenario();
        } finally {
            fixture.remove();
        }
        assertEveryCasePassed();
    }

    private void discovery() {
        check("Discovery", "c-6", "metadata at the well-known URI derived from the PDP identifier", () -> {
            HttpResponse<String> response = Oidc.call(HttpRequest.newBuilder(URI.create(urls.getBase()
                    + "/.well-known/authzen-configuration/realms/" + fixture.realm())).GET().build());
            assertEquals(200, response.statusCode());
            assertJson(response);
            metadata = Oidc.json(response.body());
            assertEquals(fixture.pdp(), metadata.get("policy_decision_point").asText());
            for (String endpoint : new String[] {"access_evaluation", "access_evaluations", "search_subject",
                    "search_resource", "search_action"}) {
                assertTrue(metadata.get(endpoint + "_endpoint").asText().startsWith(fixture.pdp() + "/"), endpoint);
            }
            assertTrue(metadata.get("capabilities") == null || metadata.get("capabilities").isArray());
        });
    }

    private void basicCore() {
        String level = "Basic Core";
        decision(level, "c-2-2-1", "alice read record-1: permit", "{" + READ_R1 + "}", true);
        decision(level, "c-2-2-2", "bob write record-1: deny", """
                {"subject":{"type":"user","id":"bob"},"action":{"name":"write"},"resource":{"type":"record","id":"record-1"}}""",
                false);
        decision(level, "c-2-2-3", "optional context", "{" + READ_R1 + "," + CONTEXT + "}", true);
        decision(level, "c-2-2-8", "additional properties", """
                {"subject":{"type":"user","id":"alice","properties":{"department":"Sales","role":"manager"}},
                 "action":{"name":"read","properties":{"method":"GET"}},
                 "resource":{"type":"record","id":"record-1","properties":{"status":"active","owner":"bob"}}}""", true);
        decision(level, "c-2-2-9", "unknown fields ignored", "{" + READ_R1
                + ",\"foo\":\"bar\",\"futureField\":{\"nested\":true}}", true);
        check(level, "c-2-3", "decision is a boolean, context an object", () -> {
            JsonNode answer = Oidc.json(ok(post("access_evaluation", "{" + READ_R1 + "}")).body());
            assertTrue(answer.get("decision").isBoolean());
            assertTrue(answer.get("context") == null || answer.get("context").isObject());
        });
        check(level, "c-2-4", "400 for missing fields, sub-fields, bad JSON, bad types, non-JSON", () -> {
            for (String body : new String[] {
                    "{\"action\":{\"name\":\"read\"},\"resource\":{\"type\":\"record\",\"id\":\"record-1\"}}",
                    "{\"subject\":{\"type\":\"user\",\"id\":\"alice\"},\"resource\":{\"type\":\"record\",\"id\":\"record-1\"}}",
                    "{\"subject\":{\"type\":\"user\",\"id\":\"alice\"},\"action\":{\"name\":\"read\"}}",
                    READ_R1.replace("\"type\":\"user\",", "").transform(b -> "{" + b + "}"),
                    READ_R1.replace(",\"id\":\"alice\"", "").transform(b -> "{" + b + "}"),
                    READ_R1.replace("\"name\":\"read\"", "").transform(b -> "{" + b + "}"),
                    READ_R1.replace("\"type\":\"record\",", "").transform(b -> "{" + b + "}"),
                    READ_R1.replace(",\"id\":\"record-1\"", "").transform(b -> "{" + b + "}"),
                    "{\"subject\":", "", READ_R1.replace("{\"type\":\"user\",\"id\":\"alice\"}", "\"alice\"")
                            .transform(b -> "{" + b + "}"),
                    READ_R1.replace("\"read\"", "123").transform(b -> "{" + b + "}")}) {
                assertEquals(400, post("access_evaluation", body).statusCode(), body);
            }
            assertEquals(400, send(request("access_evaluation", "{" + READ_R1 + "}", "text/plain")).statusCode());
        });
        check(level, "c-2-5", "X-Request-ID echoed when sent, not needed", () -> {
            HttpResponse<String> echoed = send(request("access_evaluation", "{" + READ_R1 + "}", "application/json")
                    .header("X-Request-ID", "conformance-42"));
            assertEquals("conformance-42", echoed.headers().firstValue("X-Request-ID").orElse(null));
            assertEquals(200, post("access_evaluation", "{" + READ_R1 + "}").statusCode());
        });
        check(level, "c-2-6", "idempotent", () -> {
            for (int i = 0; i < 5; i++) {
                assertTrue(Oidc.json(ok(post("access_evaluation", "{" + READ_R1 + "}")).body()).get("decision").asBoolean());
            }
        });
    }

    private void basicProperties() {
        String level = "Basic Properties";
        decision(level, "c-2-2-4", "archived record: alice may not write", """
                {"subject":{"type":"user","id":"alice"},"action":{"name":"write"},
                 "resource":{"type":"record","id":"record-2","properties":{"status":"archived"}}}""", false);
        decision(level, "c-2-2-5", "admin subject may write an archived record", """
                {"subject":{"type":"user","id":"bob","properties":{"role":"admin"}},"action":{"name":"write"},
                 "resource":{"type":"record","id":"record-2","properties":{"status":"archived"}}}""", true);
        decision(level, "c-2-2-6", "soft delete permitted", """
                {"subject":{"type":"user","id":"alice"},"action":{"name":"delete","properties":{"soft":true}},
                 "resource":{"type":"record","id":"record-1"}}""", true);
        decision(level, "c-2-2-7", "hard delete denied", """
                {"subject":{"type":"user","id":"alice"},"action":{"name":"delete","properties":{"soft":false}},
                 "resource":{"type":"record","id":"record-1"}}""", false);
    }

    private void batchCore() {
        String level = "Batch Core";
        batch(level, "c-3-2-1", "defaults and items", """
                {"subject":{"type":"user","id":"alice"},"action":{"name":"read"},
                 "evaluations":[{"resource":{"type":"record","id":"record-1"}},{"resource":{"type":"record","id":"record-2"}}]}""",
                true, true);
        batch(level, "c-3-2-2", "fixture decisions in order", """
                {"subject":{"type":"user","id":"bob"},"resource":{"type":"record","id":"record-1"},
                 "evaluations":[{"action":{"name":"read"}},{"action":{"name":"write"}}]}""", true, false);
        batch(level, "c-3-2-5", "fully specified items", "{\"evaluations\":[{" + READ_R1 + "},"
                + "{\"subject\":{\"type\":\"user\",\"id\":\"bob\"},\"action\":{\"name\":\"write\"},"
                + "\"resource\":{\"type\":\"record\",\"id\":\"record-1\"}}]}", true, false);
        batch(level, "c-3-2-6", "context inheritance", """
                {"subject":{"type":"user","id":"alice"},"action":{"name":"read"},"context":{"time":"2025-06-27T18:03-07:00"},
                 "evaluations":[{"resource":{"type":"record","id":"record-1"}},
                  {"resource":{"type":"record","id":"record-2"},"context":{"time":"2025-06-27T19:00-07:00","source":"batch-override"}}]}""",
                true, true);
        check(level, "c-3-3", "same length and order, a decision each, no top-level decision", () -> {
            JsonNode answer = Oidc.json(ok(post("access_evaluations", "{\"evaluations\":[{" + READ_R1 + "},"
                    + "{\"subject\":{\"type\":\"user\",\"id\":\"bob\"},\"action\":{\"name\":\"write\"},"
                    + "\"resource\":{\"type\":\"record\",\"id\":\"record-1\"}},{" + READ_R1 + "}]}")).body());
            assertEquals(3, answer.get("evaluations").size());
            assertEquals(List.of(true, false, true), decisions(answer));
            assertFalse(answer.has("decision"));
        });
        batch(level, "c-3-4-1", "a bad item under execute_all is a denial", """
                {"subject":{"type":"user","id":"alice"},"action":{"name":"read"},"options":{"evaluations_semantic":"execute_all"},
                 "evaluations":[{"resource":{"type":"record","id":"record-1"}},{}]}""", true, false);
        check(level, "c-3-4-2", "no evaluations: a single answer", () -> assertTrue(Oidc.json(ok(post(
                "access_evaluations", "{" + READ_R1 + "}")).body()).get("decision").asBoolean()));
        check(level, "c-3-4-3", "empty evaluations: a single answer", () -> assertTrue(Oidc.json(ok(post(
                "access_evaluations", "{" + READ_R1 + ",\"evaluations\":[]}")).body()).get("decision").asBoolean()));
    }

    private void batchProperties() {
        String level = "Batch Properties";
        batch(level, "c-3-2-3", "resource properties per item", """
                {"subject":{"type":"user","id":"alice"},"action":{"name":"write"},
                 "evaluations":[{"resource":{"type":"record","id":"record-1","properties":{"status":"active"}}},
                  {"resource":{"type":"record","id":"record-2","properties":{"status":"archived"}}}]}""", true, false);
        batch(level, "c-3-2-4", "subject properties per item", """
                {"action":{"name":"write"},"resource":{"type":"record","id":"record-2","properties":{"status":"archived"}},
                 "evaluations":[{"subject":{"type":"user","id":"alice"}},
                  {"subject":{"type":"user","id":"bob","properties":{"role":"admin"}}}]}""", false, true);
        batch(level, "c-3-2-7", "whole-entity defaults", """
                {"subject":{"type":"user","id":"alice"},"action":{"name":"write"},
                 "resource":{"type":"record","id":"record-1","properties":{"status":"active"}},
                 "evaluations":[{},{"resource":{"type":"record","id":"record-2","properties":{"status":"archived"}}}]}""",
                true, false);
    }

    private void searchCore() {
        String level = "Search Core";
        String subjects = "\"subject\":{\"type\":\"user\"},\"action\":{\"name\":\"read\"},"
                + "\"resource\":{\"type\":\"record\",\"id\":\"record-1\"}";
        search(level, "c-4-2-1", "subject search", "search_subject", "{" + subjects + "}", "id", "alice", "bob");
        search(level, "c-4-2-2", "subject search with context", "search_subject", "{" + subjects + "," + CONTEXT + "}",
                "id", "alice", "bob");
        search(level, "c-4-2-3", "subject.id ignored", "search_subject", "{" + READ_R1 + "}", "id", "alice", "bob");
        String resources = "\"subject\":{\"type\":\"user\",\"id\":\"alice\"},\"action\":{\"name\":\"read\"},"
                + "\"resource\":{\"type\":\"record\"}";
        search(level, "c-4-3-1", "resource search", "search_resource", "{" + resources + "}", "id", "record-1",
                "record-2");
        search(level, "c-4-3-2", "resource search with context", "search_resource", "{" + resources + "," + CONTEXT + "}",
                "id", "record-1", "record-2");
        search(level, "c-4-3-3", "resource.id ignored", "search_resource", "{" + READ_R1 + "}", "id", "record-1",
                "record-2");
        String actions = "\"subject\":{\"type\":\"user\",\"id\":\"alice\"},\"resource\":{\"type\":\"record\",\"id\":\"record-1\"}";
        search(level, "c-4-4-1", "action search", "search_action", "{" + actions + "}", "name", "read", "write");
        search(level, "c-4-4-2", "action search with context", "search_action", "{" + actions + "," + CONTEXT + "}",
                "name", "read", "write");
        check(level, "c-4-5", "page limit, then the token, until next_token is empty", () -> {
            JsonNode first = Oidc.json(ok(post("search_subject", "{" + subjects + ",\"page\":{\"limit\":1}}")).body());
            assertEquals(1, first.get("results").size());
            String token = first.get("page").get("next_token").asText();
            assertFalse(token.isEmpty(), "two subjects, one per page");
            // as the scenario's c-4-5-2 and the specification's example: the follow-up sends the token alone
            JsonNode second = Oidc.json(ok(post("search_subject", "{" + subjects + ",\"page\":{\"token\":\""
                    + token + "\"}}")).body());
            assertEquals("", second.get("page").get("next_token").asText(), "the last page says so: " + second);
            assertEquals(Set.of("alice", "bob"), Set.of(first.get("results").get(0).get("id").asText(),
                    second.get("results").get(0).get("id").asText()));
        });
        check(level, "c-4-6", "unknown identifier or type: empty results on all three", () -> {
            assertEmpty("search_action", "{\"subject\":{\"type\":\"user\",\"id\":\"nonexistent-user\"},"
                    + "\"resource\":{\"type\":\"record\",\"id\":\"record-1\"}}");
            assertEmpty("search_subject", "{" + subjects.replace("\"user\"", "\"spaceship\"") + "}");
            assertEmpty("search_resource", "{" + resources.replace("\"record\"", "\"spaceship\"") + "}");
            assertEmpty("search_resource", "{" + resources.replace("alice", "nonexistent-user") + "}");
            assertEmpty("search_subject", "{" + subjects.replace("record-1", "record-9") + "}");
        });
        check(level, "c-4-7", "400 for missing fields and input ids", () -> {
            String[][] refused = {
                    {"search_subject", "{\"subject\":{\"type\":\"user\"},\"resource\":{\"type\":\"record\",\"id\":\"record-1\"}}"},
                    {"search_resource", "{\"action\":{\"name\":\"read\"},\"resource\":{\"type\":\"record\"}}"},
                    {"search_action", "{\"subject\":{\"type\":\"user\",\"id\":\"alice\"}}"},
                    {"search_subject", "{\"subject\":{\"type\":\"user\"},\"action\":{\"name\":\"read\"},\"resource\":{\"type\":\"record\"}}"},
                    {"search_resource", "{\"subject\":{\"type\":\"user\"},\"action\":{\"name\":\"read\"},\"resource\":{\"type\":\"record\"}}"},
                    {"search_action", "{\"subject\":{\"type\":\"user\"},\"resource\":{\"type\":\"record\",\"id\":\"record-1\"}}"}};
            for (String[] call : refused) {
                assertEquals(400, post(call[0], call[1]).statusCode(), call[0] + " " + call[1]);
            }
        });
    }

    private void searchProperties() {
        String level = "Search Properties";
        search(level, "c-4-2-4", "who may write the archived record-2", "search_subject", """
                {"subject":{"type":"user"},"action":{"name":"write"},
                 "resource":{"type":"record","id":"record-2","properties":{"status":"archived"}}}""", "id", "bob");
        search(level, "c-4-3-4", "what bob (admin) may write", "search_resource", """
                {"subject":{"type":"user","id":"bob","properties":{"role":"admin"}},"action":{"name":"write"},
                 "resource":{"type":"record"}}""", "id", "record-2");
        search(level, "c-4-4-3", "what bob (admin) may do on the archived record-2", "search_action", """
                {"subject":{"type":"user","id":"bob","properties":{"role":"admin"}},
                 "resource":{"type":"record","id":"record-2","properties":{"status":"archived"}}}""", "name", "read",
                "write");
    }

    /** The caller rules and the admin forms, which the scenario does not cover. */
    private void beyondTheScenario() {
        String level = "Runtime Access";
        check(level, "callers", "a user searches about itself only; only a checker lists subjects", () -> {
            String alice = fixture.userToken("alice");
            assertEquals(200, fixture.call(endpoint("search_resource"), alice, "{\"subject\":{\"type\":\"user\",\"id\":"
                    + "\"alice\"},\"action\":{\"name\":\"read\"},\"resource\":{\"type\":\"record\"}}").statusCode());
            assertEquals(403, fixture.call(endpoint("search_action"), alice, "{\"subject\":{\"type\":\"user\",\"id\":"
                    + "\"bob\"},\"resource\":{\"type\":\"record\",\"id\":\"record-1\"}}").statusCode());
            assertEquals(403, fixture.call(endpoint("search_subject"), alice, "{\"subject\":{\"type\":\"user\"},"
                    + "\"action\":{\"name\":\"read\"},\"resource\":{\"type\":\"record\",\"id\":\"record-1\"}}").statusCode());
        });
        check(level, "subject-type", "a subject of another type is no user of that id: denied", () -> {
            JsonNode answer = Oidc.json(ok(post("access_evaluation", "{" + READ_R1.replace("\"type\":\"user\"",
                    "\"type\":\"service\"") + "}")).body());
            assertFalse(answer.get("decision").asBoolean(), answer.toString());
            assertEquals("DENY_UNKNOWN_SUBJECT_TYPE", answer.get("context").get("code").asText());
            // a search answers it as nothing found before any lookup: no caller's 403 about another user's id
            HttpResponse<String> asAlice = fixture.call(endpoint("search_action"), fixture.userToken("alice"),
                    "{\"subject\":{\"type\":\"group\",\"id\":\"bob\"},\"resource\":{\"type\":\"record\","
                            + "\"id\":\"record-1\"}}");
            assertEquals(200, asAlice.statusCode(), asAlice.body());
            assertTrue(Oidc.json(asAlice.body()).get("results").isEmpty(), asAlice.body());
            JsonNode subjects = Oidc.json(ok(post("search_subject", "{\"subject\":{\"type\":\"group\"},\"action\":"
                    + "{\"name\":\"read\"},\"resource\":{\"type\":\"record\",\"id\":\"record-1\"}}")).body());
            assertTrue(subjects.get("results").isEmpty(), subjects.toString());
        });
        search(level, "solution-search", "the solutions alice may use", "search_resource", "{\"subject\":{\"type\":"
                + "\"user\",\"id\":\"alice\"},\"action\":{\"name\":\"use\"},\"resource\":{\"type\":\"solution\"}}", "id",
                fixture.solutionId());
        check(level, "admin-search", "the admin forms answer the same", () -> {
            String body = "{\"subject\":{\"type\":\"user\",\"id\":\"alice\"},\"resource\":{\"type\":\"record\",\"id\":\"record-1\"}}";
            HttpResponse<String> asAdmin = fixture.call(fixture.adminUrl("search/action"), adminToken(), body);
            assertEquals(Oidc.json(ok(post("search_action", body)).body()).get("results"),
                    Oidc.json(ok(asAdmin).body()).get("results"));
            assertEquals(400, fixture.call(fixture.adminUrl("search/subject"), adminToken(), "{}").statusCode());
        });
    }
}
