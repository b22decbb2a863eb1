package io.runtimeaccess.sharing.authzen;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.sharing.api.BadRequest;

/**
 * {@code options.evaluations_semantic} of an Access Evaluations request (AuthZEN 1.0 § "Evaluations semantics"):
 * evaluate every item, or stop at the first denial (like {@code &&}), or at the first permit (like {@code ||}).
 * A short-circuited response holds the decisions up to and including the one that stopped it.
 */
enum EvaluationsSemantic {
    EXECUTE_ALL("execute_all"),
    DENY_ON_FIRST_DENY("deny_on_first_deny"),
    PERMIT_ON_FIRST_PERMIT("permit_on_first_permit");

    static final String FIELD = "options.evaluations_semantic";

    private final String wireName;

    EvaluationsSemantic(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }

    /** Whether the batch ends after an item decided {@code allowed}. */
    boolean stopsAfter(boolean allowed) {
        return this == DENY_ON_FIRST_DENY ? !allowed : this == PERMIT_ON_FIRST_PERMIT && allowed;
    }

    /** The semantic the request's {@code options} ask for; {@link #EXECUTE_ALL} when none (400 naming the field if unknown). */
    static EvaluationsSemantic of(JsonNode options) {
        if (options == null || options.isNull()) {
            return EXECUTE_ALL;
        }
        if (!options.isObject()) {
            throw BadRequest.invalid("options", "must be an object");
        }
        JsonNode semantic = options.get("evaluations_semantic");
        if (semantic == null || semantic.isNull()) {
            return EXECUTE_ALL;
        }
        if (semantic.isTextual()) {
            for (EvaluationsSemantic value : values()) {
                if (value.wireName.equals(semantic.textValue())) {
                    return value;
                }
            }
        }
        throw BadRequest.invalid(FIELD, "must be one of execute_all, deny_on_first_deny, permit_on_first_permit");
    }
}
