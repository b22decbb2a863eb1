package io.runtimeaccess.mappers.token;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Tells whoever listens (the sharing module's grant-use tracking) that a token now carries a user's runtime
 * claims. The mappers module cannot depend on sharing, so sharing registers itself here at start-up. The
 * listener must only mark in memory: it runs inside token issuance.
 */
public final class RuntimeClaimsIssued {

    /** What the listener learns: the realm and the user whose claims were written. */
    @FunctionalInterface
    public interface Listener {
        void issued(KeycloakSession session, RealmModel realm, UserModel user);
    }

    private static final Logger LOG = Logger.getLogger(RuntimeClaimsIssued.class);

    private static volatile Listener listener;

    private RuntimeClaimsIssued() {
    }

    public static void listen(Listener newListener) {
        listener = newListener;
    }

    static void fire(KeycloakSession session, RealmModel realm, UserModel user) {
        Listener current = listener;
        if (current == null) {
            return;
        }
        try {
            current.issued(session, realm, user);
        } catch (RuntimeException e) {
            // use tracking is bookkeeping: it must never cost the user the token
            LOG.warnf(e, "Could not record the runtime claims issued to a user of realm '%s'", realm.getName());
        }
    }
}
