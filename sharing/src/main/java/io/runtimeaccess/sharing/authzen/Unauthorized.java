package io.runtimeaccess.sharing.authzen;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.util.DPoPUtil;
import org.keycloak.util.TokenUtil;

/**
 * A 401 that says why (RFC 6750 section 3, RFC 9449 section 7.1): a {@code WWW-Authenticate} challenge with
 * {@code error} and {@code error_description}, and the same two in a JSON body. It carries its entity, so
 * JAX-RS sends it as it is; Keycloak's generic error mapper, which would drop the header, never sees it.
 */
final class Unauthorized extends WebApplicationException {

    static final String INVALID_TOKEN = "invalid_token";
    static final String INVALID_DPOP_PROOF = "invalid_dpop_proof";

    private Unauthorized(String challenge, Map<String, String> body) {
        super(body.getOrDefault("error_description", "no access token"), Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge).type(MediaType.APPLICATION_JSON_TYPE).entity(body)
                .build());
    }

    /** No credentials: a bare challenge, as RFC 6750 asks, naming the realm. */
    static Unauthorized noToken(RealmModel realm) {
        return new Unauthorized(TokenUtil.TOKEN_TYPE_BEARER + " realm=\"" + quotable(realm.getName()) + "\"",
                Map.of("error", "unauthorized", "error_description", "no access token"));
    }

    /** {@code scheme} is the one the caller used ({@code Bearer} or {@code DPoP}). */
    static Unauthorized refused(KeycloakSession session, RealmModel realm, String scheme, String error,
            String description) {
        StringBuilder challenge = new StringBuilder(scheme).append(" realm=\"").append(quotable(realm.getName()))
                .append('"');
        if (TokenUtil.TOKEN_TYPE_DPOP.equals(scheme)) {
            challenge.append(", algs=\"").append(String.join(" ", DPoPUtil.getDPoPSupportedAlgorithms(session)))
                    .append('"');
        }
        challenge.append(", error=\"").append(error).append("\", error_description=\"").append(quotable(description))
                .append('"');
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        return new Unauthorized(challenge.toString(), body);
    }

    /** A quoted-string may not hold a double quote, a backslash or a line break. */
    private static String quotable(String text) {
        StringBuilder quoted = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            quoted.append(c == '"' || c == '\\' ? '\'' : Character.isISOControl(c) ? ' ' : c);
        }
        return quoted.toString();
    }
}
