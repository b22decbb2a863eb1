package io.runtimeaccess.sharing.transfer;

import io.runtimeaccess.sharing.api.BadRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A problem found while applying an import that its plan did not find (say, a concurrent change): a 400
 * with the plan so far, and the request's transaction rolled back, so nothing of the import stays.
 */
final class ImportRefused extends WebApplicationException {

    ImportRefused(ImportPlan plan) {
        super(plan.problems.get(plan.problems.size() - 1), Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE).entity(plan).build());
        BadRequest.rollbackRequest();
    }
}
