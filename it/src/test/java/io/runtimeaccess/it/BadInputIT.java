package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * The bad-input corpus ({@code bad-input/cases.txt}) against every admin and check endpoint. Each
 * answer must be the expected 4xx with a JSON error naming the field or parameter, or a success where
 * the input is legitimate; never a 5xx, never slower than 5 s, and a refused request leaves the
 * database as it was. Prints how many answers had each status.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class BadInputIT extends AbstractSharingIT {

    private static final Duration LIMIT = Duration.ofSeconds(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Integer> COUNTS = new TreeMap<>();

    private String fixtureUsername;

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersBadInputWithAClearError() {
        List<BadInputCase> cases = BadInputCase.load("/bad-input/cases.txt");
        assertTrue(cases.size() >= 60, "the corpus has at least 60 cases, not " + cases.size());
        Map<String, String> fixtures = fixtures();
        String checkerToken = checkerServiceAccountToken();
        String realmId = organization.admin().toRepresentation().getId();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c, fixtures, checkerToken, realmId)));
    }

    @AfterAll
    static void printCounts() {
        System.out.println("BadInputIT: " + COUNTS.entrySet().stream().map(e -> e.getKey() + " x " + e.getValue())
                .collect(Collectors.joining(", ")));
    }

    private void run(BadInputCase c, Map<String, String> fixtures, String checkerToken, String realmId) {
        String body = c.body() == null ? null : BadInputCase.expand(c.body(), fixtures);
        HttpRequest request = request(c, BadInputCase.expand(c.path(), fixtures), body, checkerToken);
        Map<String, String> before = DatabaseSnapshot.take(realmId);
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            count("no answer");
            throw new AssertionError(c.name() + ": no answer (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        int status = response.statusCode();
        count(status >= 200 && status < 300 ? "2xx" : String.valueOf(status));
        List<String> problems = new ArrayList<>();
        if (status >= 500) {
            problems.add("a server error " + status + ": " + BadInputCase.brief(response.body()));
        }
        if (took.compareTo(LIMIT) > 0) {
            problems.add("took " + took.toMillis() + " ms");
        }
        String problem = c.expected().problem(status, response.body(), fixtures);
        if (problem != null) {
            problems.add(problem);
        }
        boolean refused = status >= 400 || c.expected().refusal();
        if (refused || c.expected().unchanged()) {
            List<String> changed = DatabaseSnapshot.changed(before, DatabaseSnapshot.take(realmId));
            if (!changed.isEmpty()) {
                problems.add("the database changed: " + changed);
            }
        }
        assertEquals(List.of(), problems, c.name() + " (" + c.method() + " " + brief(c.path()) + ")");
    }

    private HttpRequest request(BadInputCase c, String path, String body, String checkerToken) {
        String base = urls.getBase().replaceAll("/$", "");
        String where = path.split("[/?]", 2)[0];
        String rest = path.substring(where.length());
        String prefix;
        String token;
        switch (where) {
            case "admin":
                prefix = "/admin/realms/" + organization.getName() + "/runtime-access";
                token = adminToken();
                break;
            case "findings":
                prefix = "/admin/realms/" + organization.getName() + "/anomaly-findings";
                token = adminToken();
                break;
            case "check":
                prefix = "/realms/" + organization.getName() + "/runtime-access";
                token = checkerToken;
                break;
            case "requests":
                // The users' request API acts as the token's user: the fixture user, signed in afresh per case.
                prefix = "/realms/" + organization.getName() + "/runtime-access/requests";
                token = org.passwordLogin(fixtureUsername, fixtureUsername).get("access_token").asText();
                break;
            case "reviews":
                // The reviewers' API acts as the token's user too: the fixture user, who reviews nothing.
                prefix = "/realms/" + organization.getName() + "/runtime-access/reviews";
                token = org.passwordLogin(fixtureUsername, fixtureUsername).get("access_token").asText();
                break;
            default:
                throw new IllegalArgumentException(c.name() + ": unknown endpoint family " + where);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + prefix + rest))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body == null) {
            return builder.method(c.method(), HttpRequest.BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", "application/json")
                .method(c.method(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    /** A role, a solution with a user grant, two groups (one with a member) and a user, named per run. */
    private Map<String, String> fixtures() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> f = new HashMap<>();
        f.put("run", run);
        f.put("role", "bi-role-" + run);
        created(adminPost("roles", "{\"name\":\"" + f.get("role") + "\"}"));
        f.put("solutionName", "BI Loans " + run);
        JsonNode solution = created(adminPost("solutions", "{\"name\":\"" + f.get("solutionName") + "\"}"));
        f.put("solution", solution.get("id").asText());
        f.put("build", solution.get("activeBuildId").asText());
        f.put("username", "bi-user-" + run);
        f.put("user", createOrganizationUser(f.get("username")));
        f.put("groupName", "BI Group " + run);
        f.put("group", created(adminPost("groups", "{\"name\":\"" + f.get("groupName") + "\"}")).get("id").asText());
        f.put("group2Name", "BI Group Two " + run);
        f.put("group2", created(adminPost("groups", "{\"name\":\"" + f.get("group2Name") + "\"}")).get("id").asText());
        created(adminPost("groups/" + f.get("group") + "/members", "{\"userId\":\"" + f.get("user") + "\"}"));
        f.put("grant", created(adminPost("solutions/" + f.get("solution") + "/grants", "{\"principal\":{\"type\":"
                + "\"user\",\"name\":\"" + f.get("username") + "\"},\"role\":\"user\"}")).get("id").asText());
        fixtureUsername = f.get("username");
        // A requestable item (membership of group2, which the user lacks) and the user's pending request for it.
        f.put("item", created(adminPost("requests/items", "{\"kind\":\"end-user-group\",\"groupId\":\""
                + f.get("group2") + "\",\"approvers\":{\"type\":\"manager\"},\"justificationRequired\":true}"))
                .get("id").asText());
        f.put("request", created(send(HttpRequest.newBuilder(URI.create(org.realmUrl() + "/runtime-access/requests"))
                .header("Authorization", "Bearer " + org.passwordLogin(fixtureUsername, fixtureUsername)
                        .get("access_token").asText())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"itemId\":\"" + f.get("item") + "\",\"justification\":\"bad-input fixture\"}"))))
                .get("id").asText());
        return f;
    }

    private static JsonNode created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), "creating a fixture: " + response.body());
        return Oidc.json(response.body());
    }

    private static synchronized void count(String status) {
        COUNTS.merge(status, 1, Integer::sum);
    }

    private static String brief(String path) {
        return path.length() <= 120 ? path : path.substring(0, 120) + "...";
    }
}
