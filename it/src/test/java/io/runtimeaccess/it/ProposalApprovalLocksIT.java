package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * An approval and another request that each wait for what the other holds, as when Keycloak deletes the proposal's
 * user at that moment (the deletion removes the user's proposals, and holds the user's rows the change needs): the
 * database must see both waits, so that it breaks the deadlock instead of both waiting without end. The test plays
 * the other request with a connection of its own, which holds the grants table the approval's change writes and then
 * asks for the proposal's row. PostgreSQL, whose lock waits have no time limit by default.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class ProposalApprovalLocksIT extends AbstractSharingIT {

    private static final String DEADLOCK = "40P01";

    @AfterEach
    void reportMode() {
        assertEquals(200, adminPut("governance/settings", "{\"mode\":\"report\"}").statusCode());
    }

    @Test
    void anApprovalWaitingForItsChangeHoldsItsProposalWhereTheDatabaseSeesIt() throws Exception {
        assumeTrue("postgres".equals(TestDatabase.vendor()), "holds the grants table with PostgreSQL's LOCK TABLE");
        String solution = solution("Locked Approval", "l-reader");
        String id = addProposal(solution, "l-reader", "l-lia");

        CompletableFuture<HttpResponse<String>> approval;
        String asked;
        try (Connection other = TestDatabase.holdingWritesTo("RA_GRANT")) {
            approval = CompletableFuture.supplyAsync(() -> adminPost("governance/proposals/" + id + "/approve", "{}"));
            TestDatabase.awaitWaitingStatement("insert into ra_grant");
            asked = askForTheRow(other, id);
            other.rollback();
        }
        // the code before this test let the approval hold the row from a transaction waiting outside the database
        // (for the change's own), so the other request waited until its time limit: 57014
        assertTrue(List.of("locked", DEADLOCK).contains(asked), "the deadlock is broken by the database: " + asked);

        HttpResponse<String> approved = approval.get();
        assertEquals(200, approved.statusCode(), approved.body());
        String status = Oidc.json(approved.body()).get("status").asText();
        assertTrue(List.of("applied", "failed").contains(status), "decided, not left claimed: " + approved.body());
        JsonNode stored = Oidc.json(adminGet("governance/proposals/" + id).body());
        assertEquals(status, stored.get("status").asText(), stored.toString());
        assertEquals("applied".equals(status) ? 1 : 0, grantsOf(solution, "l-lia"),
                "the change applied with its claim, or neither: " + stored);
    }

    /**
     * A caller that holds rows while it waits for the change (an access review's close, a run in auto-low-risk) forms
     * a cycle the database cannot see; the change's transaction waits for a lock at most 20 s, then fails and is
     * recorded, so the caller and whoever waits for it go on. Shown on an admin's approval, which applies through the
     * same transaction.
     */
    @Test
    void aChangeWaitsForALockAtMostTheLimitThenFails() throws Exception {
        assumeTrue("postgres".equals(TestDatabase.vendor()), "holds the grants table with PostgreSQL's LOCK TABLE");
        String solution = solution("Limited Approval", "l-limited");
        String id = addProposal(solution, "l-limited", "l-lou");
        HttpResponse<String> approved;
        long waited;
        try (Connection other = TestDatabase.holdingWritesTo("RA_GRANT")) {
            long started = System.nanoTime();
            // the code before this test waited as long as the table was held: here until the 60 s below ran out
            approved = CompletableFuture.supplyAsync(() -> adminPost("governance/proposals/" + id + "/approve", "{}"))
                    .get(60, TimeUnit.SECONDS);
            waited = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
            other.rollback();
        }
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("failed", Oidc.json(approved.body()).get("status").asText(), approved.body());
        assertTrue(Oidc.json(approved.body()).get("error").asText().contains("longer than 20 s"), approved.body());
        assertTrue(waited >= 19, "it waited for the lock first: " + waited + " s");
        assertEquals(0, grantsOf(solution, "l-lou"), "nothing of the change stays");
    }

    /**
     * Another request holds a proposal's row past the limit (a bulk rejection of it, not committed yet): a bulk
     * approval reports that proposal as not decided, still waiting, and decides the others.
     */
    @Test
    void aBulkApprovalReportsAProposalAnotherRequestHoldsAndDecidesTheRest() throws Exception {
        assumeTrue("postgres".equals(TestDatabase.vendor()), "the 20 s limit is PostgreSQL's");
        String solution = solution("Held Proposal", "l-held");
        String held = addProposal(solution, "l-held", "l-hal");
        String free = addProposal(solution, "l-held", "l-fay");
        HttpResponse<String> decided;
        try (Connection other = TestDatabase.holdingRow("RA_GOV_PROPOSAL", "ID", held)) {
            // the code before this test waited for the row twice (the change, then recording its failure), then
            // answered 500 for the whole bulk, though the other approval had committed
            decided = CompletableFuture.supplyAsync(() -> adminPost("governance/proposals/bulk",
                    "{\"action\":\"approve\",\"ids\":[\"" + held + "\",\"" + free + "\"]}")).get(60, TimeUnit.SECONDS);
            other.rollback();
        }
        assertEquals(200, decided.statusCode(), decided.body());
        JsonNode results = Oidc.json(decided.body()).get("results");
        assertEquals("proposed", results.get(0).get("status").asText(), decided.body());
        assertTrue(results.get(0).get("error").asText().contains("held the proposal"), decided.body());
        assertEquals("applied", results.get(1).get("status").asText(), decided.body());
        assertEquals("proposed", Oidc.json(adminGet("governance/proposals/" + held).body()).get("status").asText(),
                "it still waits for a decision");
        assertEquals(0, grantsOf(solution, "l-hal"));
        assertEquals(1, grantsOf(solution, "l-fay"));
    }

    /** A proposal waiting to grant {@code role} to a new user, in mode approve. */
    private String addProposal(String solution, String role, String username) throws SQLException {
        assertEquals(200, adminPut("governance/settings", "{\"mode\":\"approve\"}").statusCode());
        String userId = createOrganizationUser(username);
        return ProposalRows.waiting(organization.admin().toRepresentation().getId(), userId,
                "grant:" + solution + ":" + role, "GRANT", System.currentTimeMillis()).insert();
    }

    /** The proposal's row, locked by the test's connection: "locked", or the SQL state it failed with. */
    private static String askForTheRow(Connection other, String id) throws SQLException {
        try (Statement limit = other.createStatement()) {
            limit.execute("SET LOCAL statement_timeout = '15s'");
        }
        try (PreparedStatement lock = other.prepareStatement("SELECT ID FROM RA_GOV_PROPOSAL WHERE ID = ? FOR UPDATE")) {
            lock.setString(1, id);
            lock.executeQuery().close();
            return "locked";
        } catch (SQLException refused) {
            return refused.getSQLState();
        }
    }

    private int grantsOf(String solution, String username) {
        int count = 0;
        for (JsonNode grant : Oidc.json(adminGet("solutions/" + solution + "/share").body()).get("grants")) {
            count += username.equals(grant.get("principal").get("name").asText()) ? 1 : 0;
        }
        return count;
    }
}
