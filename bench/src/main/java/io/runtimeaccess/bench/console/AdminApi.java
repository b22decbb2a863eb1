package io.runtimeaccess.bench.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The Keycloak admin API as a master-realm admin sees it, over one shared HTTP/1.1 client (a browser keeps
 * a few keep-alive connections per host too). The admin token is fetched with admin-cli's password grant and
 * renewed well before master's one-minute lifespan ends, outside any measured request.
 */
final class AdminApi {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final long RENEW_AFTER_NANOS = Duration.ofSeconds(30).toNanos();

    private final String base;
    private final String username;
    private final String password;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private String token;
    private long tokenFetchedAt;

    AdminApi(String base, String username, String password) {
        this.base = base.replaceAll("/+$", "");
        this.username = username;
        this.password = password;
    }

    String base() {
        return base;
    }

    /** A valid admin token; renews it when it is half-way through its life. */
    synchronized String token() {
        if (token == null || System.nanoTime() - tokenFetchedAt > RENEW_AFTER_NANOS) {
            String form = "grant_type=password&client_id=admin-cli&username=" + encode(username)
                    + "&password=" + encode(password);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
            JsonNode answer = parse(expect(send(request), 200).body());
            token = answer.get("access_token").asText();
            tokenFetchedAt = System.nanoTime();
        }
        return token;
    }

    /** GET of an admin path (under /admin/realms); the status must be 200. */
    JsonNode get(String path) {
        HttpRequest request = authorized(path).GET().build();
        return parse(expect(send(request), 200).body());
    }

    /** POST of a JSON body; returns the answer whatever its status, for the caller to judge. */
    HttpResponse<String> post(String path, Object body) {
        try {
            HttpRequest request = authorized(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
            return send(request);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the body of POST " + path, e);
        }
    }

    /** An asynchronous GET with an already fetched token, as the console's fetch() does it. */
    CompletableFuture<HttpResponse<String>> getAsync(String path, String bearer) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + bearer)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + abbreviate(text), e);
        }
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token())
                .header("Accept", "application/json").timeout(Duration.ofMinutes(5));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            HttpRequest request = response.request();
            throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " answered "
                    + response.statusCode() + ": " + abbreviate(response.body()));
        }
        return response;
    }

    static String abbreviate(String text) {
        return text == null ? "" : text.length() > 500 ? text.substring(0, 500) + "..." : text;
    }
}
