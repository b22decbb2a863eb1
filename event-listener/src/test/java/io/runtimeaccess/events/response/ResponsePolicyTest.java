package io.runtimeaccess.events.response;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.runtimeaccess.anomaly.finding.Activity;
import io.runtimeaccess.events.response.ResponsePolicy.Action;
import org.junit.jupiter.api.Test;

/** Which findings may trigger which response: never one an unauthenticated stranger can aim at an account. */
class ResponsePolicyTest {

    @Test
    void whatTheUserDidGetsTheConfiguredResponse() {
        for (Activity activity : new Activity[] {Activity.SIGN_IN, Activity.TOKEN, Activity.ADMIN_ACTION}) {
            for (boolean protectedRealm : new boolean[] {false, true}) {
                assertEquals(Action.DISABLE_USER, ResponsePolicy.decide(activity, Response.DISABLE_USER, protectedRealm));
                assertEquals(Action.REVOKE_SESSIONS,
                        ResponsePolicy.decide(activity, Response.REVOKE_SESSIONS, protectedRealm));
                assertEquals(Action.NONE, ResponsePolicy.decide(activity, Response.NONE, protectedRealm));
                assertEquals(Action.NONE, ResponsePolicy.decide(activity, null, protectedRealm));
            }
        }
    }

    @Test
    void failedSignInsNeverDisableOrSignOutTheAccountTried() {
        for (Response configured : new Response[] {Response.DISABLE_USER, Response.REVOKE_SESSIONS}) {
            assertEquals(Action.TEMPORARY_LOCKOUT, ResponsePolicy.decide(Activity.FAILED_SIGN_IN, configured, true),
                    "at most Keycloak's own temporary lockout");
            assertEquals(Action.NONE, ResponsePolicy.decide(Activity.FAILED_SIGN_IN, configured, false),
                    "nothing where the realm turned brute-force protection off");
        }
        assertEquals(Action.NONE, ResponsePolicy.decide(Activity.FAILED_SIGN_IN, Response.NONE, true),
                "no lockout unless the realm asked for a response");
    }

    @Test
    void anUnknownActivityGetsNothing() {
        assertEquals(Action.NONE, ResponsePolicy.decide(Activity.OTHER, Response.DISABLE_USER, true));
        assertEquals(Action.NONE, ResponsePolicy.decide(null, Response.DISABLE_USER, true));
    }

    @Test
    void theRecordedNamesAreTheWireNames() {
        assertEquals("disable-user", Action.DISABLE_USER.wireName());
        assertEquals("revoke-sessions", Action.REVOKE_SESSIONS.wireName());
        assertEquals("temporary-lockout", Action.TEMPORARY_LOCKOUT.wireName());
        assertEquals(null, Action.NONE.wireName());
    }

    /** In the server's admin realm an admin change is an admin of the server's: never disabled or signed out. */
    @Test
    void anAdminOfTheServerIsNeverRespondedToInTheAdminRealm() {
        assertEquals(Action.NONE, ResponsePolicy.decide(Activity.ADMIN_ACTION, Response.DISABLE_USER, true, true));
        assertEquals(Action.DISABLE_USER, ResponsePolicy.decide(Activity.ADMIN_ACTION, Response.DISABLE_USER, true,
                false));
        assertEquals(Action.REVOKE_SESSIONS, ResponsePolicy.decide(Activity.SIGN_IN, Response.REVOKE_SESSIONS, false,
                true), "a suspicious sign-in to the admin realm is still responded to");
    }
}
