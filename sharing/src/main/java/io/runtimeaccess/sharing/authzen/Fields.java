package io.runtimeaccess.sharing.authzen;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.sharing.api.BadRequest;

/**
 * Reads the members of an AuthZEN request. A field's name in an error is only built when there is an
 * error, prefixed with where it came from ({@code evaluations[3].} for a batch item's own member).
 */
final class Fields {

    /** Keycloak's ids, usernames and attribute-backed names fit {@code VARCHAR(255)}. */
    static final int MAX_NAME = 255;
    /** A record's business filters: as many and as long as a user attribute could carry. */
    static final int MAX_FILTERS = 256;
    static final int MAX_FILTER = 1024;

    private Fields() {
    }

    static JsonNode object(JsonNode node, String prefix, String field) {
        if (node == null || !node.isObject()) {
            throw BadRequest.invalid(prefix + field, "must be a JSON object");
        }
        return node;
    }

    /** The subject's type; its properties, if sent, must be an object (they are read from Keycloak, not the request). */
    static String subjectType(JsonNode subject, String prefix) {
        Fields.object(subject, prefix, "subject");
        Fields.optionalObject(subject, "properties", prefix, "subject.properties");
        return Fields.text(subject, "type", prefix, "subject.type");
    }

    static String actionName(JsonNode action, String prefix) {
        Fields.object(action, prefix, "action");
        Fields.optionalObject(action, "properties", prefix, "action.properties");
        return Fields.text(action, "name", prefix, "action.name");
    }

    /** A member that may be absent or null, else must be an object (AuthZEN's {@code properties}). */
    static void optionalObject(JsonNode node, String name, String prefix, String field) {
        JsonNode value = node.get(name);
        if (value != null && !value.isNull()) {
            object(value, prefix, field);
        }
    }

    static String text(JsonNode node, String name, String prefix, String field) {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw BadRequest.invalid(prefix + field, "is required");
        }
        return bounded(value.asText(), MAX_NAME, prefix, field, -1);
    }

    /** A value longer than anything Keycloak stores, or with a NUL (which the database refuses), is a 400. */
    /** {@code value} if short enough and without a NUL; the field's name ({@code [index]} if not -1) only on error. */
    private static String bounded(String value, int max, String prefix, String field, int index) {
        if (value.length() > max) {
            throw BadRequest.invalid(named(prefix, field, index), "is " + value.length()
                    + " characters long; at most " + max + " are allowed");
        }
        if (value.indexOf('\u0000') >= 0) {
            throw BadRequest.invalid(named(prefix, field, index), "contains a NUL character");
        }
        return value;
    }

    private static String named(String prefix, String field, int index) {
        return prefix + field + (index < 0 ? "" : "[" + index + "]");
    }

    /** {@code context.businessFilters}: absent or null means the record carries none. */
    static String[] businessFilters(JsonNode context, String prefix) {
        if (context == null || context.isNull()) {
            return null;
        }
        JsonNode filters = object(context, prefix, "context").get("businessFilters");
        if (filters == null || filters.isNull()) {
            return null;
        }
        if (!filters.isArray()) {
            throw BadRequest.invalid(prefix + "context.businessFilters", "must be an array of strings");
        }
        if (filters.size() > MAX_FILTERS) {
            throw BadRequest.invalid(prefix + "context.businessFilters", filters.size() + " values; at most "
                    + MAX_FILTERS + " are allowed");
        }
        String[] values = new String[filters.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode value = filters.get(i);
            if (!value.isTextual()) {
                throw BadRequest.invalid(prefix + "context.businessFilters[" + i + "]", "must be a string");
            }
            values[i] = bounded(value.asText(), MAX_FILTER, prefix, "context.businessFilters", i);
        }
        return values;
    }

    /** What an error may echo of a value the caller sent: enough to recognise it, never the whole of a huge one. */
    static String shortened(String value) {
        return value.length() <= 100 ? value : value.substring(0, 100) + "...";
    }
}
