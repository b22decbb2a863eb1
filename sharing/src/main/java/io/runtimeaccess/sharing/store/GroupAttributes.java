package io.runtimeaccess.sharing.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.keycloak.util.JsonSerialization;

/** An end-user group's key-value attributes as stored in {@code RA_END_USER_GROUP.ATTRIBUTES}. */
public final class GroupAttributes {

    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    private GroupAttributes() {
    }

    /** No attributes are stored as NULL, so an empty map and a missing one compare equal. */
    public static String toJson(Map<String, String> attributes) {
        try {
            return attributes == null || attributes.isEmpty() ? null : JsonSerialization.writeValueAsString(attributes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, String> fromJson(String json) {
        try {
            return json == null ? Map.of() : JsonSerialization.readValue(json, MAP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
