package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;

/**
 * The admin console in a real headless Chromium against the real server: an admin signs in through
 * Keycloak's login page and shares a solution; a view-only admin sees no change controls; an import shows
 * its plan and applies; failed logins become a finding in the inbox; the access-intelligence pages show a
 * seeded analysis, a rule is created and a proposal rejected; an admin makes a role requestable, a user without
 * admin rights requests it on My access and an approver approves it; an access-review campaign is started, decided,
 * closed and its evidence downloaded. Every page visited is checked with
 * axe-core and saved as a screenshot, and the first-render time is measured.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT extends AbstractSharingIT {

    static final String ADMIN = "console-admin";
    static final String VIEWER = "console-viewer";
    static final String VICTIM = "console-victim";
    static final String[] ADMIN_ROLES = {"manage-users", "view-users", "view-events", "manage-events", "view-realm",
        "manage-realm"};
    static final String MARK = "runtime-access:first-render";

    private static ConsoleBrowser browser;
    private static ConsolePage page;
    private static String signedInAs;

    /** A failed journey leaves a screenshot and the page's text, to see what the browser saw. */
    @RegisterExtension
    static final TestWatcher FAILURES = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser == null) {
                return;
            }
            try {
                System.out.println("FAILED " + context.getDisplayName() + " at " + browser.driver.getCurrentUrl()
                        + ", screenshot " + browser.screenshot("failed") + "; page text:\n"
                        + browser.script("return document.body.innerText;"));
            } catch (WebDriverException e) {
                System.out.println("FAILED " + context.getDisplayName() + "; the browser could not tell more: " + e);
            }
        }
    };

    @BeforeAll
    static void startBrowser() {
        browser = new ConsoleBrowser();
        page = new ConsolePage(browser);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    String consoleUrl() {
        return urls.getBase() + "/realms/" + organization.getName() + "/runtime-access/console/";
    }

    String route(String path) {
        return consoleUrl() + "#/" + organization.getName() + "/" + path;
    }

    /** Signs {@code username} in through Keycloak's login page (signing out whoever was signed in). */
    void signIn(String username, String... realmManagementRoles) {
        organizationAdminToken(username, realmManagementRoles);
        if (username.equals(signedInAs)) {
            return;
        }
        if (signedInAs != null) {
            page.clickButton("Sign out");
        } else {
            browser.open(consoleUrl());
            browser.visible("Keycloak's login page", By.id("username"));
            browser.screenshot("sign-in");
        }
        browser.signInAtLoginPage(username, username);
        awaitConsole();
        signedInAs = username;
        List<String> tokens = browser.storage().stream().filter(e -> e.contains("eyJ")).collect(Collectors.toList());
        assertEquals(List.of(), tokens, "tokens stay in memory, never in web storage");
    }

    void awaitConsole() {
        browser.visible("the console's navigation", By.xpath("//nav[@aria-label='Runtime Access navigation']"));
    }

    /** Opens a console route, waits for its heading, checks it with axe and saves a screenshot. */
    void visit(String path, String heading, String screenshot) {
        browser.open(route(path));
        page.awaitHeading(heading);
        checkPage(screenshot);
    }

    /** Opens a console route and waits for its data (for pages whose heading is data, such as a solution's name). */
    void browseTo(String path) {
        browser.open(route(path));
        browser.visible("a page heading", By.tagName("h1"));
        awaitIdle();
    }

    /** axe-core on the page as shown now, then a screenshot of it. */
    void checkPage(String name) {
        awaitIdle();
        Axe.check(browser, name);
        browser.screenshot(name);
    }

    /** No spinner left: the page's data has arrived. */
    void awaitIdle() {
        browser.await("the page to finish loading", d -> d.findElements(By.cssSelector(".pf-v5-c-spinner")).isEmpty());
    }

    void assertNoCspViolation() {
        List<String> violations = browser.log().stream().filter(l -> l.contains("Content Security Policy"))
                .collect(Collectors.toList());
        assertEquals(List.of(), violations, "the console runs under its Content-Security-Policy without violations");
    }

    @Test
    @Order(1)
    void adminSharesASolutionWithAGroupAndSeesWhyAliceHasAccess() {
        ensureAlice();
        signIn(ADMIN, ADMIN_ROLES);
        new ConsoleJourneys(browser, page, this).shareWithGroup("console-reviewer", "Console Claims", "Console Reviewers");
        assertNoCspViolation();
    }

    @Test
    @Order(2)
    void firstRenderTime() {
        signIn(ADMIN, ADMIN_ROLES);
        List<Double> marks = new ArrayList<>();
        List<Double> loads = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            browser.open("about:blank");
            long start = System.currentTimeMillis();
            // The session exists, so this load goes to Keycloak and straight back with a code: no login page.
            browser.open(route("solutions"));
            Map<String, Object> mark = browser.await("the first-render mark", d -> markOrNull());
            double startTime = ((Number) mark.get("start")).doubleValue();
            marks.add(startTime);
            loads.add(((Number) mark.get("origin")).doubleValue() + startTime - start);
        }
        System.out.println("FIGURE first-render-ms " + summary(marks)
                + " (performance mark after the page returned from Keycloak with the code)");
        System.out.println("FIGURE console-load-ms " + summary(loads)
                + " (from navigating to the console, through the SSO redirect, to the first render)");
        assertNoCspViolation();
    }

    private static Map<String, Object> markOrNull() {
        try {
            return browser.mark(MARK);
        } catch (WebDriverException e) {
            return null; // between the redirects there is no page to ask
        }
    }

    static String summary(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "median=%.0f min=%.0f all=%s", sorted.get(sorted.size() / 2),
                sorted.get(0), values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v))
                        .collect(Collectors.toList()));
    }

    @Test
    @Order(3)
    void importShowsItsPlanThenApplies() throws IOException {
        signIn(ADMIN, ADMIN_ROLES);
        Path document = ConsoleBrowser.SCREENSHOTS.resolveSibling("console-import.json");
        Files.writeString(document, "{\"format\":1,"
                + "\"roles\":[{\"name\":\"console-imported-role\"}],"
                + "\"solutions\":[{\"name\":\"Console Imported\",\"activeBuild\":\"1\","
                + "\"builds\":[{\"name\":\"1\",\"roles\":[\"console-imported-role\"]}]}],"
                + "\"groups\":[{\"name\":\"Console Imported Team\",\"members\":[\"" + ADMIN + "\"]}]}");
        new ConsoleJourneys(browser, page, this).importDocument(document, "Console Imported");
        assertTrue(adminGet("solutions?search=Console%20Imported").body().contains("Console Imported"), "the import was written");
        assertNoCspViolation();
    }

    @Test
    @Order(4)
    void failedLoginsBecomeAFindingInTheInbox() {
        String findingId = bruteForceFinding();
        signIn(ADMIN, ADMIN_ROLES);
        new ConsoleJourneys(browser, page, this).inspectFinding(findingId);
        assertNoCspViolation();
    }

    @Test
    @Order(5)
    void viewOnlyAdminSeesNoChangeControls() {
        String findingId = bruteForceFinding();
        String solution = solution("Console Viewed", "console-viewed-role");
        String group = createdId(adminPost("groups", "{\"name\":\"Console Viewed Team\"}"));
        organizationAdminToken(VIEWER, "view-users", "view-events");
        assertEquals(201, adminPost("groups/" + group + "/members", "{\"username\":\"" + VIEWER + "\"}").statusCode());
        assertEquals(201, adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"group\","
                + "\"name\":\"Console Viewed Team\"},\"role\":\"console-viewed-role\"}").statusCode());

        signIn(VIEWER, "view-users", "view-events");
        new ConsoleViewOnly(browser, page, this).walk(solution, group, findingId);
        assertNoCspViolation();
    }

    @Test
    @Order(6)
    void adminWalksTheAccessIntelligencePagesCreatesARuleAndRejectsAProposal() {
        ensureAlice();
        ConsoleGovernance governance = new ConsoleGovernance(browser, page, this);
        governance.seed();
        signIn(ADMIN, ADMIN_ROLES);
        governance.walk(aliceId(), "alice");
        assertNoCspViolation();
    }

    @Test
    @Order(7)
    void viewOnlyAdminSeesNoAccessIntelligenceChangeControls() {
        ensureAlice();
        signIn(VIEWER, "view-users", "view-events");
        new ConsoleGovernance(browser, page, this).walkViewOnly(aliceId(), "alice");
        new ConsoleReviews(browser, page, this).walkViewOnly();
        assertNoCspViolation();
    }

    @Test
    @Order(8)
    void aUserRequestsAccessOnMyAccessAndAnApproverApprovesIt() {
        ConsoleRequests requests = new ConsoleRequests(browser, page, this);
        requests.seed();
        signIn(ADMIN, ADMIN_ROLES);
        requests.createItem();
        signIn(ConsoleRequests.REQUESTER);
        requests.requestAsUser();
        signIn(ConsoleRequests.APPROVER);
        requests.approveAsApprover();
        signIn(VIEWER, "view-users", "view-events");
        requests.walkViewOnly();
        assertNoCspViolation();
        requests.cleanUp();
    }

    @Test
    @Order(9)
    void adminRunsAnAccessReviewCampaign() {
        ConsoleReviews reviews = new ConsoleReviews(browser, page, this);
        reviews.seed();
        signIn(ADMIN, ADMIN_ROLES);
        reviews.walk();
        assertNoCspViolation();
    }

    @Test
    @Order(10)
    void aReviewerDecidesOnMyReviewsWithTheirOwnToken() {
        ConsoleReviews reviews = new ConsoleReviews(browser, page, this);
        reviews.seedForReviewer();
        signIn(ConsoleReviews.REVIEWER);
        reviews.walkMyReviews();
        assertNoCspViolation();
    }

    String aliceId() {
        return organization.admin().users().searchByUsername("alice", true).get(0).getId();
    }

    /** A burst of failed logins for one user, which the scorer reports as brute force (made once). */
    private String bruteForceFinding() {
        enableAnomalyListener();
        List<UserRepresentation> existing =
                organization.admin().users().searchByUsername(VICTIM, true);
        String victim = existing.isEmpty() ? createOrganizationUser(VICTIM) : existing.get(0).getId();
        if (existing.isEmpty()) {
            for (int i = 0; i < 32; i++) {
                failedLogin(VICTIM, "10.41." + (i % 16) + ".1", "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0");
            }
        }
        return findingFor(victim).get("id").asText();
    }

    /** alice of the demo arrives through her customer IdP, as in the brokered-login tests. */
    void ensureAlice() {
        if (organization.admin().users().searchByUsername("alice", true).isEmpty()) {
            org.brokeredLogin(OIDC_IDP, "alice");
        }
    }

    JsonNode findingFor(String userId) {
        return awaitFinding("user=" + userId, f -> "BRUTE_FORCE".equals(f.path("detection").asText()));
    }
}
