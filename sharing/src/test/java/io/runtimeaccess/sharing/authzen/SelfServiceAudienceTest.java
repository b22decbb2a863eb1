package io.runtimeaccess.sharing.authzen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.sharing.console.ConsoleClient;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.AccessToken;

class SelfServiceAudienceTest {

    private static AccessToken token(String issuedFor, String... audience) {
        AccessToken token = new AccessToken();
        token.issuedFor(issuedFor);
        token.audience(audience);
        return token;
    }

    @Test
    void aTokenForTheseApisOrFromTheConsoleActsInTheUsersName() {
        assertTrue(CallerToken.meantForSelfService(token("some-app", "account", "runtime-access-self-service")));
        assertTrue(CallerToken.meantForSelfService(token(ConsoleClient.CLIENT_ID)));
    }

    /** A token the user gave another application is that application's, as Keycloak's account API holds. */
    @Test
    void anotherApplicationsTokenDoesNot() {
        assertFalse(CallerToken.meantForSelfService(token("some-app")));
        assertFalse(CallerToken.meantForSelfService(token("some-app", "account", "some-app")));
        assertFalse(CallerToken.meantForSelfService(token("runtime-access-self-service", "account")),
                "the client's id is not the audience");
        assertFalse(CallerToken.meantForSelfService(token("checker", "runtime-access")), "nor is the checkers'");
    }
}
