package io.runtimeaccess.sharing.authzen;

import io.runtimeaccess.sharing.console.ConsoleClient;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
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
 * query. The user's entry in Keycloak's user cache is read directly when Keycloak would serve it unchanged
 * ({@link CallerUser}): Keycloak's own lookup validates it with its organization provider, which opens a JPA
 * entity manager on every request; a change to the user removes the entry, so revocations are seen as before.
 * A token sent again is not parsed or signature-checked again ({@link VerifiedTokens}); what a
 * revocation changes is checked on every request ({@link #revocation}). The caller's session is deliberately not
 * loaded: a service account's client-credentials token has only a transient session, which Keycloak's bearer
 * authenticator would look for in the database on every call. As at any resource server, the token of a user who signed out keeps working until it expires
 * (minutes) unless an admin pushes a not-before.
 *
 * <p>Every refusal is an {@link Unauthorized}: a 401 whose {@code WWW-Authenticate} header and JSON body say
 * why ({@code error="invalid_token"} or {@code "invalid_dpop_proof"}, and an {@code error_description}).
 */
public final class CallerToken {

    /** This node's verified tokens, shared by every realm (a digest includes the realm). */
    private static final VerifiedTokens VERIFIED = new VerifiedTokens(VerifiedTokens.MAX_TOKENS,
            VerifiedTokens.MAX_TRUST_MILLIS, System::currentTimeMillis);

    /** The verified token and its user, enabled and looked up from Keycloak's user cache. */
    public record Caller(AccessToken token, UserModel user) {
    }

    private static volatile String selfServiceAudience = AccessEvaluationResourceProvider.DEFAULT_SELF_SERVICE_AUDIENCE;

    private CallerToken() {
    }

    /** Set once from the server's options when it starts. */
    static void useSelfServiceAudience(String audience) {
        selfServiceAudience = audience;
    }

    /**
     * The caller of an endpoint that changes something in the user's name (access requests, review decisions):
     * {@link #authenticate}; the token must be meant for these APIs, as Keycloak's account API asks for the
     * {@code account} audience (its audience includes the self-service audience, or the console's own client got it),
     * so a token the user gave some other application of the realm cannot act in their name; and the token's session
     * must still be there, so that signing out (or an admin ending the session) stops the token at once. The check
     * API does not pay for the session lookup.
     */
    public static Caller authenticateWithSession(KeycloakSession session, RealmModel realm) {
        Caller caller = authenticate(session, realm);
        if (!meantForSelfService(caller.token())) {
            AppAuthManager.AuthHeader header = AppAuthManager.extractAuthorizationHeaderTokenOrReturnNull(
                    session.getContext().getRequestHeaders());
            throw invalid(session, realm, header, "the token is not meant for this API: its audience must include '"
                    + selfServiceAudience + "' (an Audience mapper on its client), or it must be the console's");
        }
        String sessionId = caller.token().getSessionId();
        if (sessionId != null && session.sessions().getUserSession(realm, sessionId) == null
                && session.sessions().getOfflineUserSession(realm, sessionId) == null) {
            AppAuthManager.AuthHeader header = AppAuthManager.extractAuthorizationHeaderTokenOrReturnNull(
                    session.getContext().getRequestHeaders());
            throw invalid(session, realm, header, "the token's session has ended (signed out)");
        }
        return caller;
    }

    /**
     * The caller's verified token and its user. A token this node verified before is found by its digest
     * ({@link VerifiedTokens}) and not parsed, signature-checked or issuer-checked again; its expiry and
     * everything a revocation changes (not-befores, a disabled client or user) are checked on every request.
     */
    public static Caller authenticate(KeycloakSession session, RealmModel realm) {
        AppAuthManager.AuthHeader header = AppAuthManager.extractAuthorizationHeaderTokenOrReturnNull(
                session.getContext().getRequestHeaders());
        if (header == null) {
            throw Unauthorized.noToken(realm);
        }
        VerifiedTokens.Digest digest = digest(session, realm, header.getToken());
        AccessToken token = VERIFIED.get(digest);
        if (token == null) {
            token = session.tokens().decode(header.getToken(), AccessToken.class);
            if (token == null) {
                throw invalid(session, realm, header,
                        "the token is malformed or its signature is not one of this realm's keys");
            }
            checkIssuer(session, realm, header, token);
            checkTime(session, realm, header, token);
            checkTypeAndSubject(session, realm, header, token);
            VERIFIED.put(digest, token);
        } else {
            checkTime(session, realm, header, token);
        }
        ClientModel client = token.getIssuedFor() == null ? null : realm.getClientByClientId(token.getIssuedFor());
        CallerUser.Found user = CallerUser.find(session, realm, token.getSubject());
        String revoked = revocation(token.getIat(), realm.getNotBefore(), client != null && client.isEnabled(),
                client == null ? 0 : client.getNotBefore(), user.enabled(), user.notBefore());
        if (revoked != null) {
            throw invalid(session, realm, header, revoked);
        }
        // revoked through the revocation endpoint (RFC 7009): one look in Keycloak's revoked-token cache, as its
        // own userinfo and introspection endpoints do
        if (token.getId() != null && session.revokedTokens().contains(token.getId())) {
            throw invalid(session, realm, header, "the token was revoked");
        }
        if (isDPoPBound(token) || TokenUtil.TOKEN_TYPE_DPOP.equalsIgnoreCase(header.getScheme())) {
            checkDPoP(session, realm, header, token, isDPoPBound(token));
        }
        return new Caller(token, user.user());
    }

    /**
     * The token and everything the issuer it must name depends on: the realm (id and name) and the request
     * headers Keycloak derives the server's URL from when no fixed hostname is configured. A token sent again
     * with the same of these has the issuer it had, so its issuer is compared only when it is first verified
     * (building the expected issuer costs more than the rest of a remembered token's checks together).
     */
    private static VerifiedTokens.Digest digest(KeycloakSession session, RealmModel realm, String rawToken) {
        HttpHeaders headers = session.getContext().getRequestHeaders();
        return VerifiedTokens.digest(rawToken, realm.getId(), realm.getName(), headers.getHeaderString("Host"),
                headers.getHeaderString("Forwarded"), headers.getHeaderString("X-Forwarded-Host"),
                headers.getHeaderString("X-Forwarded-Proto"), headers.getHeaderString("X-Forwarded-Port"),
                headers.getHeaderString("X-Forwarded-Prefix"));
    }

    private static void checkIssuer(KeycloakSession session, RealmModel realm, AppAuthManager.AuthHeader header,
            AccessToken token) {
        String issuer = Urls.realmIssuer(session.getContext().getUri().getBaseUri(), realm.getName());
        if (!issuer.equals(token.getIssuer())) {
            throw invalid(session, realm, header, "the token was issued by another realm");
        }
    }

    private static void checkTime(KeycloakSession session, RealmModel realm, AppAuthManager.AuthHeader header,
            AccessToken token) {
        if (!token.isActive()) {
            throw invalid(session, realm, header, "the token has expired or is not valid yet");
        }
    }

    /** What a token says of itself cannot change, so a remembered token is not checked again. */
    private static void checkTypeAndSubject(KeycloakSession session, RealmModel realm, AppAuthManager.AuthHeader header,
            AccessToken token) {
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
        if (token.getIat() == null) {
            throw invalid(session, realm, header, "the token was revoked (issued before the realm's not-before)");
        }
    }

    /**
     * Why a token issued at {@code iat} (seconds) no longer counts, or {@code null}: the rules checked on every
     * request, for a remembered token too, so a revocation takes effect at once. The values come from
     * Keycloak's realm, client and user caches (memory).
     */
    static String revocation(long iat, int realmNotBefore, boolean clientEnabled, int clientNotBefore,
            boolean userEnabled, long userNotBefore) {
        if (iat < realmNotBefore) {
            return "the token was revoked (issued before the realm's not-before)";
        }
        if (!clientEnabled) {
            return "the token's client (azp) is unknown or disabled";
        }
        if (iat < clientNotBefore) {
            return "the token was revoked (issued before its client's not-before)";
        }
        if (!userEnabled) {
            return "the token's subject is unknown or disabled";
        }
        if (iat < userNotBefore) {
            return "the token was revoked (issued before its user's not-before)";
        }
        return null;
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

    static boolean meantForSelfService(AccessToken token) {
        return token.hasAudience(selfServiceAudience) || ConsoleClient.CLIENT_ID.equals(token.getIssuedFor());
    }

    /** The realm role's name as the token carries it; roles are checked on the token, not looked up. */
    static boolean hasRealmRole(AccessToken token, String role) {
        return token.getRealmAccess() != null && token.getRealmAccess().isUserInRole(role);
    }
}
