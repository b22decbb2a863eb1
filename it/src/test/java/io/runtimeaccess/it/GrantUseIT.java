package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.AccessToken;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * Grant use tracking: an allowed check marks the grant it relied on in memory, the background flush (every
 * second in the test server) writes it to RA_GRANT_USE; a denied check, an admin's check and an admin's token preview
 * leave nothing; a token carrying the runtime claims marks its user's grants.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class GrantUseIT extends AbstractSharingIT {

    @Test
    void anAllowedCheckIsFlushedAsTheGrantsLastUseAndADeniedOneIsNot() throws Exception {
        createOrganizationUser("use-approver");
        createOrganizationUser("use-viewer");
        createOrganizationUser("use-token");
        createOrganizationUser("use-asked-about");
        createOrganizationUser("use-previewed");
        runtimeRole("use-reviewer");
        String solution = solutionWithBuild("Use Tracking", "{\"name\":\"2\",\"roles\":[\"user\",\"use-reviewer\"],"
                + "\"resources\":[{\"name\":\"review\",\"kind\":\"swimlane\",\"permissions\":{\"view\":[\"use-reviewer\"]}}]}");
        grantToUser(solution, "use-approver", "use-reviewer");
        grantToUser(solution, "use-viewer", "user");
        grantToUser(solution, "use-token", "user");
        grantToUser(solution, "use-asked-about", "use-reviewer");
        grantToUser(solution, "use-previewed", "user");
        String approver = userId("use-approver");
        String viewer = userId("use-viewer");
        String checker = checkerServiceAccountToken();

        long before = System.currentTimeMillis();
        JsonNode allowed = evaluate(checker, approver, solution, "review", "view");
        assertTrue(allowed.get("decision").asBoolean(), allowed.toString());
        JsonNode denied = evaluate(checker, viewer, solution, "review", "view");
        assertFalse(denied.get("decision").asBoolean(), denied.toString());
        // an admin asking the console's check about a user is not that user using the grant
        String askedAbout = userId("use-asked-about");
        HttpResponse<String> asked = adminPost("check", "{\"subject\":{\"type\":\"user\",\"id\":\"" + askedAbout
                + "\"},\"action\":{\"name\":\"view\"},\"resource\":{\"type\":\"swimlane\",\"id\":\"review\","
                + "\"properties\":{\"solution\":\"" + solution + "\"}}}");
        assertEquals(200, asked.statusCode(), asked.body());
        assertTrue(Oidc.json(asked.body()).get("decision").asBoolean(), asked.body());
        // nor is an admin previewing the user's token in the admin console (Client scopes > Evaluate)
        String previewed = userId("use-previewed");
        AccessToken preview = organization.admin().clients().get(organization.admin().clients()
                .findByClientId(Oidc.DEMO_CLIENT).get(0).getId()).clientScopesEvaluate()
                .generateAccessToken("openid", previewed, null);
        assertTrue(preview.getOtherClaims().containsKey("attributes"), "the preview ran the token mapper");

        Long used = awaitLastUse("USER", approver, solution, "use-reviewer");
        assertTrue(used >= before - 1_000 && used <= System.currentTimeMillis(), "last use " + used + " after " + before);
        // The next flushes came and went: the denied check left no mark.
        sleep(3_000);
        assertNull(lastUse("USER", viewer, solution, "user"), "a denied check is no use");
        assertNull(lastUse("USER", askedAbout, solution, "use-reviewer"), "an admin's check is no use");
        assertNull(lastUse("USER", previewed, solution, "user"), "an admin's token preview is no use");

        // A token with the runtime claims lets its user exercise the grant: marked, then flushed.
        org.passwordLogin("use-token", "use-token");
        assertTrue(awaitLastUse("USER", userId("use-token"), solution, "user") >= before);

        // Later uses move the time forward; the row stays one row.
        sleep(1_100);
        evaluate(checker, approver, solution, "review", "view");
        long again = used;
        long deadline = System.currentTimeMillis() + FINDING_WAIT.toMillis();
        while (again == used && System.currentTimeMillis() < deadline) {
            sleep(200);
            again = lastUse("USER", approver, solution, "use-reviewer");
        }
        assertTrue(again > used, "a later use is flushed as the later time");
        assertEquals(1, count(approver, solution));
    }

    /** Removing an end-user group or a runtime role removes their grants, and their recorded uses with them. */
    @Test
    void aRemovedGroupOrRoleTakesItsUsesAlong() throws Exception {
        createOrganizationUser("use-member");
        createOrganizationUser("use-holder");
        runtimeRole("use-auditor");
        String solution = solutionWithBuild("Use Removal", "{\"name\":\"2\",\"roles\":[\"user\",\"use-auditor\"],"
                + "\"resources\":[{\"name\":\"ledger\",\"kind\":\"swimlane\",\"permissions\":{\"view\":[\"user\","
                + "\"use-auditor\"]}}]}");
        String group = endUserGroup("Use Removal Team");
        assertEquals(201, adminPost("groups/" + group + "/members", "{\"username\":\"use-member\"}").statusCode());
        assertEquals(201, adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"group\",\"id\":\""
                + group + "\"},\"role\":\"user\"}").statusCode());
        grantToUser(solution, "use-holder", "use-auditor");
        String holder = userId("use-holder");
        String checker = checkerServiceAccountToken();
        assertTrue(evaluate(checker, userId("use-member"), solution, "ledger", "view").get("decision").asBoolean());
        assertTrue(evaluate(checker, holder, solution, "ledger", "view").get("decision").asBoolean());
        awaitLastUse("GROUP", group, solution, "user");
        awaitLastUse("USER", holder, solution, "use-auditor");

        // used again just before the removal: the mark waits in memory for the next flush
        assertTrue(evaluate(checker, userId("use-member"), solution, "ledger", "view").get("decision").asBoolean());
        assertTrue(evaluate(checker, holder, solution, "ledger", "view").get("decision").asBoolean());
        assertEquals(200, adminDelete("groups/" + group).statusCode());
        assertEquals(200, adminDelete("roles/use-auditor").statusCode());
        assertNull(lastUse("GROUP", group, solution, "user"), "the group's use went with it");
        assertNull(lastUse("USER", holder, solution, "use-auditor"), "the role's use went with it");
        sleep(2_500); // two flushes: a mark taken before the removal makes no row again
        assertNull(lastUse("GROUP", group, solution, "user"), "the group's use stays gone");
        assertNull(lastUse("USER", holder, solution, "use-auditor"), "the role's use stays gone");
    }

    private String userId(String username) {
        return organization.admin().users().searchByUsername(username, true).get(0).getId();
    }

    private static Long awaitLastUse(String type, String principal, String solution, String role) throws SQLException {
        long deadline = System.currentTimeMillis() + FINDING_WAIT.toMillis();
        Long used = lastUse(type, principal, solution, role);
        while (used == null && System.currentTimeMillis() < deadline) {
            sleep(200);
            used = lastUse(type, principal, solution, role);
        }
        assertTrue(used != null, "no flushed use of " + type + ":" + principal + ":" + solution + ":" + role);
        return used;
    }

    private static Long lastUse(String type, String principal, String solution, String role) throws SQLException {
        try (Connection db = TestDatabase.postgres(); PreparedStatement query = db.prepareStatement("select last_used"
                + " from ra_grant_use where principal_type = ? and principal_id = ? and solution_id = ?"
                + " and role_name = ?")) {
            query.setString(1, type);
            query.setString(2, principal);
            query.setString(3, solution);
            query.setString(4, role);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }

    private static int count(String principal, String solution) throws SQLException {
        try (Connection db = TestDatabase.postgres(); PreparedStatement query = db.prepareStatement(
                "select count(*) from ra_grant_use where principal_id = ? and solution_id = ?")) {
            query.setString(1, principal);
            query.setString(2, solution);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
