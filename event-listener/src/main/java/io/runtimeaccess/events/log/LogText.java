package io.runtimeaccess.events.log;

import java.net.URI;

/** Text that is safe to log: no line breaks an attacker could use to forge log lines, no credentials. */
public final class LogText {

    private LogText() {
    }

    /** Longer text is cut: a sign-in's user agent or username is the client's to choose, and may be megabytes. */
    static final int MAX_LENGTH = 512;

    /**
     * {@code value} with CR, LF and other control characters escaped, so it stays on one log line, and cut after
     * {@value #MAX_LENGTH} characters (saying how long it was).
     */
    public static String oneLine(String value) {
        if (value == null) {
            return null;
        }
        int end = Math.min(value.length(), MAX_LENGTH);
        StringBuilder out = end < value.length() ? new StringBuilder(end + 24) : null;
        for (int i = 0; i < end; i++) {
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
        if (end < value.length()) {
            out.append("...(").append(value.length()).append(" chars)");
        }
        return out == null ? value : out.toString();
    }

    /**
     * Scheme, host and port only: user info and query may carry credentials, and so may the path (chat services'
     * incoming-webhook addresses are a secret path); a path is shown as {@code /…}.
     */
    public static String url(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null) {
                return "(an invalid URL)";
            }
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/") ? ""
                    : "/\u2026";
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
