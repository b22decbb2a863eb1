package io.runtimeaccess.tickets.courier;

import io.runtimeaccess.tickets.jira.JiraCall;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends a {@link JiraCall} with the JDK's HTTP client: no redirects followed (a redirect would carry the
 * {@code Authorization} header to wherever it points), a timeout per request, and an answer body read up to
 * {@link #MAX_BODY} characters. No answer at all is status 0, which the retry policy retries.
 */
final class JiraClient {

    static final int MAX_BODY = 64 * 1024;

    private final HttpClient http;
    private final Duration timeout;

    JiraClient(Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.timeout = timeout;
    }

    /** Jira's answer: the status (0: none), the body (maybe cut) and a Retry-After in seconds, if any. */
    record Answer(int status, String body, Duration retryAfter, String problem) {
    }

    Answer send(JiraCall call) {
        HttpRequest built;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(call.uri()).timeout(timeout);
            call.headers().forEach(request::header);
            built = request.method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(call.body())).build();
        } catch (IllegalArgumentException e) {
            // a header value the client refuses (a token stored before tokens were checked to be ASCII) or a bad
            // port: counted as a failed attempt like any other, and the message, which may quote the header, is
            // neither logged nor kept
            return new Answer(0, "", null, "the HTTP client refused the request (check the base URL and the token)");
        }
        try {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            String body = response.body() == null ? "" : response.body();
            return new Answer(response.statusCode(), body.length() <= MAX_BODY ? body : body.substring(0, MAX_BODY),
                    retryAfter(response), null);
        } catch (IOException e) {
            return new Answer(0, "", null, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "", null, "interrupted");
        }
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(value -> {
            try {
                long seconds = Long.parseLong(value.trim());
                return seconds > 0 ? Duration.ofSeconds(seconds) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
    }
}
