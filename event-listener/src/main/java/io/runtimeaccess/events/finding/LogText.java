package io.runtimeaccess.events.finding;

/**
 * Text from outside (a username typed at a sign-in, a reason quoting it) made safe for one log line: line
 * breaks and other control characters are escaped, so nobody can forge a log line.
 */
public final class LogText {

    private LogText() {
    }

    public static String safe(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && !unsafe(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text; // the usual case: nothing to escape, nothing allocated
        }
        StringBuilder safe = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                safe.append("\\r");
            } else if (c == '\n') {
                safe.append("\\n");
            } else if (unsafe(c)) {
                safe.append(String.format("\\u%04x", (int) c));
            } else {
                safe.append(c);
            }
        }
        return safe.toString();
    }

    /** Control characters, and the Unicode line and paragraph separators some log viewers break at. */
    private static boolean unsafe(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
