package io.runtimeaccess.sharing.api;

import java.util.regex.Pattern;

/** What a role, solution, build or resource name may look like. */
public final class Names {

    /** The longest name; the columns are wider ({@code VARCHAR(255)}). */
    public static final int MAX_LENGTH = 100;

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _.\\-]{0,99}");

    private Names() {
    }

    /** Returns the trimmed name, or throws a 400 naming {@code field}. */
    public static String require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw BadRequest.invalid(field, "is required");
        }
        String name = value.trim();
        if (!NAME.matcher(name).matches()) {
            throw BadRequest.invalid(field, "'" + Limits.shown(name) + "' must be 1-100 letters, digits, spaces, '_', '.' or '-', "
                    + "starting with a letter or digit");
        }
        return name;
    }
}
