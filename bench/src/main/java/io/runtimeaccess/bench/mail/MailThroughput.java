package io.runtimeaccess.bench.mail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Emails sent per second through Keycloak's own email sender, from the access-request notifications to GreenMail as
 * the realm's SMTP server. Against a running Keycloak with this extension (bench/console-keycloak.sh starts one on
 * :8180): creates a realm whose SMTP server is an in-process GreenMail, a requestable realm role with
 * {@code approvers} users to tell and {@code requests} requesters, signs the requesters in, then times the requests
 * one after the other and the mails until the last one arrived. Prints the figures and removes the realm.
 */
public final class MailThroughput {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String base;
    private final String realm = "mail-bench-" + System.currentTimeMillis();
    private String adminToken;

    private MailThroughput(String base) {
        this.base = base.replaceAll("/+$", "");
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8180";
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int approvers = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int smtpPort = args.length > 3 ? Integer.parseInt(args[3]) : 3125;
        GreenMail greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
        greenMail.start();
        MailThroughput bench = new MailThroughput(base);
        try {
            bench.run(greenMail, smtpPort, requests, approvers);
        } finally {
            bench.removeRealm();
            greenMail.stop();
        }
    }

    private void run(GreenMail greenMail, int smtpPort, int requests, int approvers) throws Exception {
        adminToken = adminToken();
        createRealm(smtpPort, requests, approvers);
        String itemId = item(approvers);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            tokens.add(userToken("requester-" + i));
        }
        int expected = requests * approvers;
        long[] latencies = new long[requests];
        long start = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            long sent = System.nanoTime();
            HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + "/realms/" + realm
                    + "/runtime-access/requests")).header("Authorization", "Bearer " + tokens.get(i))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"itemId\":\"" + itemId + "\",\"duration\":\"PT1H\"}")));
            latencies[i] = System.nanoTime() - sent;
            expect(created, 201);
        }
        long requestsDone = System.nanoTime();
        long deadline = requestsDone + 600_000_000_000L;
        while (greenMail.getReceivedMessages().length < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        long end = System.nanoTime();
        int received = greenMail.getReceivedMessages().length;
        Arrays.sort(latencies);
        double seconds = (end - start) / 1e9;
        System.out.printf("requests: %d, approvers told per request: %d, mails expected: %d, received: %d%n",
                requests, approvers, expected, received);
        System.out.printf("requests answered in %.2f s (median %.1f ms, slowest %.1f ms)%n",
                (requestsDone - start) / 1e9, latencies[requests / 2] / 1e6, latencies[requests - 1] / 1e6);
        System.out.printf("last mail %.2f s after the first request: %.1f mails/s%n", seconds, received / seconds);
    }

    private void createRealm(int smtpPort, int requests, int approvers) throws IOException, InterruptedException {
        ObjectNode rep = JSON.createObjectNode().put("realm", realm).put("enabled", true);
        rep.putObject("smtpServer").put("host", "127.0.0.1").put("port", String.valueOf(smtpPort))
                .put("from", "bench@mail-bench.example");
        rep.putObject("roles").putArray("realm").addObject().put("name", "bench-role");
        // The requesters sign in with a client of their own: the users' API needs the token's subject ("basic").
        ObjectNode client = rep.putArray("clients").addObject().put("clientId", "bench-requests")
                .put("publicClient", true).put("directAccessGrantsEnabled", true).put("standardFlowEnabled", false);
        client.putArray("defaultClientScopes").add("basic");
        // ... and the self-service APIs' audience, which a token must carry to act in the user's name
        client.putArray("protocolMappers").addObject().put("name", "audience runtime-access-self-service")
                .put("protocol", "openid-connect").put("protocolMapper", "oidc-audience-mapper")
                .putObject("config").put("included.custom.audience", "runtime-access-self-service")
                .put("access.token.claim", "true");
        ArrayNode users = rep.putArray("users");
        for (int i = 0; i < approvers; i++) {
            user(users, "approver-" + i);
        }
        for (int i = 0; i < requests; i++) {
            user(users, "requester-" + i);
        }
        expect(send(admin("/admin/realms").POST(HttpRequest.BodyPublishers.ofString(rep.toString()))), 201);
    }

    private static void user(ArrayNode users, String username) {
        ObjectNode user = users.addObject().put("username", username).put("enabled", true)
                .put("email", username + "@mail-bench.example").put("emailVerified", true).put("firstName", username)
                .put("lastName", "Bench");
        user.putArray("credentials").addObject().put("type", "password").put("value", username)
                .put("temporary", false);
    }

    private String item(int approvers) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("kind", "realm-role").put("role", "bench-role");
        ArrayNode values = body.putObject("approvers").put("type", "users").putArray("values");
        for (int i = 0; i < approvers; i++) {
            values.add("approver-" + i);
        }
        HttpResponse<String> created = expect(send(admin("/admin/realms/" + realm + "/runtime-access/requests/items")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))), 201);
        return JSON.readTree(created.body()).get("id").asText();
    }

    private void removeRealm() throws IOException, InterruptedException {
        if (adminToken != null) {
            adminToken = adminToken();
            send(admin("/admin/realms/" + realm).DELETE());
        }
    }

    private String adminToken() throws IOException, InterruptedException {
        return token("master", "admin-cli", "admin", "admin");
    }

    private String userToken(String username) throws IOException, InterruptedException {
        return token(realm, "bench-requests", username, username);
    }

    private String token(String realmName, String clientId, String username, String password)
            throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=" + clientId + "&username=" + encode(username) + "&password="
                + encode(password);
        HttpResponse<String> answer = expect(send(HttpRequest.newBuilder(URI.create(base + "/realms/" + realmName
                + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))), 200);
        JsonNode json = JSON.readTree(answer.body());
        return json.get("access_token").asText();
    }

    private HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
