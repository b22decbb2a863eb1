package io.runtimeaccess.tickets.config;

import io.runtimeaccess.tickets.ticket.SourceKind;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A realm's ticket sink without its secret: the Jira site and flavour, the project, the issue type, the Cloud
 * account's email, the field mapping and the kinds of source that open tickets. {@link #validate} checks a
 * configuration as an admin sent it and names the field that is wrong.
 */
public record SinkSettings(JiraFlavour flavour, URI baseUrl, String projectKey, String issueType, String email,
        FieldMapping fieldMapping, Set<SourceKind> sources) {

    /** Jira's default project-key rule: an upper-case letter, then upper-case letters, digits or underscores. */
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    /** No blank, no control character: the address goes into an HTTP header and a database column. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]{1,200}@[^@\\s\\p{Cntrl}]{1,200}");
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
    static final int MAX_TEXT = 255;

    /** What an admin sent, before validation; null means absent. */
    public record Input(String flavour, String baseUrl, String projectKey, String issueType, String email,
            java.util.Map<String, String> fieldMapping, List<String> sources) {
    }

    /**
     * Validates and normalises. {@code allowHttpLocalhost} is the server's opt-in (off by default) for a plain-HTTP
     * Jira on the loopback interface; any other URL must be https.
     */
    public static SinkSettings validate(Input in, boolean allowHttpLocalhost) {
        JiraFlavour flavour = JiraFlavour.of(in.flavour());
        if (flavour == null) {
            throw new InvalidInput("flavour", "must be cloud or data-center");
        }
        URI url = baseUrl(in.baseUrl(), allowHttpLocalhost);
        if (in.projectKey() == null || !PROJECT_KEY.matcher(in.projectKey()).matches()) {
            throw new InvalidInput("projectKey", "is an upper-case letter then upper-case letters, digits or _");
        }
        String issueType = text("issueType", in.issueType());
        String email = null;
        if (flavour == JiraFlavour.CLOUD) {
            if (in.email() == null || !EMAIL.matcher(in.email()).matches()) {
                throw new InvalidInput("email", "Jira Cloud needs the account's email address");
            }
            email = in.email();
        } else if (in.email() != null) {
            throw new InvalidInput("email", "only Jira Cloud uses an email; Data Center uses a personal access token");
        }
        return new SinkSettings(flavour, url, in.projectKey(), issueType, email, FieldMapping.of(in.fieldMapping()),
                sources(in.sources()));
    }

    /**
     * The secret as an admin sent it: null keeps the stored one; otherwise 1 to 1024 visible ASCII characters. Jira's
     * tokens are ASCII, and an HTTP header refuses anything else, so a pasted invisible character would only surface
     * as a failed delivery.
     */
    public static String token(String token) {
        if (token == null) {
            return null;
        }
        if (token.isEmpty() || token.length() > 1024 || token.chars().anyMatch(c -> c <= ' ' || c >= 0x7f)) {
            throw new InvalidInput("token", "is 1 to 1024 visible ASCII characters, without blanks");
        }
        return token;
    }

    /**
     * A secret read from Keycloak's vault, without surrounding blanks: the files vault reads a file as it is, and a
     * file written with {@code echo} ends in a newline, which the HTTP client would refuse in a header on every
     * attempt.
     */
    public static String vaultToken(String value) {
        return value.strip();
    }

    private static URI baseUrl(String value, boolean allowHttpLocalhost) {
        URI url;
        try {
            url = value == null || value.length() > 1024 ? null : new URI(value);
        } catch (URISyntaxException e) {
            url = null;
        }
        if (url == null || !url.isAbsolute() || url.getHost() == null || url.getRawUserInfo() != null
                || url.getRawQuery() != null || url.getRawFragment() != null || url.getPort() > 65535) {
            throw new InvalidInput("baseUrl", "must be an absolute https URL without credentials, query or fragment");
        }
        String scheme = url.getScheme().toLowerCase(java.util.Locale.ROOT);
        boolean local = LOCAL_HOSTS.contains(url.getHost().toLowerCase(java.util.Locale.ROOT));
        if (!scheme.equals("https") && !(scheme.equals("http") && local && allowHttpLocalhost)) {
            throw new InvalidInput("baseUrl", "must be https (plain http only to localhost, when the server allows it)");
        }
        // one form per site, without trailing slashes (every one of them): the API paths and browse links are
        // appended to it, and a delivered ticket is polled only while its site is the sink's, compared as text
        String text = url.toString();
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '/') {
            end--;
        }
        return end == text.length() ? url : URI.create(text.substring(0, end));
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_TEXT
                || value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInput(field, "is 1 to " + MAX_TEXT + " characters on one line");
        }
        return value.strip();
    }

    private static Set<SourceKind> sources(Collection<String> names) {
        if (names == null) {
            return EnumSet.allOf(SourceKind.class);
        }
        Set<SourceKind> kinds = EnumSet.noneOf(SourceKind.class);
        for (String name : names) {
            SourceKind kind = SourceKind.of(name);
            if (kind == null) {
                throw new InvalidInput("sources", "each is one of sod-violation, access-request, "
                        + "campaign-revocation, finding");
            }
            kinds.add(kind);
        }
        return kinds;
    }
}
