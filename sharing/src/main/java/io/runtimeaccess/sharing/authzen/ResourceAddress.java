package io.runtimeaccess.sharing.authzen;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.check.AccessIndex;

/**
 * The resource a request names: {@code {"type": "solution", "id": solutionId}} for a solution itself, or a
 * resource of its Active Policy by type and id, with the solution in {@code properties.solution} or, when that
 * is absent, the one solution whose Active Policy has a resource of that type and name.
 */
record ResourceAddress(JsonNode node, String type, String name, String solution) {

    static final String SOLUTION = "solution";

    static ResourceAddress of(JsonNode resource, String prefix) {
        Fields.object(resource, prefix, "resource");
        String type = Fields.text(resource, "type", prefix, "resource.type");
        String id = Fields.text(resource, "id", prefix, "resource.id");
        Fields.optionalObject(resource, "properties", prefix, "resource.properties");
        if (SOLUTION.equals(type)) {
            return new ResourceAddress(resource, type, null, id);
        }
        JsonNode properties = resource.get("properties");
        String solution = properties != null && properties.has("solution")
                ? Fields.text(properties, "solution", prefix, "resource.properties.solution") : null;
        return new ResourceAddress(resource, type, id, solution);
    }

    /** The type's id in the index; a solution's own {@code use} needs none. */
    int typeIn(AccessIndex index) {
        return SOLUTION.equals(type) ? AccessIndex.ANY_TYPE : index.vocabulary().typeId(type);
    }

    /**
     * The solution: the one named, or else the only one with such a resource; {@code null} when none has it. A
     * name several solutions share is a 400: the request has to say which one it means.
     */
    String solutionIn(AccessIndex index, String prefix) {
        if (solution != null) {
            return solution;
        }
        String[] holders = index.solutionsWith(typeIn(index), name);
        if (holders.length > 1) {
            throw BadRequest.invalid(prefix + "resource.properties.solution", holders.length + " solutions have a "
                    + Fields.shortened(type) + " '" + Fields.shortened(name) + "'; name the solution");
        }
        return holders.length == 1 ? holders[0] : null;
    }
}
