package io.runtimeaccess.sharing.authzen;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.runtimeaccess.sharing.api.BadRequest;

/**
 * A batch item that could not be evaluated, answered as a denial: {@code {"decision": false, "context":
 * {"code": "INVALID_ITEM", "status", "field", "reason"}}}, the status and field being what a single evaluation
 * would have refused it with.
 */
final class ItemRefusal {

    static final String CODE = "INVALID_ITEM";

    private ItemRefusal() {
    }

    static ObjectNode answer(BadRequest refused) {
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("decision", false);
        ObjectNode context = response.putObject("context");
        context.put("code", CODE);
        context.put("status", refused.getResponse().getStatus());
        context.put("field", refused.field());
        context.put("reason", refused.getMessage());
        return response;
    }
}
