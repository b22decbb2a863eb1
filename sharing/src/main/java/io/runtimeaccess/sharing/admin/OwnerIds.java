package io.runtimeaccess.sharing.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.store.OwnerStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The user ids a replacement of owners names ({@code {"userIds": ["<id>", ...]}}): 0 to
 * {@value OwnerStore#MAX_OWNERS} non-blank strings of at most 255 characters, each once. Checked before anyone is
 * looked up, so a bad body is a 400 naming the field and costs no query.
 */
final class OwnerIds {

    static final String FIELD = "userIds";

    private OwnerIds() {
    }

    static List<String> read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw BadRequest.invalid("body", "must be a JSON object with a userIds array");
        }
        JsonNode ids = body.get(FIELD);
        if (ids == null || ids.isNull()) {
            throw BadRequest.invalid(FIELD, "is required: an array of user ids (empty for no owners)");
        }
        if (!ids.isArray()) {
            throw BadRequest.invalid(FIELD, "must be an array of user ids");
        }
        Set<String> unique = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            JsonNode id = ids.get(i);
            String field = FIELD + "[" + i + "]";
            if (!id.isTextual() || id.asText().isBlank()) {
                throw BadRequest.invalid(field, "must be a user id");
            }
            unique.add(Limits.text(field, id.asText().trim(), Limits.USER_REF));
        }
        if (unique.size() > OwnerStore.MAX_OWNERS) {
            throw BadRequest.invalid(FIELD, unique.size() + " owners; at most " + OwnerStore.MAX_OWNERS + " are allowed");
        }
        return new ArrayList<>(unique);
    }
}
