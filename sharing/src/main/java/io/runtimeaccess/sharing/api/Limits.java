package io.runtimeaccess.sharing.api;

import io.runtimeaccess.mappers.LogText;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Length and count limits of what the admin API and the import accept, checked before anything is
 * written so an oversized value is a 400 naming the field, never a database error. The text limits
 * are the column sizes.
 */
public final class Limits {

    /** Descriptions and reasons: {@code VARCHAR(1024)}. */
    public static final int TEXT = 1024;
    /** User ids, usernames and e-mail addresses as Keycloak stores them: {@code VARCHAR(255)}. */
    public static final int USER_REF = 255;
    /** Ids this API generates are UUIDs; a longer path id cannot exist and is not looked up. */
    public static final int ID = 36;
    /** End-user group attributes: how many, and how long a key and a value may be. */
    public static final int ATTRIBUTES = 50;
    public static final int ATTRIBUTE_KEY = 255;
    public static final int ATTRIBUTE_VALUE = 1024;

    private Limits() {
    }

    /**
     * Whether {@code id} can be one of our ids, so it is worth a lookup: not null, at most {@value #ID} characters
     * and no NUL, which PostgreSQL would refuse in the query with a server error. Anything else is simply not found.
     */
    public static boolean lookable(String id) {
        return lookable(id, ID);
    }

    /** {@link #lookable(String)} for an id up to {@code max} characters (a federated user's id is longer). */
    public static boolean lookable(String id, int max) {
        return id != null && id.length() <= max && id.indexOf('\u0000') < 0;
    }

    /** Returns {@code value} (which may be null), or a 400 naming {@code field} if it is longer than {@code max} or holds a NUL. */
    public static String text(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw BadRequest.invalid(field, "is " + value.length() + " characters long; at most " + max + " are allowed");
        }
        // PostgreSQL refuses NUL in text, so it would surface as a server error; no real text contains one.
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw BadRequest.invalid(field, "contains a NUL character");
        }
        return value;
    }

    /** Checks an end-user group's attributes: at most {@link #ATTRIBUTES}, keys and values within their limits. */
    public static Map<String, String> attributes(String field, Map<String, String> attributes) {
        if (attributes == null) {
            return null;
        }
        if (attributes.size() > ATTRIBUTES) {
            throw BadRequest.invalid(field, attributes.size() + " attributes; at most " + ATTRIBUTES + " are allowed");
        }
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            String key = attribute.getKey();
            if (key == null || key.isBlank()) {
                throw BadRequest.invalid(field, "an attribute name is empty");
            }
            text(field + "." + shown(key), key, ATTRIBUTE_KEY);
            if (attribute.getValue() == null) {
                throw BadRequest.invalid(field + "." + shown(key), "is null; remove the attribute instead");
            }
            text(field + "." + shown(key), attribute.getValue(), ATTRIBUTE_VALUE);
        }
        return attributes;
    }

    /** The instants stored: grants and requests keep times as epoch milliseconds. */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** An ISO-8601 instant up to the year 9999, or a 400 naming {@code field}. */
    public static Instant instant(String field, String value) {
        Instant instant;
        try {
            instant = Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw BadRequest.invalid(field, "'" + shown(value) + "' is not an ISO-8601 instant such as 2026-12-31T23:59:59Z");
        }
        // a later or far earlier instant does not fit in epoch milliseconds, and would fail when it is stored
        if (instant.isAfter(LATEST) || instant.isBefore(EARLIEST)) {
            throw BadRequest.invalid(field, "'" + shown(value) + "' is outside the years 0001 to 9999");
        }
        return instant;
    }

    /**
     * A caller's value as quoted in an error or a log line: at most 40 characters, CR and LF escaped so a
     * value cannot forge a log line.
     */
    public static String shown(String value) {
        if (value == null) {
            return "null";
        }
        return loggable(value.length() <= 40 ? value : value.substring(0, 40) + "...");
    }

    /** {@code value} with line breaks and other control characters escaped, for a log line that quotes a caller's text. */
    public static String loggable(String value) {
        return value == null ? null : LogText.safe(value);
    }
}
