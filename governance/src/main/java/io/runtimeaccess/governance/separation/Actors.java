package io.runtimeaccess.governance.separation;

import org.keycloak.Token;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.representations.JsonWebToken;

/** The auth details of the admin whose request is being checked, from the admin API's bearer token. */
final class Actors {

    private static final String REALMS = "/realms/";

    private Actors() {
    }

    /** Null outside an admin request (the event then names only the realm). */
    static AuthDetails of(KeycloakSession session, String adminId) {
        Token token = session.getContext().getBearerToken();
        if (adminId == null || !(token instanceof JsonWebToken jwt)) {
            return null;
        }
        AuthDetails auth = new AuthDetails();
        auth.setUserId(adminId);
        auth.setClientId(jwt.getIssuedFor());
        String issuer = jwt.getIssuer();
        RealmModel realm = issuer == null || !issuer.contains(REALMS) ? null
                : session.realms().getRealmByName(issuer.substring(issuer.lastIndexOf(REALMS) + REALMS.length()));
        if (realm != null) {
            auth.setRealmId(realm.getId());
            auth.setRealmName(realm.getName());
        }
        return auth;
    }
}
