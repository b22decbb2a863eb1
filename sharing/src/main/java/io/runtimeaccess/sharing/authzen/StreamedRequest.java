package io.runtimeaccess.sharing.authzen;

import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.check.PropertyValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.UserModel;

/**
 * A single evaluation's request as {@link StreamedRequestReader} captured it: only the members a check reads,
 * unvalidated. Each accessor refuses exactly as {@link Evaluation}'s tree path does, and is called in the same
 * order (the subject before the user lookup, the rest after), so both answer a bad request the same way.
 */
final class StreamedRequest {

    /** What a member's value was: a missing member and JSON {@code null} are told apart where the tree does. */
    enum Shape { NULL, OBJECT, ARRAY, OTHER }

    /** {@code subject}, {@code action} or {@code resource}: its string members, {@code null} when not a string. */
    static final class Entity {
        Shape shape;
        String type;
        String id;
        String name;
        Properties properties;
    }

    /** An entity's {@code properties}: scalars as the tree's {@code asText()} gives them, for conditions. */
    static final class Properties {
        Shape shape;
        boolean hasSolution;
        String solution;
        final Map<String, String> scalars = new HashMap<>();
    }

    /** {@code context}: only its business filters, a {@code null} element where the value is not a string. */
    static final class Context {
        Shape shape;
        Shape filtersShape;
        final List<String> filters = new ArrayList<>();
    }

    Entity subject;
    Entity action;
    Entity resource;
    Context context;

    String subjectId() {
        object(subject, "subject");
        Fields.required(subject.type, "", "subject.type");
        return Fields.required(subject.id, "", "subject.id");
    }

    String actionName() {
        object(action, "action");
        return Fields.required(action.name, "", "action.name");
    }

    ResourceAddress resource() {
        object(resource, "resource");
        String type = Fields.required(resource.type, "", "resource.type");
        String id = Fields.required(resource.id, "", "resource.id");
        if (ResourceAddress.SOLUTION.equals(type)) {
            return new ResourceAddress(null, type, null, id);
        }
        Properties properties = resource.properties;
        String solution = null;
        if (properties != null && properties.shape != Shape.NULL) {
            if (properties.shape != Shape.OBJECT) {
                throw BadRequest.invalid("resource.properties", "must be a JSON object");
            }
            if (properties.hasSolution) {
                solution = Fields.required(properties.solution, "", "resource.properties.solution");
            }
        }
        return new ResourceAddress(null, type, id, solution);
    }

    /** {@code context.businessFilters}: absent or null means the record carries none. */
    String[] businessFilters() {
        if (context == null || context.shape == Shape.NULL) {
            return null;
        }
        if (context.shape != Shape.OBJECT) {
            throw BadRequest.invalid("context", "must be a JSON object");
        }
        if (context.filtersShape == null || context.filtersShape == Shape.NULL) {
            return null;
        }
        if (context.filtersShape != Shape.ARRAY) {
            throw BadRequest.invalid("context.businessFilters", "must be an array of strings");
        }
        Fields.filterCount(context.filters.size(), "");
        String[] values = new String[context.filters.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = Fields.filter(context.filters.get(i), i, "");
        }
        return values;
    }

    /** As {@link RequestProperties}: the subject's from the user's attributes, never from the request. */
    PropertyValues properties(UserModel user) {
        Map<String, String> resourceValues = scalars(resource);
        Map<String, String> actionValues = scalars(action);
        return (scope, name) -> switch (scope) {
            case SUBJECT -> user.getFirstAttribute(name);
            case RESOURCE -> resourceValues.get(name);
            case ACTION -> actionValues.get(name);
        };
    }

    private static Map<String, String> scalars(Entity entity) {
        Properties properties = entity == null ? null : entity.properties;
        return properties == null || properties.shape != Shape.OBJECT ? Map.of() : properties.scalars;
    }

    private static void object(Entity entity, String field) {
        if (entity == null || entity.shape != Shape.OBJECT) {
            throw BadRequest.invalid(field, "must be a JSON object");
        }
    }
}
