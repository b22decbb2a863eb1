package io.runtimeaccess.mappers.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a value sits inside a token's claim set.
 *
 * <p>Syntax: segments separated by {@code .}; a literal dot inside a name is written {@code \.}
 * (so {@code https://idp\.example\.com/groups} names one URL-style claim). When a segment meets an
 * array, the rest of the path is applied to every object in it, so {@code groups.displayName} picks
 * every {@code displayName} out of an array of group objects.
 */
public final class ClaimPath {

    private final String expression;
    private final String[] segments;

    private ClaimPath(String expression, String[] segments) {
        this.expression = expression;
        this.segments = segments;
    }

    /** Parses a dotted path; throws {@link IllegalArgumentException} for a blank path or an empty segment. */
    public static ClaimPath parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("claim path is blank");
        }
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String trimmed = expression.trim();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c == '\\' && i + 1 < trimmed.length() && trimmed.charAt(i + 1) == '.') {
                current.append('.');
                i++;
            } else if (c == '.') {
                parts.add(segment(current, expression));
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(segment(current, expression));
        return new ClaimPath(trimmed, parts.toArray(new String[0]));
    }

    /** A name taken as it is, dots included (SAML attribute names such as {@code urn:oid:1.3.6.1}). */
    public static ClaimPath literal(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("attribute name is blank");
        }
        return new ClaimPath(name.trim(), new String[] {name.trim()});
    }

    private static String segment(StringBuilder current, String expression) {
        if (current.length() == 0) {
            throw new IllegalArgumentException("claim path '" + expression + "' has an empty segment");
        }
        return current.toString();
    }

    /**
     * The value at this path, a list when the path crossed an array, or {@code null} when absent. A claim that was
     * sent but holds nothing (JSON {@code null}, or an array none of whose elements has the field) is an empty
     * list: it was asserted, so it replaces what was imported before.
     */
    public Object resolve(Map<String, ?> claims) {
        Object current = claims;
        for (String segment : segments) {
            current = step(current, segment);
            if (current == null) {
                return null;
            }
            if (current == SENT_EMPTY) {
                return List.of();
            }
        }
        return current;
    }

    /** The claim at the top of the token this path starts in. */
    public String topClaim() {
        return segments[0];
    }

    /** Whether one path is the other or lies inside it: writing both would overwrite one of them. */
    public boolean overlaps(ClaimPath other) {
        int common = Math.min(segments.length, other.segments.length);
        for (int i = 0; i < common; i++) {
            if (!segments[i].equals(other.segments[i])) {
                return false;
            }
        }
        return true;
    }

    /** A claim present with no value: JSON {@code null}, or nothing picked out of an array. */
    private static final Object SENT_EMPTY = new Object();

    private static Object step(Object current, String segment) {
        if (current instanceof Map) {
            Map<?, ?> map = (Map<?, ?>) current;
            Object value = map.get(segment);
            return value == null && map.containsKey(segment) ? SENT_EMPTY : value;
        }
        if (current instanceof List) {
            List<Object> picked = new ArrayList<>();
            for (Object element : (List<?>) current) {
                Object value = step(element, segment);
                if (value instanceof List) {
                    picked.addAll((List<?>) value);
                } else if (value != null && value != SENT_EMPTY) {
                    picked.add(value);
                }
            }
            return picked.isEmpty() ? SENT_EMPTY : picked;
        }
        return null;
    }

    /**
     * Puts {@code value} at this path, creating the objects on the way. An object already there (for
     * example {@code attributes} written by another mapper) is added to, never replaced.
     */
    @SuppressWarnings("unchecked")
    public void write(Map<String, Object> claims, Object value) {
        Map<String, Object> current = claims;
        for (int i = 0; i < segments.length - 1; i++) {
            Object next = current.get(segments[i]);
            if (!(next instanceof Map)) {
                next = new LinkedHashMap<String, Object>();
                current.put(segments[i], next);
            }
            current = (Map<String, Object>) next;
        }
        current.put(segments[segments.length - 1], value);
    }

    public String expression() {
        return expression;
    }

    @Override
    public String toString() {
        return expression;
    }
}
