package io.runtimeaccess.sharing.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Query parameters are read as text and parsed here: a JAX-RS {@code int} or {@code boolean} parameter
 * that does not parse is answered 404 without a word, and a {@code boolean} takes any unknown word as
 * false, so {@code dryRun=1} would apply an import.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** An integer in {@code [min, max]}, {@code fallback} when absent; otherwise a 400 naming the parameter. */
    public static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        long parsed;
        try {
            parsed = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw BadRequest.invalid(name, "'" + Limits.shown(value) + "' is not a whole number");
        }
        if (parsed < min || parsed > max) {
            throw BadRequest.invalid(name, parsed + " is not between " + min + " and " + max);
        }
        return (int) parsed;
    }

    /**
     * Whether the raw query string asks for a dry run: {@link #dryRun(String, String)} over every value
     * of the parameter. Read from the raw query because the JAX-RS runtime hands an empty value
     * ({@code ?dryRun=}) to a {@code @QueryParam} as absent, which would apply the import. Applies only
     * if every value given is an explicit {@code false}. The call takes no other parameter, and any other is a 400
     * naming it: a misspelled name ({@code dryrun}, {@code dry_run}) would otherwise be ignored and apply.
     */
    public static boolean dryRunInQuery(String name, String rawQuery) {
        boolean dryRun = false;
        for (String part : rawQuery == null || rawQuery.isEmpty() ? new String[0] : rawQuery.split("&")) {
            int equals = part.indexOf('=');
            String given = decoded(name, equals < 0 ? part : part.substring(0, equals));
            if (!name.equals(given)) {
                throw BadRequest.invalid(given.isBlank() ? name : Limits.shown(given), "is not a parameter of this"
                        + " call, which takes only " + name);
            }
            dryRun |= dryRun(name, equals < 0 ? "" : decoded(name, part.substring(equals + 1)));
        }
        return dryRun;
    }

    /** A malformed escape is a 400: it may hide the parameter, so it must not be read as absent. */
    private static String decoded(String name, String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw BadRequest.invalid(name, "the query string has a malformed escape: " + Limits.shown(raw));
        }
    }

    /**
     * Whether a dry run is asked for. Absent means an apply, as documented; only an explicit {@code false}
     * also applies. {@code true} and an empty value are dry runs, anything else is a 400: a mistyped dry
     * run must never write.
     */
    public static boolean dryRun(String name, String value) {
        if (value == null) {
            return false;
        }
        String word = value.trim();
        if (word.isEmpty() || word.equalsIgnoreCase("true")) {
            return true;
        }
        if (word.equalsIgnoreCase("false")) {
            return false;
        }
        throw BadRequest.invalid(name, "'" + Limits.shown(value) + "' is not true or false");
    }
}
