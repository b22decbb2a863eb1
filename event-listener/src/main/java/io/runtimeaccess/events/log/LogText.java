package io.runtimeaccess.events.log;

import java.net.URI;

/** Text that is safe to log: no line breaks an attacker could use to forge log lines, no credentials. */
public final class LogText {

    private LogText() {
    }

    /** {@code value} with CR, LF and other control characters escaped, so it stays on one log line. */
    public static String oneLine(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                if (out == null) {
                    out = new StringBuilder(value.length() + 8).append(value, 0, i);
                }
                out.append(c == '\r' ? "\\r" : c == '\n' ? "\\n" : String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? value : out.toString();
    }

    /** Scheme, host, port and path only: user info and query may carry credentials. */
    public static String url(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null) {
                return "(an invalid URL)";
            }
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            return oneLine(uri.getScheme() + "://" + uri.getHost() + port + path);
        } catch (java.net.URISyntaxException e) {
            return "(an invalid URL)";
        }
    }

    /** An exception as its type and one-line message, without the stack: its text may come from the network. */
    public static String cause(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + oneLine(message));
    }
}
