package io.runtimeaccess.it;

import org.openqa.selenium.By;

/**
 * Walks every page as an admin who may view users and events but change nothing, and asserts that no
 * change control shows (the server refuses the changes anyway; hiding them keeps the page honest).
 */
final class ConsoleViewOnly {

    private final ConsoleBrowser browser;
    private final ConsolePage page;
    private final ConsoleBrowserIT test;

    ConsoleViewOnly(ConsoleBrowser browser, ConsolePage page, ConsoleBrowserIT test) {
        this.browser = browser;
        this.page = page;
        this.test = test;
    }

    void walk(String solutionId, String groupId, String findingId) {
        test.visit("solutions", "Solutions", "viewonly-solutions");
        page.assertNoButtons("solutions", "Create solution");

        test.browseTo("solutions/" + solutionId);
        browser.visible("the build's row", ConsolePage.row("1"));
        page.assertNoButtons("solution builds", "Create build", "Set as Active Policy");
        page.clickTab("Share");
        browser.visible("the grant table", By.xpath("//table[@aria-label='Shared with']"));
        page.assertNoButtons("solution share", "Share", "Remove");
        test.checkPage("viewonly-solution-share");

        test.visit("roles", "Runtime roles", "viewonly-roles");
        page.assertNoButtons("roles", "Create role", "Delete");

        test.visit("groups", "End-user groups", "viewonly-groups");
        page.assertNoButtons("groups", "Create group");
        test.browseTo("groups/" + groupId);
        browser.visible("the member table", By.xpath("//table[@aria-label='Members']"));
        page.assertNoButtons("group members", "Archive", "Unarchive", "Add member", "Add many", "Remove");
        test.checkPage("viewonly-group");
        page.clickTab("Attributes");
        page.assertNoButtons("group attributes", "Add attribute", "Save");
        page.assertAbsent("an attribute's remove button", By.xpath("//button[starts-with(@aria-label,'Remove attribute')]"));

        test.visit("transfer", "Export and import", "viewonly-transfer");
        page.assertAbsent("the import file input", By.id("import-file"));
        page.assertNoButtons("transfer", "Apply import");

        test.visit("findings", "Findings", "viewonly-findings");
        test.browseTo("findings/" + findingId);
        browser.visible("the finding's first reason", By.cssSelector("[data-testid='reason-1']"));
        page.assertNoButtons("finding", "Confirm", "Dismiss");
        test.checkPage("viewonly-finding");

        test.visit("finding-settings", "Finding settings", "viewonly-finding-settings");
        page.assertNoButtons("finding settings", "Save");
        page.assertAbsent("an editable webhook URL", By.xpath("//input[@id='webhook-url' and not(@readonly) and not(@disabled)]"));
    }
}
