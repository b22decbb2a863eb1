package io.runtimeaccess.reviews.input;

/**
 * Text the API takes in is plain: no control characters (a NUL is refused by PostgreSQL and would surface as a
 * server error, and line breaks are the reviewer lists' separator), except that a justification may span lines.
 */
public final class Texts {

    private Texts() {
    }

    /** {@code value} unchanged, or a refusal naming {@code field} if it holds a control character. */
    public static String plain(String field, String value) {
        return checked(field, value, false);
    }

    /** As {@link #plain}, allowing line breaks and tabs. */
    public static String multiline(String field, String value) {
        return checked(field, value, true);
    }

    private static String checked(String field, String value, boolean lines) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = lines && (c == '\n' || c == '\r' || c == '\t');
            if (Character.isISOControl(c) && !allowed) {
                throw new InvalidInput(field, "must not contain control characters");
            }
        }
        return value;
    }
}
