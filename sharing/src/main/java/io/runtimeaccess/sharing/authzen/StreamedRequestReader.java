package io.runtimeaccess.sharing.authzen;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.runtimeaccess.sharing.authzen.StreamedRequest.Context;
import io.runtimeaccess.sharing.authzen.StreamedRequest.Entity;
import io.runtimeaccess.sharing.authzen.StreamedRequest.Properties;
import io.runtimeaccess.sharing.authzen.StreamedRequest.Shape;
import java.io.IOException;
import java.io.InputStream;
import org.keycloak.util.JsonSerialization;

/**
 * Reads a single evaluation's body with Jackson's streaming parser instead of building a tree: the members a
 * check reads are captured, everything else is passed over. Passed-over values are still decoded (strings,
 * numbers) so that a body the tree reader refuses as invalid JSON is refused here too, at the same place.
 */
final class StreamedRequestReader {

    private StreamedRequestReader() {
    }

    /** The request, or {@code null} when the body is empty or its value is not a JSON object. */
    static StreamedRequest read(InputStream in) throws IOException {
        try (JsonParser parser = JsonSerialization.mapper.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                if (first != null) {
                    skip(parser);
                }
                return null;
            }
            StreamedRequest request = new StreamedRequest();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                switch (name) {
                    case "subject" -> request.subject = entity(parser);
                    case "action" -> request.action = entity(parser);
                    case "resource" -> request.resource = entity(parser);
                    case "context" -> request.context = context(parser);
                    default -> skip(parser);
                }
            }
            return request;
        }
    }

    private static Entity entity(JsonParser parser) throws IOException {
        Entity entity = new Entity();
        entity.shape = shape(parser);
        if (entity.shape != Shape.OBJECT) {
            skip(parser);
            return entity;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "type" -> entity.type = text(parser);
                case "id" -> entity.id = text(parser);
                case "name" -> entity.name = text(parser);
                case "properties" -> entity.properties = properties(parser);
                default -> skip(parser);
            }
        }
        return entity;
    }

    private static Properties properties(JsonParser parser) throws IOException {
        Properties properties = new Properties();
        properties.shape = shape(parser);
        if (properties.shape != Shape.OBJECT) {
            skip(parser);
            return properties;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            // A repeated member replaces the earlier one, as it does in the tree.
            String value = token.isScalarValue() && token != JsonToken.VALUE_NULL ? scalar(parser) : null;
            if (value == null) {
                properties.scalars.remove(name);
                skip(parser);
            } else {
                properties.scalars.put(name, value);
            }
            if ("solution".equals(name)) {
                properties.hasSolution = true;
                properties.solution = token == JsonToken.VALUE_STRING ? value : null;
            }
        }
        return properties;
    }

    private static Context context(JsonParser parser) throws IOException {
        Context context = new Context();
        context.shape = shape(parser);
        if (context.shape != Shape.OBJECT) {
            skip(parser);
            return context;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (!"businessFilters".equals(name)) {
                skip(parser);
                continue;
            }
            context.filters.clear();
            context.filtersShape = shape(parser);
            if (context.filtersShape != Shape.ARRAY) {
                skip(parser);
                continue;
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                context.filters.add(text(parser));
            }
        }
        return context;
    }

    private static Shape shape(JsonParser parser) {
        return switch (parser.currentToken()) {
            case START_OBJECT -> Shape.OBJECT;
            case START_ARRAY -> Shape.ARRAY;
            case VALUE_NULL -> Shape.NULL;
            default -> Shape.OTHER;
        };
    }

    /** The current value if it is a string; anything else is passed over and is {@code null}. */
    private static String text(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        skip(parser);
        return null;
    }

    /** A scalar as the tree's node gives it with {@code asText()}: numbers as parsed, not as written. */
    private static String scalar(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue().toString();
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            default -> null;
        };
    }

    /** Passes over the current value, decoding its scalars as the tree reader would (and failing where it does). */
    private static void skip(JsonParser parser) throws IOException {
        int depth = 0;
        JsonToken token = parser.currentToken();
        while (true) {
            if (token.isStructStart()) {
                depth++;
            } else if (token.isStructEnd()) {
                depth--;
            } else if (token.isScalarValue()) {
                scalar(parser);
            }
            if (depth == 0) {
                return;
            }
            token = parser.nextToken();
        }
    }
}
