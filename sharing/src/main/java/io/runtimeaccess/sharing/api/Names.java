package io.runtimeaccess.sharing.api;

import java.util.regex.Pattern;

/** What a role, solution, build or resource name may look like. */
public final class Names {

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
            throw BadRequest.invalid(field, "'" + name + "' must be 1-100 letters, digits, spaces, '_', '.' or '-', "
                    + "starting with a letter or digit");
        }
        return name;
    }
}
