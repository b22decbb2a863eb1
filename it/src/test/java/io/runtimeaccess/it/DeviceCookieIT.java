package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.AuthenticationManagementResource;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * The {@code runtime-access-device-cookie} step in a copy of the browser flow, bound to the realm for
 * this test only: real sign-ins through the login form get a long-lived HttpOnly device cookie, and
 * their LOGIN events carry a realm-bound digest of it, the same for a returning browser and another
 * one for a different browser, never the cookie itself.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class DeviceCookieIT extends AbstractSharingIT {

    private static final String PROVIDER = "runtime-access-device-cookie";
    private static final String COOKIE = "RUNTIME_ACCESS_DEVICE";
    private static final String DETAIL = "runtime_access_device";
    private static final String ISSUED_DETAIL = "runtime_access_device_issued";
    private static final String FLOW = "browser-device";
    private static final String POST_BROKER_FLOW = "device-after-identity-provider";
    private static final String LISTENER = "runtime-access-events";
    private static final int MAX_AGE_DAYS = 30;

    private RealmRepresentation before;

    /** Binds a copy of the realm's browser flow with the device step, and stores events, for this test only. */
    @BeforeEach
    void bindTheDeviceFlow() {
        before = organization.admin().toRepresentation();
        assertNotEquals(FLOW, before.getBrowserFlow(), "a previous test left the device flow bound");
        deleteTheDeviceFlow();
        copyBrowserFlowWithTheDeviceStep(before.getBrowserFlow());
        bind(FLOW, true);
    }

    @AfterEach
    void restoreTheBrowserFlow() {
        bind(before.getBrowserFlow(), Boolean.TRUE.equals(before.isEventsEnabled()));
        deleteTheDeviceFlow();
        RealmRepresentation after = organization.admin().toRepresentation();
        assertEquals(before.getBrowserFlow(), after.getBrowserFlow(), "the realm's browser flow is restored");
        assertEquals(Boolean.TRUE.equals(before.isEventsEnabled()), Boolean.TRUE.equals(after.isEventsEnabled()),
                "event storing is as before");
    }

    @Test
    void signInsCarryAStableDigestOfTheDeviceCookie() throws Exception {
        String userId = createOrganizationUser("device-cookie-user");
        Browser laptop = new Browser();
        assertSignedIn(org.formLogin(laptop, "device-cookie-user", "device-cookie-user", Map.of()));
        String cookie = laptop.cookie(COOKIE);
        assertNotNull(cookie, "the first sign-in sets the device cookie");
        assertTrue(cookie.matches("[A-Za-z0-9_-]{22}"), "128 random bits, URL-safe base64: " + cookie);
        assertCookieAttributes(laptop);

        // The browser is closed and opened again: the session cookies are gone, the device cookie is not.
        laptop.restart();
        assertNotNull(laptop.cookie(COOKIE), "the device cookie outlives the browser session");
        assertSignedIn(org.formLogin(laptop, "device-cookie-user", "device-cookie-user", Map.of()));
        assertEquals(cookie, laptop.cookie(COOKIE), "a returning browser keeps its id");
        assertEquals(2, laptop.setCookieHeaders(COOKIE).size(), "the cookie is renewed at every sign-in");

        Browser otherBrowser = new Browser();
        assertSignedIn(org.formLogin(otherBrowser, "device-cookie-user", "device-cookie-user", Map.of()));
        String otherCookie = otherBrowser.cookie(COOKIE);
        assertNotNull(otherCookie);
        assertNotEquals(cookie, otherCookie, "another browser gets its own id");

        // A malformed cookie (not what this step writes) is replaced, and the sign-in goes on.
        Browser tampered = new Browser();
        tampered.plant(COOKIE, "not-a-device-id", "/realms/" + organization.getName() + "/");
        assertSignedIn(org.formLogin(tampered, "device-cookie-user", "device-cookie-user", Map.of()));
        String replaced = tampered.cookie(COOKIE);
        assertTrue(replaced.matches("[A-Za-z0-9_-]{22}"), replaced);

        List<EventRepresentation> logins = loginEvents(userId, 4);
        String realmId = organization.admin().toRepresentation().getId();
        assertEquals(digest(realmId, cookie), logins.get(0).getDetails().get(DETAIL),
                "the digest is SHA-256 of realm id and cookie value: " + logins.get(0).getDetails());
        assertEquals("true", logins.get(0).getDetails().get(ISSUED_DETAIL));
        assertEquals(logins.get(0).getDetails().get(DETAIL), logins.get(1).getDetails().get(DETAIL),
                "the returning browser has the same device id");
        assertEquals("false", logins.get(1).getDetails().get(ISSUED_DETAIL));
        assertEquals(digest(realmId, otherCookie), logins.get(2).getDetails().get(DETAIL));
        assertNotEquals(logins.get(0).getDetails().get(DETAIL), logins.get(2).getDetails().get(DETAIL),
                "a different browser has a different device id");
        assertEquals("true", logins.get(2).getDetails().get(ISSUED_DETAIL));
        assertEquals(digest(realmId, replaced), logins.get(3).getDetails().get(DETAIL));
        assertEquals("true", logins.get(3).getDetails().get(ISSUED_DETAIL), "a malformed cookie counts as none");

        List<EventRepresentation> all = organization.admin().getEvents(null, null, userId, null, null, null, 0, 100);
        assertTrue(all.size() > logins.size(), "the code-to-token events are checked too");
        for (EventRepresentation event : all) {
            String stored = String.valueOf(event.getDetails());
            for (String raw : List.of(cookie, otherCookie, replaced)) {
                assertFalse(stored.contains(raw), event.getType() + " event holds a raw device cookie: " + stored);
            }
        }
    }

    /** A user with a required action still signs in, and the cookie is set before the action's page. */
    @Test
    void aSignInWithARequiredActionGetsTheCookieToo() {
        String userId = createOrganizationUser("device-cookie-new-password");
        UserRepresentation user = organization.admin().users().get(userId).toRepresentation();
        user.setRequiredActions(List.of("UPDATE_PASSWORD"));
        organization.admin().users().get(userId).update(user);
        Browser browser = new Browser();
        assertSignedIn(org.formLogin(browser, "device-cookie-new-password", "device-cookie-new-password",
                Map.of("name=\"password-new\"", Map.of("password-new", "a-new-password-1",
                        "password-confirm", "a-new-password-1"))));
        assertNotNull(browser.cookie(COOKIE), "set when the password was accepted, before the required action");
        assertEquals(1, browser.setCookieHeaders(COOKIE).size());
    }

    /**
     * Federated users never pass the "forms" sub-flow: the step goes into the identity provider's post
     * login flow, as the organization template does. Their browsers get the cookie there. Keycloak stores those LOGIN events without the
     * step's details, so the proof that the scorer gets the id is the scorer's own finding: after five
     * sign-ins with one browser, a browser without its cookie, from another network, is a new device.
     */
    @Test
    void aSignInThroughTheIdentityProviderGetsTheCookieFromThePostLoginFlow() throws Exception {
        // The organization template wires it: the providers' post login flow holds the step.
        assertEquals(POST_BROKER_FLOW, organization.admin().identityProviders().get(OIDC_IDP).toRepresentation()
                .getPostBrokerLoginFlowAlias());
        assertEquals(List.of(PROVIDER), organization.admin().flows().getExecutions(POST_BROKER_FLOW).stream()
                .map(AuthenticationExecutionInfoRepresentation::getProviderId).collect(Collectors.toList()));
        assertTrue(organization.admin().toRepresentation().getEventsListeners().contains(LISTENER),
                "the template turns the scorer on");
        if (customer.admin().users().searchByUsername("device-federated", true).isEmpty()) {
            createCustomerUser("device-federated", List.of(), Map.of());
        }
        Browser browser = new Browser();
        org.brokeredLogin(browser, OIDC_IDP, "device-federated");
        String cookie = browser.cookie(COOKIE);
        assertNotNull(cookie, "the post login flow set the device cookie");
        for (int i = 0; i < 4; i++) {
            browser.restart();
            org.brokeredLogin(browser, OIDC_IDP, "device-federated");
            assertEquals(cookie, browser.cookie(COOKIE), "the returning browser keeps its id");
        }
        // Another browser, elsewhere: at the user's usual address a missing cookie is likelier a private window.
        org.brokeredLogin(new Browser().from("10.77.0.9"), OIDC_IDP, "device-federated");

        String userId = organization.admin().users().searchByUsername("device-federated", true).get(0).getId();
        JsonNode finding = awaitFinding("user=" + userId, f -> f.toString().contains("without the device cookie"));
        assertEquals("NEW_DEVICE", finding.get("detection").asText(), finding.toString());
    }

    /** Copies the browser flow and adds the device step, REQUIRED, at the end of the copy's "forms" sub-flow. */
    private void copyBrowserFlowWithTheDeviceStep(String original) {
        AuthenticationManagementResource flows = organization.admin().flows();
        try (Response copied = flows.copy(original, Map.of("newName", FLOW))) {
            assertEquals(201, copied.getStatus(), "copying the browser flow");
        }
        // Keycloak names the copy's sub-flows "<new name> <sub-flow>", as docs/anomaly-detection.md says.
        AuthenticationExecutionInfoRepresentation forms = flows.getExecutions(FLOW).stream()
                .filter(e -> Boolean.TRUE.equals(e.getAuthenticationFlow()) && e.getLevel() == 0
                        && e.getDisplayName().equals(FLOW + " forms"))
                .findFirst().orElseThrow(() -> new AssertionError("no '" + FLOW + " forms' sub-flow"));
        // The organization template already has the step in "forms"; a realm made without it gets it here.
        if (flows.getExecutions(FLOW).stream().noneMatch(e -> PROVIDER.equals(e.getProviderId()))) {
            flows.addExecution(forms.getDisplayName(), Map.of("provider", PROVIDER));
        }
        AuthenticationExecutionInfoRepresentation step = execution(PROVIDER);
        assertEquals(forms.getLevel() + 1, step.getLevel(), "inside the forms sub-flow");
        step.setRequirement("REQUIRED");
        flows.updateExecutions(FLOW, step);
        assertEquals("REQUIRED", execution(PROVIDER).getRequirement());
        assertTrue(execution(PROVIDER).getIndex() > execution("auth-username-password-form").getIndex(),
                "after the username/password form");

        AuthenticatorConfigRepresentation config = new AuthenticatorConfigRepresentation();
        config.setAlias("device cookie " + MAX_AGE_DAYS + " days");
        config.setConfig(Map.of("max-age-days", Integer.toString(MAX_AGE_DAYS)));
        try (Response created = flows.newExecutionConfig(step.getId(), config)) {
            assertEquals(201, created.getStatus(), "configuring the device step");
        }
    }

    private void deleteTheDeviceFlow() {
        organization.admin().flows().getFlows().stream().filter(f -> f.getAlias().equals(FLOW))
                .forEach(f -> organization.admin().flows().deleteFlow(f.getId()));
    }

    private AuthenticationExecutionInfoRepresentation execution(String providerId) {
        return organization.admin().flows().getExecutions(FLOW).stream()
                .filter(e -> providerId.equals(e.getProviderId())).findFirst()
                .orElseThrow(() -> new AssertionError(providerId + " not in " + FLOW));
    }

    private void bind(String browserFlow, boolean storeEvents) {
        RealmRepresentation realm = organization.admin().toRepresentation();
        realm.setBrowserFlow(browserFlow);
        realm.setEventsEnabled(storeEvents);
        organization.admin().update(realm);
    }

    private void assertCookieAttributes(Browser browser) {
        String header = browser.setCookieHeaders(COOKIE).get(0);
        Map<String, String> attributes = attributes(header);
        assertEquals("/realms/" + organization.getName() + "/", attributes.get("path"), header);
        assertTrue(attributes.containsKey("httponly"), "HttpOnly: " + header);
        assertEquals("lax", attributes.get("samesite").toLowerCase(Locale.ROOT), header);
        assertEquals(Integer.toString(MAX_AGE_DAYS * 86_400), attributes.get("max-age"), "the configured lifetime: " + header);
        // Secure exactly when Keycloak marks its own cookies Secure (HTTPS, and localhost, a secure context).
        String identity = browser.setCookieHeaders("KEYCLOAK_IDENTITY").stream().reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no KEYCLOAK_IDENTITY cookie"));
        assertEquals(attributes(identity).containsKey("secure"), attributes.containsKey("secure"),
                "Secure like KEYCLOAK_IDENTITY: " + header + " / " + identity);
    }

    private static Map<String, String> attributes(String setCookie) {
        String[] parts = setCookie.split(";");
        Map<String, String> attributes = new java.util.HashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].trim();
            int eq = part.indexOf('=');
            attributes.put((eq < 0 ? part : part.substring(0, eq)).toLowerCase(Locale.ROOT),
                    eq < 0 ? "" : part.substring(eq + 1));
        }
        return attributes;
    }

    /** The user's stored LOGIN events, oldest first; waits briefly for all {@code expected} of them. */
    private List<EventRepresentation> loginEvents(String userId, int expected) throws InterruptedException {
        List<EventRepresentation> logins = new ArrayList<>();
        for (int attempt = 0; attempt < 20 && logins.size() < expected; attempt++) {
            if (attempt > 0) {
                Thread.sleep(250);
            }
            logins = organization.admin().getEvents(List.of("LOGIN"), null, userId, null, null, null, 0, 100)
                    .stream().sorted(Comparator.comparingLong(EventRepresentation::getTime))
                    .collect(Collectors.toList());
        }
        assertEquals(expected, logins.size(), "LOGIN events: " + logins.stream()
                .map(e -> String.valueOf(e.getDetails())).collect(Collectors.joining(", ")));
        return logins;
    }

    private static void assertSignedIn(JsonNode tokens) {
        assertTrue(tokens.hasNonNull("access_token"), "signed in: " + tokens);
    }

    private static String digest(String realmId, String cookie) throws Exception {
        byte[] sha256 = MessageDigest.getInstance("SHA-256")
                .digest((realmId + ":" + cookie).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256).substring(0, 22);
    }
}
