package io.runtimeaccess.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** OpenID Connect calls against one realm of the test server, as a relying party would make them. */
final class Oidc {

    static final String DEMO_CLIENT = "runtime-demo";
    static final String DEMO_SECRET = "runtime-demo-secret";
    static final String DEMO_REDIRECT = "http://localhost:3000/callback";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String realmUrl;

    Oidc(String baseUrl, String realm) {
        this.realmUrl = baseUrl.replaceAll("/$", "") + "/realms/" + realm;
    }

    String realmUrl() {
        return realmUrl;
    }

    /** Signs in through {@code idpAlias} as the IdP's user and returns the demo client's token response. */
    JsonNode brokeredLogin(String idpAlias, String username) {
        return brokeredLogin(new Browser(), idpAlias, username);
    }

    /** As {@link #brokeredLogin(String, String)}, in {@code browser} (its cookies are kept and sent). */
    JsonNode brokeredLogin(Browser browser, String idpAlias, String username) {
        String code = browser.login(authorizeUrl(DEMO_CLIENT, DEMO_REDIRECT, idpAlias, null), DEMO_REDIRECT,
                username, username);
        return tokenRequest(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", DEMO_REDIRECT,
                "client_id", DEMO_CLIENT, "client_secret", DEMO_SECRET));
    }

    /**
     * Signs out of the realm in {@code browser} as the demo client would (RP-initiated logout with the ID token),
     * through whatever identity provider the session came from, back to the demo client.
     */
    void signOut(Browser browser, JsonNode tokens) {
        browser.signOut(realmUrl + "/protocol/openid-connect/logout?" + Browser.formBody(Map.of("id_token_hint",
                tokens.get("id_token").asText(), "post_logout_redirect_uri", DEMO_REDIRECT)), DEMO_REDIRECT);
    }

    /** Starts a sign-in to the demo client through {@code idpAlias}; the broker's SAML request form's inputs. */
    Map<String, String> startSamlBrokeredLogin(Browser browser, String idpAlias) {
        return browser.firstSamlForm(authorizeUrl(DEMO_CLIENT, DEMO_REDIRECT, idpAlias, null));
    }

    /**
     * Signs in to the demo client through the realm's login form in {@code browser} (its cookies are kept
     * and sent), filling any {@code moreForms} after the password, and returns the token response.
     */
    JsonNode formLogin(Browser browser, String username, String password, Map<String, Map<String, String>> moreForms) {
        String code = browser.login(authorizeUrl(DEMO_CLIENT, DEMO_REDIRECT, null, null), DEMO_REDIRECT, username,
                password, moreForms);
        return tokenRequest(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", DEMO_REDIRECT,
                "client_id", DEMO_CLIENT, "client_secret", DEMO_SECRET));
    }

    JsonNode passwordLogin(String username, String password) {
        return tokenRequest(Map.of("grant_type", "password", "username", username, "password", password,
                "client_id", DEMO_CLIENT, "client_secret", DEMO_SECRET, "scope", "openid"));
    }

    /** Signs in to the Account Console (public client with PKCE) and returns its access token. */
    String accountConsoleToken(String idpAlias, String username) {
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        String redirect = realmUrl + "/account/";
        Browser browser = new Browser();
        String code = browser.login(authorizeUrl("account-console", redirect, idpAlias, challenge(verifier)), redirect,
                username, username);
        return tokenRequest(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", redirect,
                "client_id", "account-console", "code_verifier", verifier)).get("access_token").asText();
    }

    JsonNode userInfo(String accessToken) {
        return send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/userinfo"))
                .header("Authorization", "Bearer " + accessToken).GET(), 200);
    }

    JsonNode introspect(String token) {
        return send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token/introspect"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Browser.formBody(Map.of("token", token,
                        "client_id", DEMO_CLIENT, "client_secret", DEMO_SECRET)))), 200);
    }

    static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new AssertionError("Not a JWT", e);
        }
    }

    static HttpResponse<String> call(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("Request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + body, e);
        }
    }

    private String authorizeUrl(String clientId, String redirectUri, String idpAlias, String codeChallenge) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", clientId);
        query.put("response_type", "code");
        query.put("scope", "openid");
        query.put("redirect_uri", redirectUri);
        if (idpAlias != null) {
            query.put("kc_idp_hint", idpAlias);
        }
        if (codeChallenge != null) {
            query.put("code_challenge", codeChallenge);
            query.put("code_challenge_method", "S256");
        }
        return realmUrl + "/protocol/openid-connect/auth?" + Browser.formBody(query);
    }

    /** Revokes a token of the demo client at the realm's revocation endpoint (RFC 7009), which must answer 200. */
    void revoke(String token, String hint) {
        HttpResponse<String> response = call(HttpRequest.newBuilder(URI.create(realmUrl
                + "/protocol/openid-connect/revoke")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Browser.formBody(Map.of("token", token, "token_type_hint",
                        hint, "client_id", DEMO_CLIENT, "client_secret", DEMO_SECRET)))).build());
        if (response.statusCode() != 200) {
            throw new AssertionError("revocation answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** A request to this realm's token endpoint, which must answer 200; returns the token response. */
    JsonNode tokenRequest(Map<String, String> form) {
        return send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Browser.formBody(form))), 200);
    }

    private static JsonNode send(HttpRequest.Builder request, int expectedStatus) {
        HttpResponse<String> response = call(request.build());
        if (response.statusCode() != expectedStatus) {
            throw new AssertionError(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return json(response.body());
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
