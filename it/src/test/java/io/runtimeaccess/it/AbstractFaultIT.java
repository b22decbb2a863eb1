package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * What the fault tests share: sign-ins "from" an address, realms of their own with the anomaly listener,
 * any realm's findings API, the server's metrics, and latency percentiles.
 */
abstract class AbstractFaultIT extends AbstractSharingIT {

    static final String LISTENER = "runtime-access-events";
    /** The confidential client with direct grants that {@link #createListenedRealm} adds. */
    static final String FAULT_CLIENT = "fault-client";
    static final String FAULT_SECRET = "fault-secret";

    /** A password grant at {@code realmUrl} as if from {@code ip}, behind a TLS-terminating proxy. */
    static HttpResponse<String> signIn(String realmUrl, String clientId, String clientSecret, String username,
            String password, String ip) {
        return send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", ip).header("X-Forwarded-Proto", "https")
                .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(Browser.formBody(Map.of("grant_type", "password",
                        "client_id", clientId, "client_secret", clientSecret, "username", username,
                        "password", password)))));
    }

    /** A sign-in to the organization realm's demo client. */
    HttpResponse<String> organizationSignIn(String username, String password, String ip) {
        return signIn(org.realmUrl(), Oidc.DEMO_CLIENT, Oidc.DEMO_SECRET, username, password, ip);
    }

    /**
     * A realm with the anomaly listener (or without it), a confidential client with direct grants and the
     * given users, whose password is their username. Returns the realm's id.
     */
    String createListenedRealm(String name, boolean listened, String... usernames) {
        RealmRepresentation realm = new RealmRepresentation();
        realm.setRealm(name);
        realm.setEnabled(true);
        realm.setSslRequired("none");
        realm.setEventsListeners(listened ? List.of("jboss-logging", LISTENER) : List.of("jboss-logging"));
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(FAULT_CLIENT);
        client.setSecret(FAULT_SECRET);
        client.setPublicClient(false);
        client.setDirectAccessGrantsEnabled(true);
        client.setStandardFlowEnabled(false);
        realm.setClients(List.of(client));
        List<UserRepresentation> users = new ArrayList<>();
        for (String username : usernames) {
            users.add(userWithPassword(username, "fault.example", "Fault"));
        }
        realm.setUsers(users);
        admin.realms().create(realm);
        return admin.realm(name).toRepresentation().getId();
    }

    /** Adds the anomaly listener to a realm's event listeners. */
    void listen(String realmName) {
        RealmRepresentation realm = admin.realm(realmName).toRepresentation();
        List<String> listeners = new ArrayList<>(realm.getEventsListeners() == null ? List.of() : realm.getEventsListeners());
        if (!listeners.contains(LISTENER)) {
            listeners.add(LISTENER);
            realm.setEventsListeners(listeners);
            admin.realm(realmName).update(realm);
        }
    }

    /** A call to any realm's findings API ({@code path} after {@code anomaly-findings}), as the admin. */
    HttpResponse<String> findingsOf(String realmName, String method, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(urls.getBase() + "/admin/realms/" + realmName
                + "/anomaly-findings" + path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + adminToken()).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)));
    }

    void setWebhook(String realmName, String url) {
        HttpResponse<String> saved = findingsOf(realmName, "PUT", "/settings",
                "{\"webhookUrl\":\"" + url + "\",\"webhookSecret\":\"" + (url.isEmpty() ? "" : "fault-secret") + "\"}");
        assertEquals(200, saved.statusCode(), saved.body());
    }

    JsonNode findingsList(String realmName, String query) {
        HttpResponse<String> response = findingsOf(realmName, "GET", "?max=500" + query, null);
        assertEquals(200, response.statusCode(), response.body());
        return Oidc.json(response.body());
    }

    /** The {@code p}-th percentile (0-100) of the values, nearest rank. */
    static long percentile(List<Long> values, double p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    static long millisSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }
}
