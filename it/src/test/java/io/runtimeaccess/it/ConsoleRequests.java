package io.runtimeaccess.it;

import static io.runtimeaccess.it.ConsolePage.literal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Just-in-time access in the browser: an admin makes a runtime role requestable in the item dialog (the solution and
 * its Active Policy's role picked from lists, the approver found as one types); a user without any admin right signs
 * in, sees only their own pages and requests the role on My access; the approver, no admin either, approves it with
 * a comment on Approvals. The request's last state is read back through the admin API.
 */
final class ConsoleRequests {

    static final String REQUESTER = "console-requester";
    static final String APPROVER = "console-approver";
    static final String ROLE = "console-req-operator";
    static final String ITEM = "Console night operator";
    /** Short, so the access is gone again before the next test class looks at the realm's active requests. */
    static final String MAX_DURATION = "PT10S";

    private final ConsoleBrowser browser;
    private final ConsolePage page;
    private final ConsoleBrowserIT test;

    ConsoleRequests(ConsoleBrowser browser, ConsolePage page, ConsoleBrowserIT test) {
        this.browser = browser;
        this.page = page;
        this.test = test;
    }

    /** A solution offering the role, and the two users (no realm-management role between them). */
    void seed() {
        test.solution("Console Requests", ROLE);
        test.createOrganizationUser(REQUESTER);
        test.createOrganizationUser(APPROVER);
    }

    /** The admin creates the item in the dialog; it is listed with its policy. */
    void createItem() {
        test.visit("requests", "Requestable access", "requests-items");
        page.clickButton("Create requestable item");
        new Select(browser.visible("the solution select", By.id("item-solution"))).selectByVisibleText("Console Requests");
        new Select(browser.visible("the role select", By.id("item-runtime-role"))).selectByValue(ROLE);
        page.type("Description", ITEM);
        page.type("Longest duration", MAX_DURATION);
        page.type("Add approver", APPROVER);
        page.click("the approver option", By.xpath("//*[@role='option' and contains(normalize-space(), " + literal(APPROVER) + ")]"));
        browser.visible("the approver's label", By.xpath(ConsolePage.DIALOG + "//*[contains(@class,'pf-v5-c-label') and normalize-space()="
                + literal(APPROVER) + "]"));
        page.click("Justification required", By.id("item-justification-required"));
        test.checkPage("requests-item-modal");
        page.clickDialogButton("Create");
        page.awaitDialogClosed();
        browser.visible("the item's row", By.cssSelector("[data-testid='item-" + ITEM + "']"));
        page.assertButtons("requestable access", "Edit item " + ITEM, "Delete item " + ITEM);
        test.checkPage("requests-items-created");
    }

    /**
     * A view-only admin reads the item {@link #createItem} created, and the requests, without a create, edit or delete
     * button: the item's row is there first, so the buttons' absence means something.
     */
    void walkViewOnly() {
        test.visit("requests", "Requestable access", "viewonly-requests");
        browser.visible("the item's row", By.cssSelector("[data-testid='item-" + ITEM + "']"));
        page.assertNoButtons("requestable access", "Create requestable item", "Edit item " + ITEM, "Delete item " + ITEM);
        page.clickTab("Requests");
        test.awaitIdle();
    }

    /** The user lands on My access, sees no admin page, and requests the role with a justification. */
    void requestAsUser() {
        page.awaitHeading("My access");
        page.assertAbsent("an admin page in the navigation", By.xpath("//nav//a[normalize-space()='Solutions' or "
                + "normalize-space()='Requestable access' or normalize-space()='Findings']"));
        browser.visible("the item offered", By.cssSelector("[data-testid='requestable-" + ITEM + "']"));
        test.checkPage("my-access");
        page.clickButton("Request " + ITEM);
        page.type("Justification", "Night run of the payment batch (console test)");
        test.checkPage("my-access-request");
        page.clickDialogButton("Send request");
        page.awaitDialogClosed();
        page.awaitText("Requested " + ITEM + "; an approver decides.");
        browser.visible("the pending request's cancel button", ConsolePage.button("Cancel request for " + ITEM));
        test.checkPage("my-access-requested");
        // An admin page's address leads back to the user's own page: the console has no such route for them.
        test.browseTo("solutions");
        page.awaitHeading("My access");
    }

    /** The approver approves it with a comment; the request is active, the decision names the approver. */
    void approveAsApprover() {
        test.visit("approvals", "Approvals", "approvals");
        page.clickButton("Approve " + REQUESTER + " " + ITEM);
        page.type("Comment", "Fine for tonight (console test)");
        test.checkPage("approvals-approve");
        page.clickDialogButton("Approve");
        page.awaitDialogClosed();
        page.awaitText("Approved: " + REQUESTER + " has the access now.");
        test.checkPage("approvals-approved");
        JsonNode request = request();
        assertEquals("active", request.path("status").asText(), request.toString());
        JsonNode decision = request.path("decisions").path(0);
        assertEquals(APPROVER, decision.path("approver").asText(), request.toString());
        assertEquals("Fine for tonight (console test)", decision.path("comment").asText(), request.toString());
        assertEquals("Night run of the payment batch (console test)", request.path("justification").asText());
    }

    /** The access expires (a short maximum) and the item goes, leaving the realm as the other tests expect it. */
    void cleanUp() {
        AbstractSharingIT.awaitTrue(() -> "expired".equals(request().path("status").asText()), "the console's request expires");
        String item = request().path("itemId").asText();
        assertEquals(204, test.adminDelete("requests/items/" + item).statusCode());
    }

    private JsonNode request() {
        HttpResponse<String> list = test.adminGet("requests?first=0&max=100");
        assertEquals(200, list.statusCode(), list.body());
        for (JsonNode request : Oidc.json(list.body())) {
            if (REQUESTER.equals(request.path("requester").asText()) && ROLE.equals(request.path("role").asText())) {
                return request;
            }
        }
        throw new AssertionError("no request of " + REQUESTER + " for " + ROLE + ": " + list.body());
    }
}
