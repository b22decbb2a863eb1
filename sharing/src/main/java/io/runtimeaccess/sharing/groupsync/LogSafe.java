package io.runtimeaccess.sharing.groupsync;

/**
 * Text from outside (a username or group name an identity provider sent) made safe for one log line:
 * CR, LF and other control characters are escaped, so a crafted name cannot forge log entries.
 */
final class LogSafe {

    private LogSafe() {
    }

    static String text(Object value) {
        String text = String.valueOf(value);
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return escape(text);
            }
        }
        return text;
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                escaped.append("\\r");
            } else if (c == '\n') {
                escaped.append("\\n");
            } else if (Character.isISOControl(c)) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
