package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * The proposal queue on a real Keycloak, fed by real runs ({@code POST runs}) over seeded situations: disabled
 * users still holding grants, and accounts created long ago that never signed in (imported with an old creation
 * time). Approving applies the change through the admin API's code and writes admin events; rejecting suppresses
 * the change in the next run; bulk decides each id; auto-low-risk applies enabled categories but never touches a
 * privileged item, an admin or a designer; mode report refuses every decision. The realm is shared with other
 * test classes, so every name here starts with "q-", every query filters on these users, and the settings are
 * put back to the defaults after each test.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class ProposalQueueIT extends AbstractSharingIT {

    private static final String GOV = "governance/";
    private static final String DEFAULTS = "{\"mode\":\"report\",\"autoApply\":[],\"dormantDays\":90,\"unusedDays\":90,"
            + "\"privilegedItems\":[],\"rejectionSuppressionDays\":30,\"minConfidence\":0.5}";

    @AfterEach
    void defaults() {
        assertEquals(200, adminPut(GOV + "settings", DEFAULTS).statusCode());
    }

    @Test
    void approveAppliesTheChangeAndWritesTheAdminEvent() {
        enableAdminEvents();
        settings("{\"mode\":\"approve\"}");
        String solution = solution("Queue Approve", "q-reader");
        String ann = disabledUserWithGrants("q-ann", solution, "q-reader");
        run();
        JsonNode proposal = onlyProposal("q-ann", "disabled-user-access");
        assertEquals("proposed", proposal.get("status").asText());
        assertEquals("remove", proposal.get("change").asText());
        assertEquals(ann, proposal.get("userId").asText());
        assertEquals("grant:" + solution + ":q-reader", proposal.get("item").get("key").asText());
        assertEquals("run:api", proposal.get("source").asText());
        assertFalse(proposal.get("modelVersion").asText().isEmpty());
        String id = proposal.get("id").asText();

        HttpResponse<String> approved = adminPost(GOV + "proposals/" + id + "/approve", "{\"comment\":\"offboarded\"}");
        assertEquals(200, approved.statusCode(), approved.body());
        JsonNode decided = Oidc.json(approved.body());
        assertEquals("applied", decided.get("status").asText(), approved.body());
        assertNotNull(decided.get("appliedAt").textValue());
        assertEquals("offboarded", decided.get("reason").asText());
        assertEquals(masterUser(decided.get("decidedBy").asText()).getUsername(),
                decided.get("decidedByUsername").asText(), "the master realm's admin, by username");
        assertTrue(grantsOf(solution, "q-ann").isEmpty(), "the grant is gone");

        List<AdminEventRepresentation> events = customAdminEvents("ACTION", "runtime-access/governance/proposals/" + id);
        assertEquals(1, events.size(), "one application event");
        assertTrue(events.get(0).getRepresentation().contains("\"source\":\"admin:"), events.get(0).getRepresentation());
        assertEquals(1, customAdminEvents("UPDATE", "runtime-access/governance/proposals/" + id).size(),
                "one decision event");
        assertFalse(customAdminEvents("DELETE", "runtime-access/solutions/" + solution + "/grants/").isEmpty(),
                "the grant's removal is the sharing API's own admin event");
        assertTrue(customAdminEvents("CREATE", "runtime-access/governance/proposals").stream()
                .anyMatch(e -> e.getRepresentation().contains("\"modelVersions\"")), "the run's submission event");

        HttpResponse<String> again = adminPost(GOV + "proposals/" + id + "/approve", "{}");
        assertRefused(again, 409, "status");
    }

    @Test
    void rejectNeedsAReasonAndSuppressesTheProposal() {
        settings("{\"mode\":\"approve\"}");
        String solution = solution("Queue Reject", "q-reader");
        disabledUserWithGrants("q-bob", solution, "q-reader");
        run();
        String id = onlyProposal("q-bob", "disabled-user-access").get("id").asText();
        HttpResponse<String> noReason = adminPost(GOV + "proposals/" + id + "/reject", "{}");
        assertBadRequest(noReason, "reason");
        HttpResponse<String> rejected = adminPost(GOV + "proposals/" + id + "/reject", "{\"reason\":\"kept on purpose\"}");
        assertEquals(200, rejected.statusCode(), rejected.body());
        assertEquals("rejected", Oidc.json(rejected.body()).get("status").asText());

        JsonNode second = run();
        assertTrue(second.get("suppressed").asInt() >= 1, second.toString());
        assertEquals(0, proposals("user=q-bob&status=proposed").size(), "not proposed again");
        assertEquals(1, grantsOf(solution, "q-bob").size(), "nothing was changed");
    }

    @Test
    void bulkDecidesEachIdOnItsOwn() {
        settings("{\"mode\":\"approve\"}");
        String solution = solution("Queue Bulk", "q-reader");
        disabledUserWithGrants("q-cat", solution, "q-reader");
        disabledUserWithGrants("q-dan", solution, "q-reader");
        disabledUserWithGrants("q-ivy", solution, "q-reader");
        run();
        String cat = onlyProposal("q-cat", "disabled-user-access").get("id").asText();
        String dan = onlyProposal("q-dan", "disabled-user-access").get("id").asText();
        String ivy = onlyProposal("q-ivy", "disabled-user-access").get("id").asText();
        // ivy's grant goes before the approval: applying it finds the change already in place
        for (JsonNode grant : Oidc.json(adminGet("solutions/" + solution + "/share").body()).get("grants")) {
            if ("q-ivy".equals(grant.get("principal").get("name").asText())) {
                assertEquals(204, adminDelete("solutions/" + solution + "/grants/" + grant.get("id").asText()).statusCode());
            }
        }

        assertEquals("ids", field(adminPost(GOV + "proposals/bulk", "{\"action\":\"approve\",\"ids\":[]}")));
        assertEquals("reason", field(adminPost(GOV + "proposals/bulk", "{\"action\":\"reject\",\"ids\":[\"" + dan + "\"]}")));
        assertEquals("action", field(adminPost(GOV + "proposals/bulk", "{\"action\":\"apply\",\"ids\":[\"" + dan + "\"]}")));
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            tooMany.add("\"x" + i + "\"");
        }
        assertEquals("ids", field(adminPost(GOV + "proposals/bulk", "{\"action\":\"approve\",\"ids\":" + tooMany + "}")));

        HttpResponse<String> approved = adminPost(GOV + "proposals/bulk",
                "{\"action\":\"approve\",\"ids\":[\"" + cat + "\",\"no-such-proposal\",\"" + ivy + "\"]}");
        assertEquals(200, approved.statusCode(), approved.body());
        JsonNode results = Oidc.json(approved.body()).get("results");
        assertEquals("applied", results.get(0).get("status").asText(), approved.body());
        assertFalse(results.get(0).hasNonNull("error"), approved.body());
        assertFalse(results.get(1).hasNonNull("status"), "an unknown id has no status");
        assertTrue(results.get(1).hasNonNull("error"));
        assertEquals("applied", results.get(2).get("status").asText(), approved.body());
        assertFalse(results.get(2).hasNonNull("error"), "a change already in place is no failure: " + approved.body());
        assertTrue(results.get(2).get("note").asText().startsWith("already"), approved.body());
        assertTrue(grantsOf(solution, "q-cat").isEmpty());

        HttpResponse<String> rejected = adminPost(GOV + "proposals/bulk",
                "{\"action\":\"reject\",\"ids\":[\"" + dan + "\",\"" + cat + "\"],\"reason\":\"contractor returns\"}");
        results = Oidc.json(rejected.body()).get("results");
        assertEquals("rejected", results.get(0).get("status").asText(), rejected.body());
        assertEquals("applied", results.get(1).get("status").asText(), "an applied proposal stays applied");
        assertTrue(results.get(1).hasNonNull("error"));
        assertEquals(1, grantsOf(solution, "q-dan").size());
    }

    @Test
    void approvingAnAddBesideATimedGrantOfTheRoleGivesItForGood() throws java.sql.SQLException {
        settings("{\"mode\":\"approve\"}");
        String solution = solution("Queue Timed", "q-reader");
        String gil = createOrganizationUser("q-gil");
        String until = java.time.Instant.now().plus(Duration.ofHours(8)).toString();
        HttpResponse<String> timed = adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"user\","
                + "\"name\":\"q-gil\"},\"role\":\"q-reader\",\"expiresAt\":\"" + until + "\"}");
        assertEquals(201, timed.statusCode(), timed.body());
        String id = ProposalRows.waiting(organization.admin().toRepresentation().getId(), gil,
                "grant:" + solution + ":q-reader", "GRANT", System.currentTimeMillis()).insert();

        HttpResponse<String> approved = adminPost(GOV + "proposals/" + id + "/approve", "{}");
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("applied", Oidc.json(approved.body()).get("status").asText(), approved.body());
        assertFalse(Oidc.json(approved.body()).hasNonNull("error"), "the timed grant is not the change: " + approved.body());
        List<String> ends = new ArrayList<>();
        for (JsonNode grant : Oidc.json(adminGet("solutions/" + solution + "/share").body()).get("grants")) {
            if ("q-gil".equals(grant.get("principal").get("name").asText())) {
                ends.add(grant.path("expiresAt").isTextual() ? "timed" : "permanent");
            }
        }
        assertEquals(List.of("permanent", "timed"), ends.stream().sorted().toList(), "both grants, one without an end");
    }

    @Test
    void twoRunsAtOnceStoreEachProposalOnce() throws Exception {
        assumeTrue("postgres".equals(TestDatabase.vendor()), "holds the realm's settings row on PostgreSQL");
        settings("{\"mode\":\"approve\"}");
        String solution = solution("Queue Raced", "q-reader");
        disabledUserWithGrants("q-hal", solution, "q-reader");
        String token = adminToken();
        List<CompletableFuture<HttpResponse<String>>> runs = new ArrayList<>();
        try (Connection held = TestDatabase.holdingRow("RA_GOV_SETTINGS", "REALM_ID",
                organization.admin().toRepresentation().getId())) {
            for (int i = 0; i < 2; i++) {
                runs.add(CompletableFuture.supplyAsync(() -> adminCall("POST", GOV + "runs", token, "{}")));
            }
            TestDatabase.awaitLockWaiters(2); // one at the realm's turn, the other behind it (or behind its risk rows)
            held.commit();
        }
        for (CompletableFuture<HttpResponse<String>> run : runs) {
            assertEquals(200, run.get().statusCode(), run.get().body());
            assertEquals("finished", Oidc.json(run.get().body()).get("status").asText(), run.get().body());
        }
        onlyProposal("q-hal", "disabled-user-access");
    }

    @Test
    void autoLowRiskAppliesEnabledCategoriesButNeverAPrivilegedItemAdminOrDesigner() {
        enableAdminEvents();
        String solution = solution("Queue Auto", "q-reader", "q-payer");
        settings("{\"mode\":\"auto-low-risk\",\"autoApply\":[\"disabled-user-access\",\"dormant-account\"],"
                + "\"dormantDays\":30,\"privilegedItems\":[\"grant:" + solution + ":q-payer\"]}");
        disabledUserWithGrants("q-eve", solution, "q-reader", "q-payer");
        importOldUsers();
        String payers = endUserGroup("Queue Payers");
        assertEquals(201, adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"group\",\"id\":\""
                + payers + "\"},\"role\":\"q-payer\"}").statusCode());
        assertEquals(201, adminPost("groups/" + payers + "/members", "{\"username\":\"q-old-payer\"}").statusCode());
        JsonNode run = run();
        assertTrue(run.get("autoApplied").asInt() >= 2, run.toString());

        assertEquals(List.of("q-payer"), grantsOf(solution, "q-eve"), "the privileged grant stays");
        JsonNode reader = proposalFor("q-eve", "grant:" + solution + ":q-reader");
        assertEquals("applied", reader.get("status").asText());
        assertEquals("auto-low-risk", reader.get("decidedBy").asText());
        assertEquals("proposed", proposalFor("q-eve", "grant:" + solution + ":q-payer").get("status").asText());

        assertFalse(user("q-old").isEnabled(), "a plain dormant account is disabled");
        assertEquals("applied", onlyProposal("q-old", "dormant-account").get("status").asText());
        for (String privileged : List.of("q-old-admin", "q-old-designer", "q-old-payer")) {
            assertTrue(user(privileged).isEnabled(), privileged + " is left for a human");
            assertEquals("proposed", onlyProposal(privileged, "dormant-account").get("status").asText(), privileged);
        }
        String applied = reader.get("id").asText();
        assertTrue(customAdminEvents("ACTION", "runtime-access/governance/proposals/" + applied).get(0)
                .getRepresentation().contains("\"source\":\"auto-low-risk\""));
    }

    @Test
    void reportModeListsProposalsButRefusesEveryDecision() {
        String solution = solution("Queue Report", "q-reader");
        disabledUserWithGrants("q-fay", solution, "q-reader");
        run();
        String id = onlyProposal("q-fay", "disabled-user-access").get("id").asText();
        HttpResponse<String> approve = adminPost(GOV + "proposals/" + id + "/approve", "{}");
        assertRefused(approve, 409, "mode");
        assertEquals(409, adminPost(GOV + "proposals/" + id + "/reject", "{\"reason\":\"no\"}").statusCode());
        assertEquals(409, adminPost(GOV + "proposals/bulk", "{\"action\":\"approve\",\"ids\":[\"" + id + "\"]}")
                .statusCode());
        // the request's own faults come first, as everywhere: an unknown id, a missing reason, a bad action
        assertRefused(adminPost(GOV + "proposals/" + java.util.UUID.randomUUID() + "/approve", "{}"), 404, "id");
        assertRefused(adminPost(GOV + "proposals/" + id + "/reject", "{}"), 400, "reason");
        assertRefused(adminPost(GOV + "proposals/bulk", "{\"action\":\"keep\",\"ids\":[\"" + id + "\"]}"), 400,
                "action");
        assertEquals("proposed", Oidc.json(adminGet(GOV + "proposals/" + id).body()).get("status").asText());
        assertEquals(1, grantsOf(solution, "q-fay").size());
    }

    @Test
    void settingsAndProposalsAnswer400NamingTheField403And404() {
        JsonNode defaults = Oidc.json(adminGet(GOV + "settings").body());
        assertEquals("report", defaults.get("mode").asText());
        assertEquals("dormantDays", field(adminPut(GOV + "settings", "{\"dormantDays\":0}")));
        assertEquals("autoApply[1]", field(adminPut(GOV + "settings",
                "{\"autoApply\":[\"unused-access\",\"everything\"]}")));
        assertEquals("minConfidence", field(adminPut(GOV + "settings", "{\"minConfidence\":2}")));
        assertEquals("privilegedItems[0]", field(adminPut(GOV + "settings", "{\"privilegedItems\":[\"admin\"]}")));
        assertEquals("mode", field(adminPut(GOV + "settings", "{\"mode\":\"sometimes\"}")));
        assertEquals("report", Oidc.json(adminGet(GOV + "settings").body()).get("mode").asText(), "nothing changed");

        assertEquals("status", field(adminGet(GOV + "proposals?status=waiting")));
        assertEquals("category", field(adminGet(GOV + "proposals?category=hunch")));
        assertEquals("max", field(adminGet(GOV + "proposals?max=0")));
        assertEquals(404, adminGet(GOV + "proposals/no-such-proposal").statusCode());
        settings("{\"mode\":\"approve\"}");
        assertEquals(404, adminPost(GOV + "proposals/no-such-proposal/approve", "{}").statusCode());

        String viewer = organizationAdminToken("q-viewer", "view-users");
        assertEquals(200, adminCall("GET", GOV + "proposals", viewer, null).statusCode());
        assertEquals(200, adminCall("GET", GOV + "settings", viewer, null).statusCode());
        assertEquals(403, adminCall("PUT", GOV + "settings", viewer, "{\"mode\":\"off\"}").statusCode());
        assertEquals(403, adminCall("POST", GOV + "proposals/x/approve", viewer, "{}").statusCode());
        assertEquals(403, adminCall("POST", GOV + "proposals/x/reject", viewer, "{\"reason\":\"r\"}").statusCode());
        assertEquals(403, adminCall("POST", GOV + "proposals/bulk", viewer, "{}").statusCode());
        String nobody = organizationAdminToken("q-nobody", "view-realm");
        assertEquals(403, adminCall("GET", GOV + "proposals", nobody, null).statusCode());
    }

    // --- seeding and reading --------------------------------------------------------------------------------

    private void settings(String json) {
        HttpResponse<String> put = adminPut(GOV + "settings", json);
        assertEquals(200, put.statusCode(), put.body());
    }

    /**
     * A run deletes proposals decided more than a year ago, unless they still suppress their change; what is
     * waiting or recent stays. Written to the database with old dates (not on H2, which the server holds open).
     */
    @Test
    void decidedProposalsGoAfterAYearUnlessTheyStillSuppress() throws java.sql.SQLException {
        long day = Duration.ofDays(1).toMillis();
        long now = System.currentTimeMillis();
        String old = decided("EXPIRED", now - 400 * day, null);
        String stillSuppressing = decided("REJECTED", now - 400 * day, now + 30 * day);
        String recent = decided("APPLIED", now - 10 * day, null);
        run();
        assertEquals(404, adminGet(GOV + "proposals/" + old).statusCode(), "decided 400 days ago");
        assertEquals(200, adminGet(GOV + "proposals/" + stillSuppressing).statusCode(), "still suppresses");
        assertEquals(200, adminGet(GOV + "proposals/" + recent).statusCode(), "decided 10 days ago");
    }

    /** A decided proposal of the organization realm written to the database; its id. */
    private String decided(String status, long decidedAt, Long suppressedUntil) throws java.sql.SQLException {
        return new ProposalRows(organization.admin().toRepresentation().getId(), status, "UNUSED_ACCESS", "REMOVE",
                "q-nobody", "realm-role:q-gone", "REALM_ROLE", decidedAt - Duration.ofDays(1).toMillis(), decidedAt,
                suppressedUntil).insert();
    }

    private JsonNode run() {
        HttpResponse<String> run = adminCall("POST", GOV + "runs", adminToken(), "{}");
        assertEquals(200, run.statusCode(), run.body());
        JsonNode finished = Oidc.json(run.body());
        assertEquals("finished", finished.get("status").asText(), run.body());
        return finished;
    }

    private JsonNode proposals(String query) {
        HttpResponse<String> list = adminGet(GOV + "proposals?" + query);
        assertEquals(200, list.statusCode(), list.body());
        return Oidc.json(list.body());
    }

    private JsonNode onlyProposal(String username, String category) {
        JsonNode found = proposals("user=" + username + "&category=" + category);
        assertEquals(1, found.size(), username + " " + category + ": " + found);
        return found.get(0);
    }

    private JsonNode proposalFor(String username, String itemKey) {
        for (JsonNode proposal : proposals("user=" + username)) {
            if (proposal.get("item").isObject() && itemKey.equals(proposal.get("item").get("key").asText())) {
                return proposal;
            }
        }
        throw new AssertionError("no proposal for " + username + " on " + itemKey);
    }

    /** A user holding direct grants of {@code roles}, then disabled. */
    private String disabledUserWithGrants(String username, String solution, String... roles) {
        String id = createOrganizationUser(username);
        for (String role : roles) {
            HttpResponse<String> granted = adminPost("solutions/" + solution + "/grants",
                    "{\"principal\":{\"type\":\"user\",\"name\":\"" + username + "\"},\"role\":\"" + role + "\"}");
            assertEquals(201, granted.statusCode(), granted.body());
        }
        UserRepresentation user = organization.admin().users().get(id).toRepresentation();
        user.setEnabled(false);
        organization.admin().users().get(id).update(user);
        return id;
    }

    /**
     * Accounts created 200 days ago that never signed in: a plain one, an admin, a designer, and one holding a
     * privileged grant through an end-user group ({@code q-old-payer}, put in a group by the test).
     */
    private void importOldUsers() {
        long created = System.currentTimeMillis() - Duration.ofDays(200).toMillis();
        String users = "{\"ifResourceExists\":\"SKIP\",\"users\":["
                + "{\"username\":\"q-old\",\"enabled\":true,\"createdTimestamp\":" + created + "},"
                + "{\"username\":\"q-old-payer\",\"enabled\":true,\"createdTimestamp\":" + created + "},"
                + "{\"username\":\"q-old-admin\",\"enabled\":true,\"createdTimestamp\":" + created
                + ",\"clientRoles\":{\"realm-management\":[\"view-users\"]}},"
                + "{\"username\":\"q-old-designer\",\"enabled\":true,\"createdTimestamp\":" + created
                + ",\"attributes\":{\"designerUser\":[\"true\"]}}]}";
        HttpResponse<String> imported = send(HttpRequest.newBuilder(URI.create(urls.getBase() + "/admin/realms/"
                + organization.getName() + "/partialImport")).header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(users)));
        assertEquals(200, imported.statusCode(), imported.body());
        assertTrue(user("q-old").getCreatedTimestamp() <= created + 1000, "the import kept the creation time");
    }

    private UserRepresentation user(String username) {
        return organization.admin().users().searchByUsername(username, true).get(0);
    }

    /** The roles {@code username} holds directly on the solution. */
    private List<String> grantsOf(String solution, String username) {
        List<String> roles = new ArrayList<>();
        for (JsonNode grant : Oidc.json(adminGet("solutions/" + solution + "/share").body()).get("grants")) {
            if (username.equals(grant.get("principal").get("name").asText())) {
                roles.add(grant.get("role").asText());
            }
        }
        return roles;
    }

    private static String field(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        return Oidc.json(response.body()).get("field").asText();
    }
}
