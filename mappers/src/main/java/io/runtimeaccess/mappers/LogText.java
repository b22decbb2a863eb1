package io.runtimeaccess.mappers;

/**
 * Text that comes from outside (a username an identity provider asserted, a claim value) made safe
 * for one log line: a CR or LF in it would otherwise let the sender forge log entries of its own.
 */
public final class LogText {

    /** Long enough for any real username; a megabyte claim must not flood the log either. */
    static final int MAX_LENGTH = 256;

    private LogText() {
    }

    /** {@code text} with line breaks and other control characters escaped, cut at {@value #MAX_LENGTH}. */
    public static String safe(String text) {
        if (text == null) {
            return "null";
        }
        if (text.length() <= MAX_LENGTH && isPlain(text)) {
            return text;
        }
        int end = Math.min(text.length(), MAX_LENGTH);
        StringBuilder out = new StringBuilder(end + 16);
        for (int i = 0; i < end; i++) {
            appendEscaped(out, text.charAt(i));
        }
        if (text.length() > MAX_LENGTH) {
            out.append("...(").append(text.length()).append(" chars)");
        }
        return out.toString();
    }

    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (needsEscape(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Line and paragraph separators end a line in some log viewers, so they count as breaks too. */
    private static boolean needsEscape(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    private static void appendEscaped(StringBuilder out, char c) {
        if (c == '\n') {
            out.append("\\n");
        } else if (c == '\r') {
            out.append("\\r");
        } else if (needsEscape(c)) {
            out.append(String.format("\\u%04x", (int) c));
        } else {
            out.append(c);
        }
    }
}
