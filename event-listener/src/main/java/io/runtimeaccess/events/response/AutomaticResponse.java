package io.runtimeaccess.events.response;

import io.runtimeaccess.events.finding.FindingSettings.Response;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * The optional response to a finding, configured per severity and off by default: sign the user out
 * everywhere, or disable the account. What was done is stored with the finding.
 */
public final class AutomaticResponse {

    private static final Logger LOG = Logger.getLogger(AutomaticResponse.class);

    private AutomaticResponse() {
    }

    /** Applies the response; returns what was done, or {@code null} if nothing. */
    public static String apply(KeycloakSession session, RealmModel realm, String userId, Response response) {
        if (response == null || response == Response.NONE || userId == null) {
            return null;
        }
        UserModel user = session.users().getUserById(realm, userId);
        if (user == null) {
            return null;
        }
        if (response == Response.DISABLE_USER) {
            user.setEnabled(false);
        }
        // Disabling alone would leave live sessions until they expire, so both responses sign the user out.
        session.sessions().getUserSessionsStream(realm, user).toList()
                .forEach(userSession -> AuthenticationManager.backchannelLogout(session, userSession, true));
        LOG.warnf("Realm '%s': %s for user '%s' after an anomaly finding", realm.getName(), response.wireName(),
                user.getUsername());
        return response.wireName();
    }
}
