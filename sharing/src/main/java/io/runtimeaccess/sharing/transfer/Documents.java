package io.runtimeaccess.sharing.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.grant.GrantSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.keycloak.util.JsonSerialization;

/** Comparisons and checks of an import document's values. */
final class Documents {

    private static final String SOURCES = Arrays.stream(GrantSource.values())
            .map(source -> source.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));

    private Documents() {
    }

    /**
     * An export carries each grant's source; an import checks it is a known one and then records
     * {@code import}, so a document cannot present its grants as approved recommendations or
     * just-in-time access.
     */
    static void checkSource(String source) {
        if (source == null) {
            return;
        }
        try {
            GrantSource.valueOf(source.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BadRequest.invalid("grants.source", "'" + Limits.shown(source) + "' is not one of " + SOURCES);
        }
    }

    static boolean samePolicy(String a, String b) {
        return tree(a).equals(tree(b));
    }

    static boolean sameAttributes(String a, String b) {
        return Objects.equals(a == null ? null : tree(a), b == null ? null : tree(b));
    }

    private static JsonNode tree(String json) {
        try {
            return JsonSerialization.mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
