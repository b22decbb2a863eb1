package io.runtimeaccess.lifecycle.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The forms under which two spellings of one person's name or address compare equal: case folded, accents
 * dropped (é → e, ß stays ß: only combining marks go), dots removed, and runs of spaces, hyphens and underscores
 * made one space. So {@code José.Díaz@Example.com} and {@code josediaz@example.com} share a key, as do
 * {@code Jean-Luc Picard} and {@code jean luc picard}. Deliberately broader than Keycloak's own uniqueness (exact
 * username, case-insensitive email): a match is only flagged for a human to look at, never merged.
 */
public final class IdentityKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-]+");

    private IdentityKeys() {
    }

    /** The compared form of a username or a full name; null for null or blank. */
    public static String name(String value) {
        if (value == null) {
            return null;
        }
        String folded = MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace(".", "");
        String key = SEPARATORS.matcher(folded).replaceAll(" ").trim();
        return key.isEmpty() ? null : key;
    }

    /** The compared form of an address: the local part as a {@link #name}, the domain in lower case. */
    public static String email(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int at = value.lastIndexOf('@');
        if (at < 0) {
            return name(value);
        }
        String local = name(value.substring(0, at));
        return (local == null ? "" : local) + "@" + value.substring(at + 1).trim().toLowerCase(Locale.ROOT);
    }

    /** The compared form of first and last name together; null unless both are given. */
    public static String fullName(String firstName, String lastName) {
        String first = name(firstName);
        String last = name(lastName);
        return first == null || last == null ? null : first + " " + last;
    }
}
