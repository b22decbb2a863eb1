package io.runtimeaccess.tickets.courier;

import io.runtimeaccess.tickets.jira.JiraCall;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends a {@link JiraCall} with the JDK's HTTP client: no redirects followed (a redirect would carry the
 * {@code Authorization} header to wherever it points), one deadline for the whole answer, and at most
 * {@link #MAX_BODY} bytes of its body kept. The client's own request timeout covers only the wait for the headers:
 * a host that sends them and then stalls would hold the caller, Keycloak's one timer thread, for ever; and a huge
 * body would be read whole into memory before being cut. No answer at all is status 0, which the retry policy
 * retries.
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
        CompletableFuture<HttpResponse<String>> answer = http.sendAsync(built, info -> new LimitedBody(MAX_BODY));
        try {
            HttpResponse<String> response = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Answer(response.statusCode(), response.body() == null ? "" : response.body(),
                    retryAfter(response), null);
        } catch (TimeoutException e) {
            answer.cancel(true);
            return new Answer(0, "", null, "no whole answer within " + timeout);
        } catch (ExecutionException e) {
            return new Answer(0, "", null, e.getCause() == null ? "ExecutionException"
                    : e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            answer.cancel(true);
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
