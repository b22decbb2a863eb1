package io.runtimeaccess.it;

import static io.runtimeaccess.it.ConsolePage.field;
import static io.runtimeaccess.it.ConsolePage.literal;
import static io.runtimeaccess.it.ConsolePage.row;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** What an admin does in the console, step by step, with the labels of admin-ui/src/messages.ts. */
final class ConsoleJourneys {

    private final ConsoleBrowser browser;
    private final ConsolePage page;
    private final ConsoleBrowserIT test;

    ConsoleJourneys(ConsoleBrowser browser, ConsolePage page, ConsoleBrowserIT test) {
        this.browser = browser;
        this.page = page;
        this.test = test;
    }

    /**
     * Creates a runtime role, a solution with a build offering it as the Active Policy, an end-user group
     * with alice, shares the solution with the group, and finds the reason on alice's page.
     */
    void shareWithGroup(String role, String solution, String group) {
        createRole(role);
        createSolutionWithActiveBuild(solution, role);
        String solutionUrl = browser.driver.getCurrentUrl();
        createGroupWithMember(group, "alice");
        browser.open(solutionUrl);
        page.awaitHeading(solution);
        share(solution, group, role);
        explainAlice(group, solution, role);
    }

    void createRole(String role) {
        test.visit("roles", "Runtime roles", "roles");
        page.clickButton("Create role");
        page.type("Name", role);
        page.clickDialogButton("Create");
        page.awaitDialogClosed();
        // Other tests' roles share the realm: search, so the row is on the first page.
        page.type("Search roles", role + Keys.ENTER);
        browser.visible("the new role's row", row(role));
        page.assertButtons("roles", "Delete");
    }

    void createSolutionWithActiveBuild(String solution, String role) {
        test.visit("solutions", "Solutions", "solutions");
        page.clickButton("Create solution");
        page.type("Name", solution);
        page.clickDialogButton("Create");
        page.awaitHeading(solution);
        page.clickButton("Create build");
        // A new solution starts with build 1; the new build is 2.
        page.type("Build name", "2");
        page.click("role checkbox " + role, By.xpath(ConsolePage.DIALOG + "//label[normalize-space()=" + literal(role)
                + "]/preceding-sibling::input | " + ConsolePage.DIALOG + "//input[@type='checkbox' and @id=//label["
                + "normalize-space()=" + literal(role) + "]/@for]"));
        test.checkPage("solution-create-build");
        page.clickDialogButton("Create");
        page.awaitDialogClosed();
        browser.visible("the build's row", row("2"));
        page.click("Set as Active Policy", By.xpath("//*[@data-testid='row-2']//button[normalize-space()="
                + literal("Set as Active Policy") + "]"));
        browser.visible("the role that appears", By.xpath("//*[@data-testid='roles-appear']//*[normalize-space(text())="
                + literal(role) + "]"));
        test.checkPage("solution-switch-active-policy");
        page.clickDialogButton("Set as Active Policy");
        page.awaitDialogClosed();
        browser.visible("the Active label", By.xpath("//*[@data-testid='row-2']//*[normalize-space(text())='Active']"));
        test.checkPage("solution-builds");
    }

    void createGroupWithMember(String group, String member) {
        test.visit("groups", "End-user groups", "groups");
        page.clickButton("Create group");
        page.type("Name", group);
        page.clickDialogButton("Create");
        page.awaitHeading(group);
        page.clickButton("Add member");
        page.type("Username or email", member);
        page.clickDialogButton("Add");
        page.awaitDialogClosed();
        browser.visible("the member's row", row(member));
        page.assertButtons("group members", "Archive", "Add many", "Remove");
        test.checkPage("group-members");
        page.clickTab("Solution access");
        test.checkPage("group-solution-access");
        page.clickTab("Attributes");
        page.assertButtons("group attributes", "Add attribute", "Save");
        test.checkPage("group-attributes");
    }

    void share(String solution, String group, String role) {
        page.clickTab("Share");
        page.clickButton("Share");
        WebElement principal = browser.visible("the principal typeahead", field("User or group"));
        principal.sendKeys(group);
        page.click("the group option", By.xpath("//*[@role='option'][.//*[normalize-space(text())=" + literal(group)
                + "] or normalize-space(text())=" + literal(group) + "]"));
        new Select(browser.visible("the role select", field("Role"))).selectByVisibleText(role);
        test.checkPage("solution-share-modal");
        page.clickDialogButton("Share");
        page.awaitDialogClosed();
        browser.visible("the grant's row", row(group + "-" + role));
        page.assertButtons("solution share", "Share", "Remove");
        test.checkPage("solution-share");
        page.clickTab("Check");
        page.type("User", "alice");
        page.clickButton("Check");
        browser.visible("the decision", By.xpath("//*[@data-testid='check-decision']//*[normalize-space(text())='Allowed']"));
        test.checkPage("solution-check");
    }

    void explainAlice(String group, String solution, String role) {
        test.visit("users", "Users", "users");
        page.type("Search users", "alice" + Keys.ENTER);
        page.click("alice", By.xpath("//table//a[normalize-space()='alice']"));
        page.awaitHeading("alice");
        WebElement reason = browser.visible("alice's access through the group", By.xpath("//*[@data-testid=" + literal("access-" + solution
                + "-" + role) + "]//td[contains(normalize-space(.), " + literal("Through group " + group) + ")]"));
        browser.visible("the link to alice's group", By.xpath("//*[@data-testid=" + literal("access-" + solution + "-" + role)
                + "]//a[normalize-space()=" + literal(group) + " and contains(@href, '/groups/')]"));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", reason);
        test.checkPage("user-access");
    }


    /** Uploads {@code document}, reads the dry run's created entries, applies it and finds the solution. */
    void importDocument(Path document, String solution) {
        test.visit("transfer", "Export and import", "transfer");
        browser.visible("the import file input", By.id("import-file")).sendKeys(document.toAbsolutePath().toString());
        browser.visible("the dry run's created solution", By.xpath("//*[@data-testid='dry-run-plan-created']//*["
                + "normalize-space(text())=" + literal("solution " + solution) + "]"));
        test.checkPage("transfer-dry-run");
        page.clickButton("Apply import");
        browser.visible("the applied plan", By.cssSelector("[data-testid='applied-plan']"));
        page.awaitText("Import applied");
        test.checkPage("transfer-applied");
        test.visit("solutions", "Solutions", "solutions-after-import");
        page.type("Search solutions", solution + Keys.ENTER);
        browser.visible("the imported solution", row(solution));
    }

    /** The finding in the inbox, then its page with the reasons, then the settings page. */
    void inspectFinding(String findingId) {
        test.visit("findings", "Findings", "findings");
        page.click("the finding's link", By.xpath("//*[@data-testid=" + literal("row-" + findingId) + "]//a"));
        browser.visible("the finding's first reason", By.cssSelector("[data-testid='reason-1']"));
        page.awaitText("Reasons");
        page.assertButtons("finding", "Confirm", "Dismiss");
        test.checkPage("finding");
        test.visit("finding-settings", "Finding settings", "finding-settings");
        page.assertButtons("finding settings", "Save");
    }
}
