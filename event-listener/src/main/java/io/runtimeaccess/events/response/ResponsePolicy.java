package io.runtimeaccess.events.response;

import io.runtimeaccess.anomaly.finding.Activity;

/**
 * Which automatic response a finding may get. A realm configures one per severity, but the user on a
 * finding about failed sign-ins (a brute force, a spray, a failure spike) is the account that was
 * <em>tried</em>: anyone who knows its username, an admin's included, could get it disabled or signed
 * out. So the configured response applies only when the user acted, authenticated: a successful
 * sign-in, a token for their session, an admin change they made. On a failed sign-in the most done is a
 * temporary lockout as Keycloak's brute-force protection would set, which expires by itself, and only
 * in a realm that turned that protection on (elsewhere Keycloak ignores a lockout, and the realm chose
 * not to lock accounts out).
 */
public final class ResponsePolicy {

    private ResponsePolicy() {
    }

    /** What is done for a finding about {@code activity} when the realm configured {@code configured}. */
    public static Action decide(Activity activity, Response configured, boolean realmBruteForceProtected) {
        return decide(activity, configured, realmBruteForceProtected, false);
    }

    /**
     * As {@link #decide(Activity, Response, boolean)}, in the server's admin realm ({@code master}) when
     * {@code adminRealm}: there an admin change is made by an admin of the whole server, whom a realm's settings
     * never disable or sign out (they could lock out the server's only admin).
     */
    public static Action decide(Activity activity, Response configured, boolean realmBruteForceProtected,
            boolean adminRealm) {
        if (configured == null || configured == Response.NONE || activity == null
                || adminRealm && activity == Activity.ADMIN_ACTION) {
            return Action.NONE;
        }
        if (activity.authenticated()) {
            return configured == Response.DISABLE_USER ? Action.DISABLE_USER : Action.REVOKE_SESSIONS;
        }
        if (activity == Activity.FAILED_SIGN_IN && realmBruteForceProtected) {
            return Action.TEMPORARY_LOCKOUT;
        }
        return Action.NONE;
    }

    /** What was done, as stored in the finding's {@code response}. */
    public enum Action {
        NONE(null),
        REVOKE_SESSIONS(Response.REVOKE_SESSIONS.wireName()),
        DISABLE_USER(Response.DISABLE_USER.wireName()),
        /** The account cannot sign in until Keycloak's brute-force wait ends; nothing else changes. */
        TEMPORARY_LOCKOUT("temporary-lockout");

        private final String wireName;

        Action(String wireName) {
            this.wireName = wireName;
        }

        /** {@code null} for {@link #NONE}. */
        public String wireName() {
            return wireName;
        }
    }
}
