package io.runtimeaccess.sharing.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import org.keycloak.util.JsonSerialization;

/**
 * Request bodies are taken as JSON trees and bound here, so that a value of the wrong type is a 400
 * naming its field. Bound by the JAX-RS runtime instead, {@code {"roles":"x"}} is answered "Cannot parse
 * the JSON" without saying where, and {@code {"name":5}} is quietly stored as the name "5".
 */
public final class JsonBodies {

    private static final ObjectMapper STRICT = strictMapper();

    private JsonBodies() {
    }

    /**
     * A body read by the resource itself, after it knows its caller (JAX-RS would parse a JSON parameter before the
     * method runs, whoever sent it): at most {@code maxBytes} (else a 400 naming {@code body}), null when blank.
     */
    public static JsonNode readBounded(InputStream body, int maxBytes) {
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw BadRequest.invalid("body", "must be at most " + maxBytes + " bytes");
            }
            if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
                return null;
            }
            return JsonSerialization.mapper.readTree(bytes);
        } catch (IOException e) {
            throw BadRequest.invalid("body", "is not valid JSON");
        }
    }

    /**
     * {@code body} bound to {@code type}; a 400 naming the field whose value has the wrong type, or a field the type
     * does not have: a misspelt {@code expiresAt} must not make a grant without an end, as Keycloak's own admin API
     * refuses a field its representation lacks.
     */
    public static <T> T read(JsonNode body, Class<T> type) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            throw BadRequest.invalid("body", "a JSON object is required");
        }
        if (!body.isObject()) {
            throw BadRequest.invalid("body", "must be a JSON object, not " + body.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        try {
            return STRICT.treeToValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            throw BadRequest.invalid(path(e), "is not a field of this body");
        } catch (JsonMappingException e) {
            throw BadRequest.invalid(path(e), "has the wrong type");
        } catch (JsonProcessingException e) {
            throw BadRequest.invalid("body", "is not valid JSON");
        }
    }

    /**
     * For a body read field by field (a partial update, a decision): a 400 naming the first member that is not one of
     * {@code fields}, as {@link #read} refuses one, so a misspelt setting is not quietly left as it was.
     */
    public static void onlyFields(JsonNode body, Set<String> fields) {
        if (body == null || !body.isObject()) {
            return; // the caller says what it needs instead
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw BadRequest.invalid(Limits.shown(name), "is not a field of this body");
            }
        }
    }

    /** The field as a dotted path with indexes, e.g. {@code solutions[0].builds[1].roles}. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(Limits.shown(reference.getFieldName()));
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    private static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // Numbers and booleans are not text: {"name":5} is a mistake, not the name "5".
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }
}
