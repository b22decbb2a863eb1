package io.runtimeaccess.events.response;

import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.events.log.LogText;
import io.runtimeaccess.events.response.ResponsePolicy.Action;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserLoginFailureModel;
import org.keycloak.models.UserLoginFailureProvider;
import org.keycloak.models.UserModel;

/**
 * The optional response to a finding, configured per severity and off by default: sign the user out
 * everywhere, or disable the account; {@link ResponsePolicy} limits it to findings about what the user
 * did, and turns it into a temporary lockout on findings about failed sign-ins. What was done is stored
 * with the finding.
 */
public final class AutomaticResponse {

    private static final Logger LOG = Logger.getLogger(AutomaticResponse.class);

    private AutomaticResponse() {
    }

    /** Applies the response the policy allows; returns what was done, or {@code null} if nothing. */
    public static String apply(KeycloakSession session, RealmModel realm, Assessment assessment, Response configured) {
        Action action = ResponsePolicy.decide(assessment.activity(), configured, realm.isBruteForceProtected(),
                Config.getAdminRealm().equals(realm.getName()));
        if (action == Action.NONE || assessment.userId() == null) {
            return null;
        }
        // only the realm's own users: an admin of the master realm acting here is not looked up there, so this
        // realm's settings never lock out an admin of the server (docs/anomaly-detection.md)
        UserModel user = session.users().getUserById(realm, assessment.userId());
        if (user == null) {
            return null;
        }
        if (action == Action.TEMPORARY_LOCKOUT) {
            if (!lockOut(session, realm, user)) {
                return null;
            }
        } else {
            if (action == Action.DISABLE_USER) {
                user.setEnabled(false);
            }
            signOut(session, realm, user);
        }
        LOG.warnf("Realm '%s': %s for user '%s' after an anomaly finding", realm.getName(), action.wireName(),
                LogText.oneLine(user.getUsername()));
        return action.wireName();
    }

    /**
     * Disabling alone would leave live sessions until they expire, so both responses sign the user out:
     * every token issued until now stops being valid (the user's not-before, as the admin console's "Sign
     * out" sets it) and the sessions end, so no refresh works. This runs on the scorer's thread, outside
     * any HTTP request, where Keycloak's backchannel logout cannot run (it builds URLs from the request), so
     * clients are not called back; their tokens fail at the next check.
     */
    private static void signOut(KeycloakSession session, RealmModel realm, UserModel user) {
        session.users().setNotBeforeForUser(realm, user, Time.currentTime());
        session.sessions().removeUserSessions(realm, user);
    }

    /**
     * Sets Keycloak's own brute-force wait on the account, as its brute-force protector does after too
     * many failures: sign-ins are refused until it ends, it ends by itself after the realm's maximum wait,
     * and the admin console shows the user as temporarily locked (an admin can unlock). The failure
     * counts are left alone, so this never moves the account toward a permanent lockout.
     */
    private static boolean lockOut(KeycloakSession session, RealmModel realm, UserModel user) {
        int wait = realm.getMaxFailureWaitSeconds();
        if (wait <= 0) {
            return false;
        }
        UserLoginFailureProvider failures = session.loginFailures();
        UserLoginFailureModel failure = failures.getUserLoginFailure(realm, user.getId());
        if (failure == null) {
            failure = failures.addUserLoginFailure(realm, user.getId());
        }
        int until = Time.currentTime() + wait;
        if (failure.getFailedLoginNotBefore() < until) {
            failure.setFailedLoginNotBefore(until);
        }
        return true;
    }
}
