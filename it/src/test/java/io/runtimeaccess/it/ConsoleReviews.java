package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * An access-review campaign in the browser: the test grants a role of a new solution to two users; the admin starts
 * a campaign over the solution's grants (the admin as the fallback reviewer, since the users have no manager),
 * approves one item and revokes the other, each with a justification, closes the campaign and downloads its
 * evidence. The decisions and the evidence are read back through the admin API.
 */
final class ConsoleReviews {

    static final String SOLUTION = "Console Reviews";
    static final String ROLE = "console-rev-role";
    static final String KEPT = "console-rev-kept";
    static final String REVOKED = "console-rev-revoked";
    static final String CAMPAIGN = "Console review";

    private final ConsoleBrowser browser;
    private final ConsolePage page;
    private final ConsoleBrowserIT test;

    ConsoleReviews(ConsoleBrowser browser, ConsolePage page, ConsoleBrowserIT test) {
        this.browser = browser;
        this.page = page;
        this.test = test;
    }

    void seed() {
        assertEquals(201, test.adminPost("roles", "{\"name\":\"" + ROLE + "\"}").statusCode());
        String solution = id(test.adminPost("solutions", "{\"name\":\"" + SOLUTION + "\"}"));
        String build = id(test.adminPost("solutions/" + solution + "/builds",
                "{\"name\":\"2\",\"roles\":[\"" + ROLE + "\"],\"resources\":[]}"));
        assertEquals(200, test.adminPut("solutions/" + solution + "/active-build", "{\"buildId\":\"" + build + "\"}").statusCode());
        for (String user : new String[] {KEPT, REVOKED}) {
            test.createOrganizationUser(user);
            HttpResponse<String> grant = test.adminPost("solutions/" + solution + "/grants",
                    "{\"principal\":{\"type\":\"user\",\"name\":\"" + user + "\"},\"role\":\"" + ROLE + "\"}");
            assertEquals(201, grant.statusCode(), grant.body());
        }
    }

    /** Start, decide one item each way, close, download the evidence. */
    void walk() {
        test.visit("campaigns", "Access reviews", "reviews-campaigns");
        page.clickButton("Start campaign");
        page.type("Name", CAMPAIGN);
        new Select(browser.visible("the solution select", By.id("campaign-solution"))).selectByVisibleText(SOLUTION);
        page.type("Fallback reviewers", ConsoleBrowserIT.ADMIN);
        test.checkPage("reviews-start");
        page.clickDialogButton("Start");
        page.awaitDialogClosed();
        page.awaitHeading(CAMPAIGN);
        browser.visible("the kept user's item", item(KEPT));
        test.checkPage("reviews-campaign");

        decide(KEPT, "Approve selected", "Still runs the payment batch (console test)");
        decide(REVOKED, "Revoke selected", "Left the team (console test)");
        test.checkPage("reviews-decided");

        page.clickButton("Close campaign");
        page.clickDialogButton("Close campaign");
        page.awaitDialogClosed();
        page.awaitText("The campaign is closed.");
        page.clickButton("Download evidence (CSV)");
        test.awaitIdle();
        page.assertAbsent("an error", By.cssSelector(".pf-v5-c-alert.pf-m-danger"));
        test.checkPage("reviews-closed");

        JsonNode campaign = campaign();
        assertEquals("closed", campaign.path("state").asText(), campaign.toString());
        Map<String, String> decisions = new HashMap<>();
        for (JsonNode item : Oidc.json(test.adminGet("reviews/campaigns/" + campaign.path("id").asText() + "/items").body())) {
            decisions.put(item.path("username").asText(), item.path("decision").asText() + ": " + item.path("justification").asText());
        }
        assertEquals(Map.of(KEPT, "approve: Still runs the payment batch (console test)",
                REVOKED, "revoke: Left the team (console test)"), decisions);
        HttpResponse<String> evidence = test.adminGet("reviews/campaigns/" + campaign.path("id").asText() + "/evidence");
        assertEquals(200, evidence.statusCode(), evidence.body());
        assertTrue(evidence.body().contains(REVOKED), evidence.body());
    }

    /** A view-only admin sees the campaigns without a start button. */
    void walkViewOnly() {
        test.visit("campaigns", "Access reviews", "viewonly-reviews-campaigns");
        page.assertNoButtons("access reviews", "Start campaign");
    }

    private void decide(String username, String button, String justification) {
        page.click("the item's checkbox", By.cssSelector("[data-testid^='review-item-" + username + "-'] input[type='checkbox']"));
        page.clickButton(button);
        page.type("Justification", justification);
        page.clickDialogButton("Record decision");
        page.awaitDialogClosed();
        page.awaitText("Decisions recorded: 1.");
        browser.visible("the decision in the row", By.xpath("//*[starts-with(@data-testid, 'review-item-" + username + "-')]"
                + "//*[contains(normalize-space(), " + ConsolePage.literal(justification) + ")]"));
    }

    private static By item(String username) {
        return By.cssSelector("[data-testid^='review-item-" + username + "-']");
    }

    private JsonNode campaign() {
        for (JsonNode campaign : Oidc.json(test.adminGet("reviews/campaigns").body())) {
            if (CAMPAIGN.equals(campaign.path("name").asText())) {
                return campaign;
            }
        }
        throw new AssertionError("no campaign " + CAMPAIGN);
    }

    private static String id(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return Oidc.json(response.body()).get("id").asText();
    }
}
