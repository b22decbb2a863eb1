package io.runtimeaccess.sharing.authzen;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.sharing.check.PropertyValues;
import io.runtimeaccess.sharing.policy.PropertyScope;
import org.keycloak.models.UserModel;

/**
 * The properties a permission's conditions test. A resource's and an action's come from the request (the PEP
 * knows the record it protects); a subject's come from the user's own attributes, never from the request, so a
 * caller cannot make itself an admin by saying so. Nothing is read unless a condition asks.
 */
record RequestProperties(UserModel user, JsonNode resource, JsonNode action) implements PropertyValues {

    /** The {@code properties} of the request's resource and action entities (either may be absent). */
    static RequestProperties of(UserModel user, JsonNode resourceNode, JsonNode actionNode) {
        return new RequestProperties(user, resourceNode == null ? null : resourceNode.get("properties"),
                actionNode == null ? null : actionNode.get("properties"));
    }

    @Override
    public String value(PropertyScope scope, String name) {
        return switch (scope) {
            case SUBJECT -> user.getFirstAttribute(name);
            case RESOURCE -> text(resource, name);
            case ACTION -> text(action, name);
        };
    }

    /** A string, number or boolean as text ({@code true} is {@code "true"}); objects, arrays and null are absent. */
    private static String text(JsonNode properties, String name) {
        JsonNode value = properties == null || !properties.isObject() ? null : properties.get(name);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
    }
}
