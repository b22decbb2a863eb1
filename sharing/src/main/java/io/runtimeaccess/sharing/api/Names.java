package io.runtimeaccess.sharing.api;

import java.util.regex.Pattern;

/**
 * What a role, solution, build or resource name may look like, and an end-user group's name, which is looser: it must
 * equal a group name the identity provider sends ({@code R&D}, {@code Sales/EMEA}, {@code Finance (read-only)}).
 */
public final class Names {

    /** The longest name; the columns are wider ({@code VARCHAR(255)}). */
    public static final int MAX_LENGTH = 100;

    /** The longest end-user group name: the column's width. */
    public static final int MAX_GROUP_LENGTH = 255;

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _.\\-]{0,99}");
    private static final Pattern GROUP_NAME = Pattern.compile("[^\\p{Cc}\\p{Cf}\\p{Cs}\\p{Zl}\\p{Zp}]{1,"
            + MAX_GROUP_LENGTH + "}");

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

    /**
     * Returns the trimmed end-user group name, or throws a 400 naming {@code field}: 1-255 characters of any kind but
     * control and format characters, line and paragraph separators and lone surrogates (which no identity provider's
     * group name holds, a log line must not, and a database may not store).
     */
    public static String requireGroup(String field, String value) {
        if (value == null || value.isBlank()) {
            throw BadRequest.invalid(field, "is required");
        }
        String name = value.trim();
        if (!GROUP_NAME.matcher(name).matches()) {
            throw BadRequest.invalid(field, "'" + Limits.shown(name) + "' must be 1-" + MAX_GROUP_LENGTH
                    + " characters without control characters");
        }
        return name;
    }
}
