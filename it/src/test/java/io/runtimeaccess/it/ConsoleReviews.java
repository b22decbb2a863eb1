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
 * evidence. The decisions and the evidence are read back through the admin API. In the second journey a reviewer
 * without any admin right decides on "My reviews" with their own token: revokes one item and delegates the other.
 */
final class ConsoleReviews {

    static final String SOLUTION = "Console Reviews";
    static final String ROLE = "console-rev-role";
    static final String KEPT = "console-rev-kept";
    static final String REVOKED = "console-rev-revoked";
    static final String CAMPAIGN = "Console review";
    static final String REVIEWER = "console-reviewer";
    static final String DELEGATE = "console-rev-delegate";
    static final String MY_SOLUTION = "Console My Reviews";
    static final String MY_ROLE = "console-myrev-role";
    static final String MY_REVOKED = "console-myrev-revoked";
    static final String MY_DELEGATED = "console-myrev-delegated";
    static final String MY_CAMPAIGN = "Console reviewer's campaign";

    private final ConsoleBrowser browser;
    private final ConsolePage page;
    private final ConsoleBrowserIT test;

    ConsoleReviews(ConsoleBrowser browser, ConsolePage page, ConsoleBrowserIT test) {
        this.browser = browser;
        this.page = page;
        this.test = test;
    }

    void seed() {
        String solution = test.solution(SOLUTION, ROLE);
        for (String user : new String[] {KEPT, REVOKED}) {
            test.createOrganizationUser(user);
            test.grantToUser(solution, user, ROLE);
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

    /**
     * A campaign over a new solution's two grants, started through the admin API, whose fallback reviewer (nobody
     * has a manager) is a user without any admin right; and the user the reviewer delegates to.
     */
    void seedForReviewer() {
        String solution = test.solution(MY_SOLUTION, MY_ROLE);
        for (String user : new String[] {MY_REVOKED, MY_DELEGATED}) {
            test.createOrganizationUser(user);
            test.grantToUser(solution, user, MY_ROLE);
        }
        test.createOrganizationUser(REVIEWER);
        test.createOrganizationUser(DELEGATE);
        AbstractSharingIT.createdId(test.adminPost("reviews/campaigns", "{\"name\":\"" + MY_CAMPAIGN + "\",\"scope\":{\"type\":"
                + "\"solution-grants\",\"id\":\"" + solution + "\"},\"reviewers\":{\"type\":\"manager\",\"fallback\":[\""
                + REVIEWER + "\"]},\"duration\":\"P7D\",\"defaultDecision\":\"keep\"}"));
    }

    /**
     * The reviewer (signed in) opens "My reviews" through the short link an email would carry, revokes one item and
     * delegates the other by username; the admin API then has both decisions by the reviewer, and the delegate as
     * the delegated item's reviewer. The admin closes the campaign through the admin API afterwards.
     */
    void walkMyReviews() {
        browser.open(test.consoleUrl() + "#/my-reviews");
        page.awaitHeading("My reviews");
        browser.visible("the item to revoke", myItem(MY_REVOKED));
        browser.visible("the campaign's name in the row", By.xpath("//*[starts-with(@data-testid, 'review-item-"
                + MY_REVOKED + "-')]//*[contains(normalize-space(), " + ConsolePage.literal(MY_CAMPAIGN) + ")]"));
        page.assertAbsent("an admin page in the navigation", ConsolePage.link("Access reviews"));
        test.checkPage("my-reviews");

        decide(MY_REVOKED, "Revoke selected", "No longer in payments (console test)");
        page.click("the item's checkbox", By.cssSelector("[data-testid^='review-item-" + MY_DELEGATED
                + "-'] input[type='checkbox']"));
        page.clickButton("Delegate selected");
        page.type("Justification", "Her team lead knows (console test)");
        page.type("Delegate to", DELEGATE);
        test.checkPage("my-reviews-delegate");
        page.clickDialogButton("Record decision");
        page.awaitDialogClosed();
        page.awaitText("Decisions recorded: 1.");
        browser.await("the delegated item to leave the list", d -> d.findElements(myItem(MY_DELEGATED)).isEmpty());
        test.checkPage("my-reviews-decided");

        JsonNode campaign = campaignNamed(MY_CAMPAIGN);
        Map<String, JsonNode> items = new HashMap<>();
        for (JsonNode item : Oidc.json(test.adminGet("reviews/campaigns/" + campaign.path("id").asText() + "/items").body())) {
            items.put(item.path("username").asText(), item);
        }
        assertEquals("revoke", items.get(MY_REVOKED).path("decision").asText(), items.toString());
        assertEquals(REVIEWER, items.get(MY_REVOKED).path("decidedBy").asText(), items.toString());
        assertEquals("delegate", items.get(MY_DELEGATED).path("decision").asText(), items.toString());
        assertEquals(REVIEWER, items.get(MY_DELEGATED).path("decidedBy").asText(), items.toString());
        assertEquals("[\"" + DELEGATE + "\"]", items.get(MY_DELEGATED).path("reviewers").toString());
        assertEquals(200, test.adminPost("reviews/campaigns/" + campaign.path("id").asText() + "/close", "{}").statusCode());
    }

    private static By myItem(String username) {
        return By.cssSelector("[data-testid^='review-item-" + username + "-']");
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
        return campaignNamed(CAMPAIGN);
    }

    private JsonNode campaignNamed(String name) {
        for (JsonNode campaign : Oidc.json(test.adminGet("reviews/campaigns").body())) {
            if (name.equals(campaign.path("name").asText())) {
                return campaign;
            }
        }
        throw new AssertionError("no campaign " + name);
    }
}
