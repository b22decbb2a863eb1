package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * Automatic responses on a real Keycloak: failed sign-ins against an account, which anyone who knows its
 * username can cause, never disable it or sign it out; a suspicious successful sign-in still can. In a
 * realm with brute-force protection, a failure finding at most sets Keycloak's own temporary lockout,
 * which ends by itself.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class AutomaticResponseIT extends AbstractSharingIT {

    private static final String BROWSER = "Mozilla/5.0 (Windows NT 10.0) Chrome/131.0";
    private static final String EVERY_SEVERITY_DISABLES =
            "{\"responses\":{\"medium\":\"disable-user\",\"high\":\"disable-user\",\"critical\":\"disable-user\"}}";
    private static final String NO_RESPONSES =
            "{\"responses\":{\"medium\":\"none\",\"high\":\"none\",\"critical\":\"none\"}}";

    @BeforeEach
    void enableListener() {
        enableAnomalyListener();
    }

    @Test
    void bruteForceNeverDisablesTheAccountTriedButASuspiciousSignInStillCan() {
        assertFalse(organization.admin().toRepresentation().isBruteForceProtected(), "the template's default");
        String wendy = createOrganizationUser("wendy");
        configureResponses(EVERY_SEVERITY_DISABLES);
        try {
            // from twelve addresses, so the failures' finding is already HIGH: the correct guess raises no severity
            // of that finding, and must still get the response
            for (int i = 0; i < 24; i++) {
                assertNotEquals(200, passwordGrant("wendy", "wrong", "10.31." + (i % 12) + ".1", BROWSER).statusCode());
            }
            JsonNode attack = awaitFinding("user=wendy", f -> "BRUTE_FORCE".equals(f.path("detection").asText())
                    && Set.of("HIGH", "CRITICAL").contains(f.path("severity").asText()));
            assertTrue(attack.path("response").isNull() || attack.path("response").isMissingNode(), attack.toString());
            assertTrue(organization.admin().users().get(wendy).toRepresentation().isEnabled(),
                    "a stranger's failed guesses do not disable the account");

            // The attacker's correct guess, from one of the failing addresses: this user did sign in.
            assertEquals(200, passwordGrant("wendy", "wendy", "10.31.0.1", BROWSER).statusCode());
            assertFalse(organization.admin().users().get(wendy).getUserSessions().isEmpty(), "signed in");
            JsonNode takeover = awaitFinding("user=wendy", f -> "disable-user".equals(f.path("response").asText()));
            assertNotEquals("MEDIUM", takeover.get("severity").asText(), takeover.toString());
            assertFalse(organization.admin().users().get(wendy).toRepresentation().isEnabled(),
                    "the suspicious sign-in disabled the account");
            // the sessions' removal can show a moment after the disabled account (seen once: still listed right
            // after the finding)
            awaitTrue(() -> organization.admin().users().get(wendy).getUserSessions().isEmpty(), "and signed it out",
                    Duration.ofSeconds(10));
        } finally {
            configureResponses(NO_RESPONSES);
        }
    }

    @Test
    void withBruteForceProtectionAFailureFindingOnlyLocksTheAccountForAWhile() {
        String xena = createOrganizationUser("xena");
        RealmRepresentation before = protectAgainstBruteForce(12);
        configureResponses(EVERY_SEVERITY_DISABLES);
        try {
            for (int i = 0; i < 16; i++) {
                passwordGrant("xena", "wrong", "10.32." + (i % 8) + ".1", BROWSER);
            }
            JsonNode attack = awaitFinding("user=xena", f -> "temporary-lockout".equals(f.path("response").asText()));
            assertEquals("BRUTE_FORCE", attack.get("detection").asText(), attack.toString());
            assertTrue(organization.admin().users().get(xena).toRepresentation().isEnabled(), "not disabled");
            assertTrue(lockedOut(xena), "Keycloak shows the account as temporarily locked");
            assertNotEquals(200, passwordGrant("xena", "xena", "10.32.0.1", BROWSER).statusCode(),
                    "the owner waits like after Keycloak's own lockout");

            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
            while (lockedOut(xena)) {
                assertTrue(System.nanoTime() < deadline, "the lockout ends after the realm's maximum wait");
                sleep(500);
            }
            assertTrue(organization.admin().users().get(xena).toRepresentation().isEnabled());
        } finally {
            configureResponses(NO_RESPONSES);
            organization.admin().update(before);
            organization.admin().attackDetection().clearAllBruteForce();
        }
    }

    /**
     * A spray tries each account once from its source: the account whose attempt raised the finding is a bystander
     * like the others, so the finding names none of them and locks none out.
     */
    @Test
    void aSprayOverExistingAccountsNamesNoneOfThemAndLocksNoneOut() {
        List<String> tried = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            tried.add(createOrganizationUser("sprayed-" + i));
        }
        RealmRepresentation before = protectAgainstBruteForce(600);
        configureResponses(EVERY_SEVERITY_DISABLES);
        try {
            for (int i = 0; i < tried.size(); i++) {
                assertNotEquals(200, passwordGrant("sprayed-" + i, "Winter2026!", "10.33.0.9", "python-requests/2.31")
                        .statusCode());
            }
            JsonNode spray = awaitFinding("detection=password_spray", f -> f.toString().contains("10.33.0.9")
                    && Set.of("MEDIUM", "HIGH", "CRITICAL").contains(f.path("severity").asText())
                    && f.path("eventCount").asInt() > 1);
            assertFalse(spray.hasNonNull("userId"), "no account tried is the spray's: " + spray);
            assertFalse(spray.hasNonNull("response"), spray.toString());
            for (String user : tried) {
                assertFalse(lockedOut(user), "a sprayed account is not locked out");
            }
        } finally {
            configureResponses(NO_RESPONSES);
            organization.admin().update(before);
            organization.admin().attackDetection().clearAllBruteForce();
        }
    }

    /** Turns on Keycloak's brute-force protection with the given wait; returns the realm as it was. */
    private RealmRepresentation protectAgainstBruteForce(int maxWaitSeconds) {
        RealmRepresentation before = organization.admin().toRepresentation();
        RealmRepresentation realm = organization.admin().toRepresentation();
        realm.setBruteForceProtected(true);
        realm.setFailureFactor(1000); // Keycloak's own count never locks here: any lockout is the response's
        realm.setQuickLoginCheckMilliSeconds(1L);
        realm.setMaxFailureWaitSeconds(maxWaitSeconds);
        organization.admin().update(realm);
        return before;
    }

    private void configureResponses(String body) {
        HttpResponse<String> saved = findingsCall("PUT", "/settings", adminToken(), body);
        assertEquals(200, saved.statusCode(), saved.body());
    }

    /** Keycloak's brute-force status of the user, as the admin console reads it. */
    private boolean lockedOut(String userId) {
        HttpResponse<String> status = send(HttpRequest.newBuilder(URI.create(urls.getBase() + "/admin/realms/"
                + organization.getName() + "/attack-detection/brute-force/users/" + userId))
                .header("Authorization", "Bearer " + adminToken()).GET());
        assertEquals(200, status.statusCode(), status.body());
        return Oidc.json(status.body()).get("disabled").asBoolean();
    }
}
