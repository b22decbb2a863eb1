package io.runtimeaccess.tickets.jira;

import io.runtimeaccess.tickets.config.JiraFlavour;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Where and as whom tickets are opened: the site's base URL (already validated, no trailing slash), the flavour, the
 * Cloud account's email and the secret (an API token for Cloud, a personal access token for Data Center).
 * {@link #toString()} never shows the secret.
 */
public final class JiraSite {

    private final URI baseUrl;
    private final JiraFlavour flavour;
    private final String email;
    private final String token;

    public JiraSite(URI baseUrl, JiraFlavour flavour, String email, String token) {
        String url = Objects.requireNonNull(baseUrl, "baseUrl").toString();
        this.baseUrl = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        this.flavour = Objects.requireNonNull(flavour, "flavour");
        this.email = email;
        this.token = Objects.requireNonNull(token, "token");
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public JiraFlavour flavour() {
        return flavour;
    }

    /** The browse URL of an issue, as people open it. */
    public String browseUrl(String key) {
        return baseUrl + "/browse/" + key;
    }

    /** Cloud: Basic with {@code email:api-token}; Data Center: Bearer with the personal access token. */
    String authorization() {
        return flavour == JiraFlavour.CLOUD ? "Basic " + basicCredentials() : "Bearer " + token;
    }

    /**
     * What an answer echoing the request could reveal: the token, and for Cloud the encoded {@code email:token}
     * of the Basic header, which does not contain the token as text.
     */
    public List<String> secrets() {
        return flavour == JiraFlavour.CLOUD ? List.of(token, basicCredentials()) : List.of(token);
    }

    private String basicCredentials() {
        return Base64.getEncoder().encodeToString((email + ":" + token).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return flavour.id() + " " + baseUrl;
    }
}
