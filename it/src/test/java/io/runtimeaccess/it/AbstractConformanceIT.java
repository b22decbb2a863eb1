package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * How a conformance test case runs and is reported: each case is a named check whose outcome goes into a table of
 * PASS and FAIL rows, and the checks call the endpoints the PDP's metadata names, as the fixture's checker.
 */
abstract class AbstractConformanceIT extends AbstractSharingIT {

    private final List<String[]> table = new ArrayList<>();
    ConformanceFixture fixture;
    /** The PDP's metadata, read by the discovery level before any other. */
    JsonNode metadata;

    /** Prints the table and fails unless every case passed. */
    void assertEveryCasePassed() {
        StringBuilder printed = new StringBuilder("\n| Level | Test id | What | Result |\n|---|---|---|---|\n");
        table.forEach(row -> printed.append("| ").append(String.join(" | ", row)).append(" |\n"));
        System.out.println(printed);
        assertTrue(table.stream().allMatch(row -> row[3].equals("PASS")), printed.toString());
    }

    /** Runs one test case and records PASS, or FAIL with the reason printed. */
    void check(String level, String id, String what, Runnable test) {
        String result;
        try {
            test.run();
            result = "PASS";
        } catch (AssertionError | RuntimeException e) {
            result = "FAIL";
            System.out.println(id + " failed: " + e);
        }
        table.add(new String[] {level, id, what, result});
    }

    void decision(String level, String id, String what, String body, boolean expected) {
        check(level, id, what, () -> {
            JsonNode answer = Oidc.json(ok(post("access_evaluation", body)).body());
            assertEquals(expected, answer.get("decision").asBoolean(), answer.toString());
        });
    }

    void batch(String level, String id, String what, String body, boolean first, boolean second) {
        check(level, id, what, () -> {
            JsonNode answer = Oidc.json(ok(post("access_evaluations", body)).body());
            assertEquals(List.of(first, second), decisions(answer), answer.toString());
        });
    }

    void search(String level, String id, String what, String endpoint, String body, String key,
            String... expected) {
        check(level, id, what, () -> {
            JsonNode answer = Oidc.json(ok(post(endpoint, body)).body());
            List<String> found = new ArrayList<>();
            answer.get("results").forEach(result -> found.add(result.get(key).asText()));
            // the scenario's harness asks for "at least" its entities; this fixture's policy gives exactly these,
            // all on one page, so a search that also returned what it must not fails here
            assertEquals(new TreeSet<>(List.of(expected)), new TreeSet<>(found), answer.toString());
            assertEquals(found.size(), new TreeSet<>(found).size(), "each result once: " + answer);
            assertEquals("", answer.get("page").get("next_token").asText(), "nothing left for a later page: " + answer);
            if (key.equals("id")) {
                String type = Oidc.json(body).get(endpoint.equals("search_subject") ? "subject" : "resource").get("type").asText();
                answer.get("results").forEach(result -> assertEquals(type, result.get("type").asText()));
            }
            assertTrue(answer.get("page").get("next_token").isTextual());
        });
    }

    void assertEmpty(String endpoint, String body) {
        JsonNode answer = Oidc.json(ok(post(endpoint, body)).body());
        assertEquals(0, answer.get("results").size(), endpoint + " " + body + ": " + answer);
    }

    static List<Boolean> decisions(JsonNode answer) {
        List<Boolean> decisions = new ArrayList<>();
        answer.get("evaluations").forEach(item -> decisions.add(item.get("decision").asBoolean()));
        return decisions;
    }

    HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertJson(response);
        return response;
    }

    static void assertJson(HttpResponse<String> response) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
    }

    String endpoint(String name) {
        return metadata.get(name + "_endpoint").asText();
    }

    HttpResponse<String> post(String endpoint, String body) {
        return send(request(endpoint, body, "application/json"));
    }

    HttpRequest.Builder request(String endpoint, String body, String contentType) {
        return HttpRequest.newBuilder(URI.create(endpoint(endpoint))).header("Content-Type", contentType)
                .header("Authorization", "Bearer " + fixture.checkerToken())
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
