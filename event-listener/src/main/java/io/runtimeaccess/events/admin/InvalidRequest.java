package io.runtimeaccess.events.admin;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** A 400, 404 or 409 whose JSON body names the field, in the same shape as the sharing admin API's errors. */
final class InvalidRequest extends WebApplicationException {

    private InvalidRequest(Response.Status status, String field, String message) {
        super(message, Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("field", field, "error", field + ": " + message)).build());
    }

    static InvalidRequest badValue(String field, String message) {
        return new InvalidRequest(Response.Status.BAD_REQUEST, field, message);
    }

    static InvalidRequest unknown(String field, String message) {
        return new InvalidRequest(Response.Status.NOT_FOUND, field, message);
    }

    static InvalidRequest conflict(String field, String message) {
        return new InvalidRequest(Response.Status.CONFLICT, field, message);
    }
}
