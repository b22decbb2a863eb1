package io.runtimeaccess.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser for login flows: keeps cookies per path, follows redirects by hand, fills the
 * Keycloak login form and auto-submits the SAML POST-binding forms, exactly as a user agent would.
 * Keycloak marks its cookies Secure even on http://localhost, which browsers accept for localhost but
 * java.net's CookieManager does not, hence the small cookie jar here.
 */
final class Browser {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static final Pattern HIDDEN_INPUT =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&#]+)");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final List<Cookie> cookies = new ArrayList<>();
    private final List<String> setCookies = new ArrayList<>();
    private String forwardedFor;

    /**
     * Requests seem to come from {@code address} (through the server's trusted {@code X-Forwarded-For});
     * a private address, which the realms treat as local, so plain HTTP stays allowed.
     */
    Browser from(String address) {
        forwardedFor = address;
        return this;
    }

    /**
     * Starts at {@code authorizeUrl}, signs in as {@code username} with password {@code password} at
     * the first login form met, and returns the authorization code delivered to {@code redirectUri}.
     */
    String login(String authorizeUrl, String redirectUri, String username, String password) {
        return login(authorizeUrl, redirectUri, username, password, Map.of());
    }

    /**
     * As {@link #login(String, String, String, String)}, and after the password, fills each further form
     * whose page contains a key of {@code moreForms} (such as {@code name="password-new"} of a required
     * action) with that key's fields.
     */
    String login(String authorizeUrl, String redirectUri, String username, String password,
            Map<String, Map<String, String>> moreForms) {
        HttpResponse<String> response = get(authorizeUrl);
        boolean signedIn = false;
        for (int step = 0; step < 25; step++) {
            String location = response.headers().firstValue("Location").orElse(null);
            if (location != null && location.startsWith(redirectUri)) {
                return code(location);
            }
            HttpResponse<String> followed = follow(response);
            if (followed != null) {
                response = followed;
            } else if (response.statusCode() == 200 && !signedIn && response.body().contains("name=\"password\"")) {
                signedIn = true;
                response = post(resolve(response.uri(), formAction(response)),
                        Map.of("username", username, "password", password));
            } else if (response.statusCode() == 200 && signedIn && moreForm(response.body(), moreForms) != null) {
                response = post(resolve(response.uri(), formAction(response)), moreForm(response.body(), moreForms));
            } else {
                throw new AssertionError("Login of " + username + " stopped at " + response.uri() + " (HTTP "
                        + response.statusCode() + "): " + visibleText(response.body()));
            }
        }
        throw new AssertionError("Login of " + username + " did not finish within 25 steps");
    }

    /**
     * Starts at {@code url} (a sign-out) and follows redirects and SAML POST forms (a broker's logout request to the
     * IdP, the IdP's response) until the browser is sent to {@code redirectUri}; fails naming the page it stopped at.
     */
    void signOut(String url, String redirectUri) {
        HttpResponse<String> response = get(url);
        for (int step = 0; step < 25; step++) {
            String location = response.headers().firstValue("Location").orElse(null);
            if (location != null && location.startsWith(redirectUri)) {
                return;
            }
            HttpResponse<String> followed = follow(response);
            if (followed == null) {
                // without the query: a logout URL carries an ID token
                URI stopped = response.uri();
                throw new AssertionError("Sign-out stopped at " + stopped.getScheme() + "://" + stopped.getAuthority()
                        + stopped.getPath() + " (HTTP " + response.statusCode() + "): " + visibleText(response.body()));
            }
            response = followed;
        }
        throw new AssertionError("Sign-out did not reach " + redirectUri + " within 25 steps");
    }

    /**
     * Starts at {@code authorizeUrl} and follows redirects up to the first SAML POST form (the broker's
     * AuthnRequest to the IdP); returns its hidden inputs ({@code SAMLRequest}, {@code RelayState}).
     */
    Map<String, String> firstSamlForm(String authorizeUrl) {
        HttpResponse<String> response = get(authorizeUrl);
        for (int step = 0; step < 10; step++) {
            String location = response.headers().firstValue("Location").orElse(null);
            if (location != null) {
                response = get(resolve(response.uri(), location));
            } else if (response.statusCode() == 200 && response.body().contains("SAMLRequest")) {
                return hiddenInputs(response.body());
            } else {
                break;
            }
        }
        throw new AssertionError("No SAML request at " + response.uri() + ": " + visibleText(response.body()));
    }

    /**
     * What a user agent does next on its own: follows a redirect, or posts a SAML form (which a browser submits by
     * script); {@code null} when the page waits for the user.
     */
    private HttpResponse<String> follow(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElse(null);
        if (location != null) {
            return get(resolve(response.uri(), location));
        }
        if (response.statusCode() == 200 && response.body().contains("SAMLRe")) {
            return post(resolve(response.uri(), formAction(response)), hiddenInputs(response.body()));
        }
        return null;
    }

    private static Map<String, String> moreForm(String body, Map<String, Map<String, String>> moreForms) {
        return moreForms.entrySet().stream().filter(e -> body.contains(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** The {@code Set-Cookie} headers received for {@code name}, oldest first, as the server sent them. */
    List<String> setCookieHeaders(String name) {
        return setCookies.stream().filter(header -> header.startsWith(name + "=")).collect(Collectors.toList());
    }

    /** The value of the cookie {@code name} this browser holds now, or {@code null}. */
    String cookie(String name) {
        return cookies.stream().filter(c -> c.name.equals(name)).map(c -> c.value).findFirst().orElse(null);
    }

    /** Puts a cookie into the jar as if a server had set it, persistent. */
    void plant(String name, String value, String path) {
        cookies.removeIf(c -> c.name.equals(name) && c.path.equals(path));
        cookies.add(new Cookie(name, value, path, true));
    }

    /** Closing and reopening the browser: cookies without Max-Age or Expires (session cookies) are gone. */
    void restart() {
        cookies.removeIf(c -> !c.persistent);
    }

    private static String code(String location) {
        Matcher m = CODE.matcher(location);
        if (!m.find()) {
            throw new AssertionError("No authorization code in redirect " + location);
        }
        return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    }

    HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    HttpResponse<String> post(String url, Map<String, String> form) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form))));
    }

    static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        HttpRequest draft = builder.timeout(Duration.ofSeconds(60)).build();
        String cookieHeader = cookieHeader(draft.uri());
        if (!cookieHeader.isEmpty()) {
            builder.header("Cookie", cookieHeader);
        }
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            List<String> received = response.headers().allValues("Set-Cookie");
            setCookies.addAll(received);
            received.forEach(this::store);
            return response;
        } catch (IOException e) {
            throw new AssertionError("Request to " + draft.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    private String cookieHeader(URI uri) {
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        return cookies.stream().filter(c -> path.startsWith(c.path) || (path + "/").equals(c.path))
                .map(c -> c.name + "=" + c.value).collect(Collectors.joining("; "));
    }

    private void store(String header) {
        String[] parts = header.split(";");
        int eq = parts[0].indexOf('=');
        String name = parts[0].substring(0, eq).trim();
        String value = parts[0].substring(eq + 1).trim();
        String path = "/";
        boolean expired = value.isEmpty();
        boolean persistent = false;
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].trim();
            if (attribute.regionMatches(true, 0, "Path=", 0, 5)) {
                path = attribute.substring(5);
            } else if (attribute.regionMatches(true, 0, "Max-Age=0", 0, 9) && attribute.length() == 9) {
                expired = true;
            } else if (attribute.regionMatches(true, 0, "Max-Age=", 0, 8)
                    || attribute.regionMatches(true, 0, "Expires=", 0, 8)) {
                persistent = true;
            }
        }
        String cookiePath = path;
        cookies.removeIf(c -> c.name.equals(name) && c.path.equals(cookiePath));
        if (!expired) {
            cookies.add(new Cookie(name, value, path, persistent));
        }
    }

    private static String formAction(HttpResponse<String> response) {
        Matcher m = FORM_ACTION.matcher(response.body());
        if (!m.find()) {
            throw new AssertionError("No form on " + response.uri() + ": " + visibleText(response.body()));
        }
        return unescape(m.group(1));
    }

    private static Map<String, String> hiddenInputs(String html) {
        Map<String, String> inputs = new LinkedHashMap<>();
        Matcher m = HIDDEN_INPUT.matcher(html);
        while (m.find()) {
            inputs.put(unescape(m.group(1)), unescape(m.group(2)));
        }
        return inputs;
    }

    private static String resolve(URI base, String location) {
        return base.resolve(location).toString();
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#x3D;", "=").replace("&#61;", "=")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'");
    }

    private static String visibleText(String html) {
        String text = html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ").trim();
        return text.length() > 600 ? text.substring(0, 600) : text;
    }

    private static final class Cookie {
        final String name;
        final String value;
        final String path;
        final boolean persistent;

        Cookie(String name, String value, String path, boolean persistent) {
            this.name = name;
            this.value = value;
            this.path = path;
            this.persistent = persistent;
        }
    }
}
