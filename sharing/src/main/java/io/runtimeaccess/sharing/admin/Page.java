package io.runtimeaccess.sharing.admin;

import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.api.Names;
import io.runtimeaccess.sharing.api.QueryParams;

/**
 * The paging and search parameters every growing list takes: {@code first} at least 0, {@code max} 1 to
 * {@value #MAX} (default {@value #DEFAULT}; a larger page is refused, not clamped), {@code search} at most as
 * long as a name. A bad value is a 400 naming the parameter.
 */
record Page(String search, int first, int max) {

    static final int DEFAULT = 100;
    static final int MAX = 500;

    static Page of(String search, String first, String max) {
        // as long as the longest name searched for, an end-user group's
        String text = Limits.text("search", search == null || search.isEmpty() ? null : search, Names.MAX_GROUP_LENGTH);
        return new Page(text,
                QueryParams.integer("first", first, 0, 0, Integer.MAX_VALUE),
                QueryParams.integer("max", max, DEFAULT, 1, MAX));
    }

    /** {@code true}, {@code false} or absent (null); anything else is a 400 naming the parameter. */
    static Boolean flag(String name, String value) {
        if (value == null) {
            return null;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
        }
        throw BadRequest.invalid(name, "'" + Limits.shown(value) + "' is not true or false");
    }
}
