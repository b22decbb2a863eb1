package io.runtimeaccess.mappers.claim;

/** The boolean spellings identity providers use: true/false, 1/0, yes/no, in any case. */
public final class BooleanValue {

    private BooleanValue() {
    }

    /** Returns the value, or {@code null} when the text is not one of the accepted spellings. */
    public static Boolean parse(String text) {
        if (text == null) {
            return null;
        }
        String value = text.trim();
        if (value.equalsIgnoreCase("true") || value.equals("1") || value.equalsIgnoreCase("yes")) {
            return Boolean.TRUE;
        }
        if (value.equalsIgnoreCase("false") || value.equals("0") || value.equalsIgnoreCase("no")) {
            return Boolean.FALSE;
        }
        return null;
    }

    /** {@code true} only for an accepted "true" spelling; anything else, absent included, is false. */
    public static boolean isTrue(String text) {
        return Boolean.TRUE.equals(parse(text));
    }
}
