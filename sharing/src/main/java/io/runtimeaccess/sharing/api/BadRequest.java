package io.runtimeaccess.sharing.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.utils.KeycloakSessionUtil;

/**
 * A 4xx answer whose JSON body names the offending field. Creating one marks the request's transaction
 * rollback-only: an exception that carries its own response bypasses Keycloak's error handler, which is
 * what otherwise rolls back, so without this a refusal after a first write would commit that write.
 */
public final class BadRequest extends WebApplicationException {

    private final String field;

    private BadRequest(Response.Status status, String field, String message) {
        super(message, Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("field", field, "error", message)).build());
        this.field = field;
        rollbackRequest();
    }

    /** The field the refusal names. */
    public String field() {
        return field;
    }

    public static BadRequest invalid(String field, String message) {
        return new BadRequest(Response.Status.BAD_REQUEST, field, field + ": " + message);
    }

    public static BadRequest notFound(String field, String message) {
        return new BadRequest(Response.Status.NOT_FOUND, field, field + ": " + message);
    }

    public static BadRequest conflict(String field, String message) {
        return new BadRequest(Response.Status.CONFLICT, field, field + ": " + message);
    }

    /** A service the request needs (the realm's mail server) did not do its part; nothing was changed. */
    public static BadRequest badGateway(String field, String message) {
        return new BadRequest(Response.Status.BAD_GATEWAY, field, field + ": " + message);
    }

    /**
     * What to keep and show of a failure in a stored record (a run, a step): a refusal's own text, which the
     * extension wrote for an admin to read, or else only the exception's kind. Another exception's message may
     * carry the database driver's text, rows' values or class names, which belong in the server log only.
     */
    public static String reasonOf(RuntimeException failure) {
        if (failure instanceof WebApplicationException refused) {
            // an HTTP refusal's text is written for its caller (ours name the field; JAX-RS's say the status)
            return refused.getResponse().getEntity() instanceof Map<?, ?> body && body.get("error") != null
                    ? String.valueOf(body.get("error")) : refused.getMessage();
        }
        return failure.getClass().getSimpleName() + " (details in the server log)";
    }

    /** Marks the current request's transaction rollback-only, if there is a request. */
    public static void rollbackRequest() {
        KeycloakSession session = KeycloakSessionUtil.getKeycloakSession();
        if (session != null && session.getTransactionManager().isActive()) {
            session.getTransactionManager().setRollbackOnly();
        }
    }
}
