package io.runtimeaccess.tickets.jira;

import java.net.URI;
import java.util.Map;

/**
 * One HTTP request to Jira, fully shaped: method, URI, headers and body (null for a GET). The adapter sends it with
 * {@code java.net.http.HttpClient}; tests compare it field by field. {@link #toString()} leaves the headers out,
 * since one of them holds the secret.
 */
public record JiraCall(String method, URI uri, Map<String, String> headers, String body) {

    public JiraCall {
        headers = Map.copyOf(headers);
    }

    @Override
    public String toString() {
        return method + " " + uri;
    }
}
