package io.runtimeaccess.reviews.decide;

import io.runtimeaccess.sharing.api.BadRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A 403 of a decision (the reviewers' API's and, for own access, the admin API's) with a machine-readable {@code error} ({@code not_a_reviewer}, {@code own_access},
 * {@code service_account}) besides the field and message. Like {@link BadRequest} it rolls the request's
 * transaction back, so a refused bulk records nothing.
 */
public final class ReviewerRefusal extends WebApplicationException {

    private ReviewerRefusal(String code, String field, String message) {
        super(message, Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body(code, field, message)).build());
        BadRequest.rollbackRequest();
    }

    public static ReviewerRefusal forbidden(String code, String field, String message) {
        return new ReviewerRefusal(code, field, message);
    }

    private static Map<String, String> body(String code, String field, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("field", field);
        body.put("message", field + ": " + message);
        return body;
    }
}
