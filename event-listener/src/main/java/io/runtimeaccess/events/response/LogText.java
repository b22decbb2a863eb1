package io.runtimeaccess.events.response;

/**
 * Text from outside (a username someone typed, say) made safe for a log line: a CR or LF in it would let
 * its author forge log lines, so line breaks and other control characters are written as escapes.
 */
public final class LogText {

    private LogText() {
    }

    /** The text with CR as {@code \r}, LF as {@code \n} and other control or line-separator characters as {@code \\uXXXX}. */
    public static String safe(String text) {
        if (text == null) {
            return null;
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text; // the usual case: nothing to copy
        }
        StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append("\\r");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (unsafe(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (unsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Control characters (C0, DEL, C1, which includes NEL) and the Unicode line and paragraph separators. */
    private static boolean unsafe(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
