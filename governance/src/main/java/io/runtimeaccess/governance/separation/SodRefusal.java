package io.runtimeaccess.governance.separation;

import io.runtimeaccess.governance.sod.SodViolation;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.guard.AccessChangeGuards;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A 409 naming the preventive rule a change would violate. Like {@link BadRequest} it marks the request's
 * transaction rollback-only, since an exception carrying its own response bypasses Keycloak's error handler:
 * a Keycloak role assignment has already written its row when it is refused.
 */
final class SodRefusal extends WebApplicationException {

    private SodRefusal(Response response, String message) {
        super(message, response);
    }

    static SodRefusal of(SodViolation violation, String username, boolean overridable) {
        BadRequest.rollbackRequest();
        String message = "'" + username + "' would hold " + String.join(" and ", violation.itemKeys())
                + ", which separation-of-duties rule '" + violation.ruleName() + "' forbids together"
                + (overridable ? "; send " + AccessChangeGuards.OVERRIDE_FIELD + " with a justification to override"
                : "; Keycloak's own assignments cannot carry a justification: make the change through the Runtime"
                        + " Access API with " + AccessChangeGuards.OVERRIDE_FIELD + ", or set the rule to warn");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "sod_violation");
        body.put("field", AccessChangeGuards.OVERRIDE_FIELD);
        body.put("rule", Map.of("id", violation.ruleId(), "name", violation.ruleName()));
        body.put("itemKeys", violation.itemKeys());
        body.put("message", message);
        return new SodRefusal(Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body).build(), message);
    }
}
