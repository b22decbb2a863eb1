package io.runtimeaccess.requests.request;

import io.runtimeaccess.sharing.api.BadRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal of the request workflow with a machine-readable {@code error} code besides the field and message
 * ({@code self_approval}, {@code not_an_approver}, {@code not_pending}, {@code already_approved},
 * {@code already_requested}, {@code already_held}, {@code target_gone}, {@code too_many_requests}). Like
 * {@link BadRequest} it rolls the request's transaction back.
 */
public final class Refusal extends WebApplicationException {

    private Refusal(Response.Status status, String code, String field, String message) {
        this(Response.status(status), code, field, message);
    }

    private Refusal(Response.ResponseBuilder response, String code, String field, String message) {
        super(message, response.type(MediaType.APPLICATION_JSON_TYPE).entity(body(code, field, message)).build());
        BadRequest.rollbackRequest();
    }

    /** A 429 with {@code Retry-After}: the caller may try again after that many seconds. */
    public static Refusal tooMany(String code, String field, String message, long retryAfterSeconds) {
        return new Refusal(Response.status(Response.Status.TOO_MANY_REQUESTS)
                .header("Retry-After", Long.toString(retryAfterSeconds)), code, field, message);
    }

    public static Refusal forbidden(String code, String message) {
        return new Refusal(Response.Status.FORBIDDEN, code, "id", message);
    }

    public static Refusal conflict(String code, String field, String message) {
        return new Refusal(Response.Status.CONFLICT, code, field, message);
    }

    private static Map<String, String> body(String code, String field, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("field", field);
        body.put("message", message);
        return body;
    }
}
