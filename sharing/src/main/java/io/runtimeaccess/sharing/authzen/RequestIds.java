package io.runtimeaccess.sharing.authzen;

import org.keycloak.models.KeycloakSession;

/**
 * Echoes a request's {@code X-Request-ID} on its answer, as AuthZEN 1.0 asks of a PDP, so a PEP can match
 * answers to requests in its logs. Only a value that is a plausible id is echoed: printable ASCII, not too long.
 */
final class RequestIds {

    static final String HEADER = "X-Request-ID";
    static final int MAX_LENGTH = 256;

    private RequestIds() {
    }

    static void echo(KeycloakSession session) {
        String id = session.getContext().getRequestHeaders().getHeaderString(HEADER);
        if (id != null && isPlausible(id)) {
            session.getContext().getHttpResponse().setHeader(HEADER, id);
        }
    }

    static boolean isPlausible(String id) {
        if (id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
