package io.runtimeaccess.sharing.authzen;

import jakarta.ws.rs.NotAuthorizedException;
import org.keycloak.util.TokenUtil;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.representations.AccessToken;
import org.keycloak.services.Urls;
import org.keycloak.services.managers.AppAuthManager;

/**
 * The caller of the check API, from its bearer token, verified the way a resource server verifies an
 * access token: the realm's signature keys, expiry, issuer, token type and the realm's not-before.
 * It deliberately does not load the caller's session. A service account's client-credentials token has
 * only a transient session, and Keycloak's bearer authenticator would look for its client session in the
 * database on every call, which made each check pay a query. As at any resource server, a token of a
 * user who signed out keeps working until it expires (minutes).
 */
final class CallerToken {

    private CallerToken() {
    }

    static AccessToken verify(KeycloakSession session, RealmModel realm) {
        String raw = AppAuthManager.extractAuthorizationHeaderToken(session.getContext().getRequestHeaders());
        AccessToken token = raw == null ? null : session.tokens().decode(raw, AccessToken.class);
        String issuer = Urls.realmIssuer(session.getContext().getUri().getBaseUri(), realm.getName());
        if (token == null || !token.isActive() || !issuer.equals(token.getIssuer())
                || !TokenUtil.TOKEN_TYPE_BEARER.equalsIgnoreCase(token.getType())
                || token.getIat() == null || token.getIat() < realm.getNotBefore() || token.getSubject() == null) {
            throw new NotAuthorizedException("Bearer");
        }
        return token;
    }

    /** The realm role's name as the token carries it; roles are checked on the token, not looked up. */
    static boolean hasRealmRole(AccessToken token, String role) {
        return token.getRealmAccess() != null && token.getRealmAccess().isUserInRole(role);
    }
}
