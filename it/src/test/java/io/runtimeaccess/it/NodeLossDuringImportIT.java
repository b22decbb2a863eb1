package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * Of two nodes on one database, the one running a large import is killed ({@code kill -9}) midway. The
 * import is then either wholly in the database or not at all, and the surviving node, whose index of the
 * realm was loaded before the import, answers checks as the database says.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class NodeLossDuringImportIT extends AbstractSharingIT {

    /** Rounds (each starts node 2 again); more than one with {@code -Druntimeaccess.nodeLoss.rounds=3}. */
    static final int ROUNDS = Integer.getInteger("runtimeaccess.nodeLoss.rounds", 1);
    /** When node 2 dies, as a multiple of the time its dry run of the same document took. */
    static final double[] KILL_AFTER = {1.0, 4.0, 8.0};
    static final int USERS = 8;
    static final int SOLUTIONS = 1_000;
    static final Duration INDEX_LIMIT = Duration.ofSeconds(1);
    private static final HttpClient ASYNC = HttpClient.newHttpClient();
    @RegisterExtension
    static final SecondNodeExtension SECOND = new SecondNodeExtension();

    @Test
    void anImportOnAKilledNodeIsAllOrNothingAndTheOtherNodeAnswersRight() throws Exception {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            createOrganizationUser("nodeloss-user-" + i);
            users.add("nodeloss-user-" + i);
        }
        for (int round = 0; round < ROUNDS; round++) {
            runRound(round, users);
        }
    }

    private void runRound(int round, List<String> users) throws Exception {
        String prefix = "nodeloss-r" + round + "-";
        String anchor = Oidc.json(adminPost("solutions", "{\"name\":\"" + prefix + "anchor\"}").body()).get("id").asText();
        // Node 1 loads the realm's index now, before the import, so a missed change would leave it stale.
        Map<String, String> tokens = new HashMap<>();
        for (String user : users) {
            tokens.put(user, org.passwordLogin(user, user).get("access_token").asText());
            assertEquals(false, uses(tokens.get(user), anchor), "before the import " + user + " has no grant");
        }
        ObjectNode doc = document(prefix, users);
        SecondNode second = SECOND.start();
        String node2Admin = SecondNode.adminToken();
        long dryStart = System.nanoTime();
        HttpResponse<String> dryRun = send(importOnSecondNode(doc, true, node2Admin));
        long dryMillis = AbstractFaultIT.millisSince(dryStart);
        assertEquals(200, dryRun.statusCode(), dryRun.body());
        long killAfter = (long) (dryMillis * KILL_AFTER[round % KILL_AFTER.length]);

        CompletableFuture<HttpResponse<String>> applying = ASYNC.sendAsync(importOnSecondNode(doc, false, node2Admin)
                .build(), HttpResponse.BodyHandlers.ofString());
        sleep(killAfter);
        boolean answeredBeforeKill = applying.isDone() && !applying.isCompletedExceptionally();
        second.kill();
        long killed = System.nanoTime();

        JsonNode export = awaitExportOnFirstNode();
        long node1Millis = AbstractFaultIT.millisSince(killed);
        List<String> expected = describe(doc, prefix);
        List<String> found = describe(export, prefix);
        boolean applied = !found.isEmpty();
        System.out.printf("NodeLossDuringImportIT round %d: %d entries; dry run on node 2 %d ms; killed after %d ms"
                + " (import %s); node 1 answered %d ms after the kill; import %s (%d of %d entries in the database)%n",
                round, expected.size(), dryMillis, killAfter, answeredBeforeKill ? "had answered" : "still running",
                node1Millis, applied ? "applied" : "not applied", found.size(), expected.size());
        if (answeredBeforeKill) {
            assertEquals(200, applying.get().statusCode(), applying.get().body());
            assertTrue(applied, "an import that answered 200 is in the database");
        }
        if (applied) {
            assertEquals(expected, found, "the import is wholly in the database or not at all");
        }
        for (String user : users) {
            assertDecision(user, tokens.get(user), anchor, applied);
        }
    }

    /** Many solutions with a build, groups with members, and grants, among them every user's on the anchor. */
    private static ObjectNode document(String prefix, List<String> users) {
        ObjectNode doc = new ObjectMapper().createObjectNode();
        doc.put("format", 1);
        doc.putArray("roles");
        ArrayNode solutions = doc.putArray("solutions");
        ArrayNode groups = doc.putArray("groups");
        ArrayNode grants = doc.putArray("grants");
        for (int i = 0; i < SOLUTIONS; i++) {
            ObjectNode solution = solutions.addObject();
            solution.put("name", prefix + "solution-" + i);
            solution.put("activeBuild", "1");
            ObjectNode build = solution.putArray("builds").addObject();
            build.put("name", "1");
            build.putArray("roles").add("user");
            build.putArray("resources");
            ObjectNode group = groups.addObject();
            group.put("name", prefix + "group-" + i);
            group.put("description", "imported");
            group.put("archived", false);
            group.putArray("members").add(users.get(i % users.size())).add(users.get((i + 1) % users.size()));
            grant(grants, prefix + "solution-" + i, "group", prefix + "group-" + i);
        }
        for (String user : users) {
            grant(grants, prefix + "anchor", "user", user);
        }
        return doc;
    }

    private static void grant(ArrayNode grants, String solution, String type, String principal) {
        ObjectNode grant = grants.addObject();
        grant.put("solution", solution);
        grant.put("principalType", type);
        grant.put("principal", principal);
        grant.put("role", "user");
        grant.put("reason", "imported");
    }

    /** This round's solutions, builds, groups with members and grants, one line each, sorted. */
    private static List<String> describe(JsonNode doc, String prefix) {
        TreeSet<String> lines = new TreeSet<>();
        for (JsonNode solution : doc.get("solutions")) {
            String name = solution.get("name").asText();
            if (name.startsWith(prefix) && !name.equals(prefix + "anchor")) {
                lines.add("solution " + name + " active " + solution.path("activeBuild").asText());
                solution.get("builds").forEach(build -> lines.add("build " + name + "/" + build.get("name").asText()
                        + " " + build.get("roles")));
            }
        }
        for (JsonNode group : doc.get("groups")) {
            if (group.get("name").asText().startsWith(prefix)) {
                TreeSet<String> members = new TreeSet<>(texts(group.get("members")));
                lines.add("group " + group.get("name").asText() + " " + members);
            }
        }
        for (JsonNode grant : doc.get("grants")) {
            if (grant.get("solution").asText().startsWith(prefix)) {
                lines.add("grant " + grant.get("solution").asText() + " " + grant.get("principalType").asText() + ":"
                        + grant.get("principal").asText() + " " + grant.get("role").asText());
            }
        }
        return new ArrayList<>(lines);
    }

    private HttpRequest.Builder importOnSecondNode(JsonNode doc, boolean dryRun, String token) {
        return HttpRequest.newBuilder(URI.create(SecondNode.baseUrl() + "/admin/realms/" + organization.getName()
                + "/runtime-access/import?dryRun=" + dryRun)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofString(doc.toString()));
    }

    /** Node 1's export, once node 1 answers again after losing its peer (at most a minute). */
    private JsonNode awaitExportOnFirstNode() {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (true) {
            try {
                HttpResponse<String> export = adminGet("export");
                if (export.statusCode() == 200) {
                    return Oidc.json(export.body());
                }
            } catch (AssertionError | RuntimeException notYet) {
                assertTrue(System.nanoTime() < deadline, "node 1 did not answer within a minute of node 2's death");
            }
            assertTrue(System.nanoTime() < deadline, "node 1's export did not answer 200 within a minute");
            sleep(250);
        }
    }

    /** Node 1 gives the decision the database holds, at the latest after {@link #INDEX_LIMIT}. */
    private void assertDecision(String user, String token, String solution, boolean expected) {
        long deadline = System.nanoTime() + INDEX_LIMIT.toNanos();
        while (uses(token, solution) != expected) {
            assertTrue(System.nanoTime() < deadline, "node 1 answers " + !expected + " for " + user
                    + " on the anchor, but the database " + (expected ? "holds" : "has no") + " the imported grant");
            sleep(20);
        }
    }

    /** The user's own check on node 1: may it use the solution? */
    private boolean uses(String token, String solution) {
        String subject = Oidc.claims(token).get("sub").asText();
        HttpResponse<String> response = send(evaluation(token, "{\"subject\":{\"type\":"
                + "\"user\",\"id\":\"" + subject + "\"},\"action\":{\"name\":\"use\"},\"resource\":{\"type\":"
                + "\"solution\",\"id\":\"" + solution + "\"}}"));
        assertEquals(200, response.statusCode(), response.body());
        return Oidc.json(response.body()).get("decision").asBoolean();
    }
}
