package io.runtimeaccess.sharing.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** A 4xx answer whose JSON body names the offending field; thrown before anything is written. */
public final class BadRequest extends WebApplicationException {

    private BadRequest(Response.Status status, String field, String message) {
        super(message, Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("field", field, "error", message)).build());
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
}
