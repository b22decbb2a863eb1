package io.runtimeaccess.it;

import static io.runtimeaccess.it.ConsolePage.literal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The access-intelligence pages in the browser: a realm seeded through the REST API (a team of users with
 * the same department, all but one holding a role, besides the users the other journeys left), mode approve and
 * one analysis run; then the admin walks every page, creates a separation-of-duties rule and rejects the newest
 * open proposal; a view-only admin walks the same pages and sees no change control.
 */
final class ConsoleGovernance {

    static final String TEAM = "console-gov-";
    static final int TEAM_SIZE = 6;
    static final String ROLE = "console-gov-approver";
    static final String RULE = "Console approve and create";

    private final ConsoleBrowser browser;
    private final ConsolePage page;
    private final ConsoleBrowserIT test;

    ConsoleGovernance(ConsoleBrowser browser, ConsolePage page, ConsoleBrowserIT test) {
        this.browser = browser;
        this.page = page;
        this.test = test;
    }

    /** Mode approve and one analysis run over a team where one member lacks the role all the others hold. */
    void seed() {
        String solution = test.solution("Console Governance", ROLE);
        for (int i = 1; i <= TEAM_SIZE; i++) {
            String username = TEAM + i;
            String userId = test.createOrganizationUser(username);
            UserRepresentation user = test.organization.admin().users().get(userId).toRepresentation();
            user.setAttributes(Map.of("department", List.of("Console Audit"), "title", List.of("Auditor")));
            test.organization.admin().users().get(userId).update(user);
            if (i < TEAM_SIZE) {
                test.grantToUser(solution, username, ROLE);
            }
        }
        for (String role : List.of("console-gov-pay", "console-gov-create")) {
            test.organization.admin().roles().create(new RoleRepresentation(role, null, false));
        }
        HttpResponse<String> settings = test.adminPut("governance/settings", "{\"mode\":\"approve\"}");
        assertEquals(200, settings.statusCode(), settings.body());
        HttpResponse<String> run = test.adminPost("governance/runs", "");
        assertEquals(200, run.statusCode(), run.body());
        System.out.println("Governance run for the console: " + run.body());
    }

    /** Every page as an admin who manages users: the queue (rejecting a proposal), rules, reports, mining, settings, risk. */
    void walk(String userId, String username) {
        test.visit("proposals", "Proposals", "governance-proposals");
        page.assertButtons("proposals", "Run analysis now");
        JsonNode proposal = firstProposal();
        assertNotNull(proposal, "the seeded team (one member without the role the five others hold) yields a proposal");
        rejectInConsole(proposal);
        createRule();
        test.visit("dormant", "Dormant and unused access", "governance-dormant");
        page.clickTab("Unused grants");
        test.checkPage("governance-unused");
        page.clickTab("Reconciliation");
        test.checkPage("governance-reconciliation");
        test.visit("role-mining", "Role mining", "governance-role-mining");
        test.visit("governance-settings", "Governance settings", "governance-settings");
        page.assertButtons("governance settings", "Save");
        userRisk(userId, username, "user-risk");
        page.assertButtons("user risk", "Recompute");
    }

    /** The same pages as a view-only admin: no change control anywhere. */
    void walkViewOnly(String userId, String username) {
        test.visit("proposals", "Proposals", "viewonly-governance-proposals");
        page.assertNoButtons("proposals", "Run analysis now", "Approve selected", "Reject selected");
        page.assertAbsent("a proposal's approve or reject button", By.xpath("//table//button[starts-with(@aria-label,'Approve ')"
                + " or starts-with(@aria-label,'Reject ')]"));
        test.visit("separation-of-duties", "Separation of duties", "viewonly-governance-separation");
        page.assertNoButtons("separation of duties", "Create rule", "Edit rule " + RULE, "Delete rule " + RULE);
        page.assertAbsent("an enabled switch", By.cssSelector("table input[type='checkbox']"));
        test.visit("role-mining", "Role mining", "viewonly-governance-role-mining");
        page.assertNoButtons("role mining", "Create role");
        test.visit("governance-settings", "Governance settings", "viewonly-governance-settings");
        page.assertNoButtons("governance settings", "Save");
        userRisk(userId, username, "viewonly-user-risk");
        page.assertNoButtons("user risk", "Recompute");
    }

    private JsonNode firstProposal() {
        HttpResponse<String> list = test.adminGet("governance/proposals?status=proposed&first=0&max=20");
        assertEquals(200, list.statusCode(), list.body());
        JsonNode proposals = Oidc.json(list.body());
        return proposals.isArray() && proposals.size() > 0 ? proposals.get(0) : null;
    }

    /** The proposal is on the queue's first page (newest first); its reject button names user and access. */
    private void rejectInConsole(JsonNode proposal) {
        String username = proposal.path("username").asText();
        JsonNode item = proposal.path("item");
        String access = item.isObject() ? (item.path("label").asText(item.path("key").asText()))
                : "the account of " + username;
        String testId = "proposal-" + proposal.path("id").asText();
        browser.visible("the proposal's row", By.cssSelector("[data-testid='" + testId + "']"));
        page.click("the evidence toggle", By.xpath("//*[@data-testid=" + literal(testId) + "]//button[contains(@aria-label, 'etails')]"));
        test.checkPage("governance-proposal-evidence");
        page.clickButton("Reject " + username + " " + access);
        page.type("Reason", "Not needed in this team (console test)");
        test.checkPage("governance-reject");
        page.clickDialogButton("Reject");
        page.awaitDialogClosed();
        HttpResponse<String> stored = test.adminGet("governance/proposals/" + proposal.path("id").asText());
        assertEquals("rejected", Oidc.json(stored.body()).path("status").asText(), stored.body());
    }

    private void createRule() {
        test.visit("separation-of-duties", "Separation of duties", "governance-separation");
        page.clickButton("Create rule");
        page.type("Name", RULE);
        page.type("Access item keys", "realm-role:console-gov-pay\nrealm-role:console-gov-create");
        new Select(browser.visible("the mode select", By.id("rule-mode"))).selectByValue("warn");
        test.checkPage("governance-rule-modal");
        page.clickDialogButton("Create");
        page.awaitDialogClosed();
        browser.visible("the rule's row", By.cssSelector("[data-testid='rule-" + RULE + "']"));
        page.assertButtons("separation of duties", "Edit rule " + RULE, "Delete rule " + RULE);
        test.checkPage("governance-rules");
        page.clickTab("Violations");
        test.checkPage("governance-violations");
    }

    private void userRisk(String userId, String username, String screenshot) {
        test.browseTo("users/" + userId);
        page.awaitHeading(username);
        browser.visible("the risk score", By.cssSelector("[data-testid='risk-score']"));
        test.checkPage(screenshot);
    }
}
