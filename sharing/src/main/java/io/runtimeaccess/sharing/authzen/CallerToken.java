package io.runtimeaccess.sharing.authzen;

import jakarta.ws.rs.WebApplicationException;
import org.keycloak.common.VerificationException;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.dpop.DPoP;
import org.keycloak.services.Urls;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.util.DPoPUtil;
import org.keycloak.util.TokenUtil;

/**
 * The caller of the check API, from its access token, verified the way a resource server verifies one:
 * the realm's signature keys, expiry, issuer, token type, the realm's, the client's and the user's
 * not-before, an enabled client ({@code azp}) and an enabled caller ({@code sub}), and, for a DPoP-bound
 * token ({@code cnf.jkt}), a valid DPoP proof of the same key, checked by Keycloak's own DPoP validator.
 *
 * <p>The client and the user come from Keycloak's realm and user caches, so a check costs no database
 * query. The caller's session is deliberately not loaded: a service account's client-credentials token has
 * only a transient session, which Keycloak's bearer authenticator would look for in the database on every
 * call. As at any resource server, the token of a user who signed out keeps working until it expires
 * (minutes) unless an admin pushes a not-before.
 *
 * <p>Every refusal is an {@link Unauthorized}: a 401 whose {@code WWW-Authenticate} header and JSON body say
 * why ({@code error="invalid_token"} or {@code "invalid_dpop_proof"}, and an {@code error_description}).
 */
public final class CallerToken {

    private CallerToken() {
    }

    public static AccessToken verify(KeycloakSession session, RealmModel realm) {
        AppAuthManager.AuthHeader header = AppAuthManager.extractAuthorizationHeaderTokenOrReturnNull(
                session.getContext().getRequestHeaders());
        if (header == null) {
            throw Unauthorized.noToken(realm);
        }
        String raw = header.getToken();
        AccessToken token = session.tokens().decode(raw, AccessToken.class);
        if (token == null) {
            throw invalid(session, realm, header,
                    "the token is malformed or its signature is not one of this realm's keys");
        }
        String issuer = Urls.realmIssuer(session.getContext().getUri().getBaseUri(), realm.getName());
        if (!issuer.equals(token.getIssuer())) {
            throw invalid(session, realm, header, "the token was issued by another realm");
        }
        if (!token.isActive()) {
            throw invalid(session, realm, header, "the token has expired or is not valid yet");
        }
        boolean dpopBound = isDPoPBound(token);
        if (!TokenUtil.TOKEN_TYPE_BEARER.equalsIgnoreCase(token.getType())
                && !TokenUtil.TOKEN_TYPE_DPOP.equalsIgnoreCase(token.getType())) {
            throw invalid(session, realm, header, "not an access token (typ " + token.getType() + ")");
        }
        if (token.getSubject() == null) {
            throw invalid(session, realm, header, "the token has no 'sub' claim (a lightweight access token, or a "
                    + "client without the 'basic' client scope); the check API needs the caller: give the client the "
                    + "'basic' scope and, for lightweight access tokens, its 'sub' mapper's 'Add to lightweight access "
                    + "token'");
        }
        if (token.getIat() == null || token.getIat() < realm.getNotBefore()) {
            throw invalid(session, realm, header, "the token was revoked (issued before the realm's not-before)");
        }
        checkClient(session, realm, header, token);
        checkUser(session, realm, header, token);
        if (dpopBound || TokenUtil.TOKEN_TYPE_DPOP.equalsIgnoreCase(header.getScheme())) {
            checkDPoP(session, realm, header, token, dpopBound);
        }
        return token;
    }

    private static void checkClient(KeycloakSession session, RealmModel realm, AppAuthManager.AuthHeader header,
            AccessToken token) {
        ClientModel client = token.getIssuedFor() == null ? null : realm.getClientByClientId(token.getIssuedFor());
        if (client == null || !client.isEnabled()) {
            throw invalid(session, realm, header, "the token's client (azp) is unknown or disabled");
        }
        if (token.getIat() < client.getNotBefore()) {
            throw invalid(session, realm, header, "the token was revoked (issued before its client's not-before)");
        }
    }

    private static void checkUser(KeycloakSession session, RealmModel realm, AppAuthManager.AuthHeader header,
            AccessToken token) {
        UserModel caller = session.users().getUserById(realm, token.getSubject());
        if (caller == null || !caller.isEnabled()) {
            throw invalid(session, realm, header, "the token's subject is unknown or disabled");
        }
        if (token.getIat() < session.users().getNotBeforeOfUser(realm, caller)) {
            throw invalid(session, realm, header, "the token was revoked (issued before its user's not-before)");
        }
    }

    /** A DPoP-bound token needs the DPoP scheme and a proof of its key; the DPoP scheme needs a bound token. */
    private static void checkDPoP(KeycloakSession session, RealmModel realm, AppAuthManager.AuthHeader header,
            AccessToken token, boolean bound) {
        if (!bound) {
            throw invalid(session, realm, header, "the DPoP scheme needs a DPoP-bound access token");
        }
        if (!TokenUtil.TOKEN_TYPE_DPOP.equalsIgnoreCase(header.getScheme())) {
            throw invalid(session, realm, header,
                    "the token is DPoP-bound: send it with the DPoP scheme and a DPoP proof");
        }
        try {
            DPoP proof = new DPoPUtil.Validator(session).request(session.getContext().getHttpRequest())
                    .uriInfo(session.getContext().getUri()).accessToken(header.getToken()).validate();
            DPoPUtil.validateBinding(token, proof);
        } catch (VerificationException e) {
            throw Unauthorized.refused(session, realm, TokenUtil.TOKEN_TYPE_DPOP, Unauthorized.INVALID_DPOP_PROOF,
                    "DPoP proof: " + e.getMessage());
        }
    }

    private static boolean isDPoPBound(AccessToken token) {
        return token.getConfirmation() != null && token.getConfirmation().getKeyThumbprint() != null;
    }

    private static WebApplicationException invalid(KeycloakSession session, RealmModel realm,
            AppAuthManager.AuthHeader header, String description) {
        String scheme = TokenUtil.TOKEN_TYPE_DPOP.equalsIgnoreCase(header.getScheme())
                ? TokenUtil.TOKEN_TYPE_DPOP : TokenUtil.TOKEN_TYPE_BEARER;
        return Unauthorized.refused(session, realm, scheme, Unauthorized.INVALID_TOKEN, description);
    }

    /** The realm role's name as the token carries it; roles are checked on the token, not looked up. */
    static boolean hasRealmRole(AccessToken token, String role) {
        return token.getRealmAccess() != null && token.getRealmAccess().isUserInRole(role);
    }
}
