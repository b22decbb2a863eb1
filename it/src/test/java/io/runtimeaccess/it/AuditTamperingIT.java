package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmEventsConfigRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.util.JsonSerialization;

/**
 * An admin who makes the realm record less about itself (removes the anomaly listener, turns off user or admin
 * events, keeps events for a shorter time) raises a HIGH AUDIT_TAMPERING finding naming them and their network,
 * through both ways Keycloak's admin API changes these settings: {@code PUT events/config} and {@code PUT} of the
 * realm. Each test acts as an admin of its own, so the findings of one test are told apart from the others'.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class AuditTamperingIT extends AbstractSharingIT {

    private static final String LISTENER = "runtime-access-events";
    /** In the test location tables: Brazil, AS64504. */
    private static final String ADMIN_IP = "203.0.113.200";
    private static final long DAYS_30 = 30L * 86_400;

    private RealmEventsConfigRepresentation original;

    @BeforeEach
    void fullAuditTrail() {
        enableAnomalyListener();
        original = organization.admin().getRealmEventsConfig();
        RealmEventsConfigRepresentation full = organization.admin().getRealmEventsConfig();
        full.setEventsEnabled(true);
        full.setAdminEventsEnabled(true);
        full.setAdminEventsDetailsEnabled(true);
        full.setEventsExpiration(DAYS_30);
        organization.admin().updateRealmEventsConfig(full);
    }

    @AfterEach
    void restore() {
        RealmEventsConfigRepresentation config = organization.admin().getRealmEventsConfig();
        List<String> listeners = new ArrayList<>(original.getEventsListeners());
        if (!listeners.contains(LISTENER)) {
            listeners.add(LISTENER);
        }
        original.setEventsListeners(listeners);
        organization.admin().updateRealmEventsConfig(original);
        assertTrue(organization.admin().getRealmEventsConfig().getEventsListeners().contains(LISTENER),
                "the listener is back for the other tests: " + config.getEventsListeners());
    }

    /** A master admin (signed in to the master realm) who weakens another realm's audit trail is seen too. */
    @Test
    void aMasterAdminWeakeningAnotherRealmIsSeenToo() {
        String token = adminToken();
        String adminId = Oidc.json(new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8)).get("sub").asText();
        RealmEventsConfigRepresentation config = organization.admin().getRealmEventsConfig();
        config.setAdminEventsDetailsEnabled(false);
        // Straight, without the proxy headers: the master admin's token was issued without them.
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(urls.getBase() + "/admin/realms/"
                + organization.getName() + "/events/config")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(write(config))));
        assertEquals(204, response.statusCode(), response.body());
        JsonNode finding = awaitTampering(adminId, "Turned off the representation (details) in admin events");
        assertEquals("HIGH", finding.get("severity").asText(), finding.toString());
    }

    @Test
    void removingTheListenerThroughEventsConfigIsAHighFindingNamingTheAdminAndTheirNetwork() {
        String token = adminFromAfar("audit-remover", "manage-events", "view-events");
        String adminId = userId("audit-remover");
        assertEquals(204, eventsConfig(token, c -> c.setEventsListeners(without(c.getEventsListeners())))
                .statusCode());

        JsonNode finding = awaitTampering(adminId, "Removed the runtime-access-events listener");
        assertEquals("HIGH", finding.get("severity").asText(), finding.toString());
        assertEquals("audit-remover", finding.get("username").asText());
        JsonNode evidence = finding.get("reasons").get(0).get("evidence");
        assertEquals(adminId, evidence.get("adminUser").asText());
        assertEquals(ADMIN_IP, evidence.get("ip").asText());
        assertEquals("203.0.113.0/24", evidence.get("adminNetwork").asText());
        assertEquals("BR", evidence.get("country").asText(), evidence.toString());
        assertEquals("AS64504", evidence.get("asn").asText());
        assertEquals("listed", evidence.get("before").asText());
        assertEquals("removed", evidence.get("after").asText());
    }

    @Test
    void eachWeakeningThroughEventsConfigIsAFindingOfItsOwn() {
        String token = adminFromAfar("audit-weakener", "manage-events", "view-events");
        String adminId = userId("audit-weakener");
        assertEquals(204, eventsConfig(token, c -> c.setAdminEventsEnabled(false)).statusCode());
        awaitTampering(adminId, "Turned off admin events");
        fullAuditTrail();
        assertEquals(204, eventsConfig(token, c -> c.setEventsEnabled(false)).statusCode());
        awaitTampering(adminId, "Turned off user events");
        fullAuditTrail();
        assertEquals(204, eventsConfig(token, c -> c.setEventsExpiration(3_600L)).statusCode());
        awaitTampering(adminId, "Event expiry shortened from 30 days to 1 hour");
        fullAuditTrail();
        assertEquals(204, eventsConfig(token, c -> c.setAdminEventsDetailsEnabled(false)).statusCode());
        awaitTampering(adminId, "Turned off the representation (details) in admin events");
        assertEquals(4, tampering(adminId).size(), "one finding each: " + tampering(adminId));
    }

    /**
     * Harmless changes raise nothing. Findings of one admin reach the store in the order of their changes, so
     * once a later weakening's finding is listed, any the harmless changes had raised would be listed too.
     */
    @Test
    void recordingMoreRaisesNothing() {
        String token = adminFromAfar("audit-tuner", "manage-events", "view-events");
        String adminId = userId("audit-tuner");
        assertEquals(204, eventsConfig(token, c -> {
            List<String> types = new ArrayList<>(c.getEnabledEventTypes());
            types.add("UPDATE_EMAIL".equals(types.get(0)) ? "VERIFY_EMAIL" : "UPDATE_EMAIL");
            c.setEnabledEventTypes(types);
        }).statusCode());
        assertEquals(204, eventsConfig(token, c -> c.setEventsExpiration(2 * DAYS_30)).statusCode());
        assertEquals(204, eventsConfig(token, c -> c.setEventsExpiration(2 * DAYS_30)).statusCode(), "no change");
        assertEquals(204, eventsConfig(token, c -> c.setEventsExpiration(DAYS_30 / 30)).statusCode());
        awaitTampering(adminId, "Event expiry shortened from 60 days to 1 day");
        JsonNode findings = tampering(adminId);
        assertEquals(1, findings.size(), "only the shortening: " + findings);
    }

    @Test
    void weakeningThroughTheRealmUpdateIsAFindingToo() {
        String token = adminFromAfar("audit-realm-editor", "manage-realm", "view-realm", "view-events");
        String adminId = userId("audit-realm-editor");
        HttpResponse<String> current = asAdmin(token, "", "GET", null);
        assertEquals(200, current.statusCode(), current.body());
        RealmRepresentation realm = read(current.body(), RealmRepresentation.class);
        realm.setEventsListeners(without(realm.getEventsListeners()));
        realm.setAdminEventsEnabled(false);
        HttpResponse<String> updated = asAdmin(token, "", "PUT", write(realm));
        assertEquals(204, updated.statusCode(), updated.body());

        JsonNode finding = awaitTampering(adminId, "Removed the runtime-access-events listener");
        assertEquals("HIGH", finding.get("severity").asText());
        assertEquals(List.of("Removed the runtime-access-events listener", "Turned off admin events"),
                reasonTexts(finding));
        assertEquals("eventsListeners, adminEventsEnabled",
                finding.get("reasons").get(0).get("evidence").get("changedSettings").asText());
        assertEquals(ADMIN_IP, finding.get("reasons").get(0).get("evidence").get("ip").asText());
    }

    /**
     * A token of an organization admin (created once with these realm-management roles) signed in from
     * {@link #ADMIN_IP} behind the TLS-terminating proxy, as its admin calls come: the token's issuer is the
     * address the calls go to.
     */
    private String adminFromAfar(String username, String... roles) {
        organizationAdminToken(username, roles);
        HttpResponse<String> token = send(HttpRequest.newBuilder(URI.create(org.realmUrl()
                + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", ADMIN_IP).header("X-Forwarded-Proto", "https")
                .POST(HttpRequest.BodyPublishers.ofString(Browser.formBody(java.util.Map.of("grant_type", "password",
                        "client_id", "admin-cli", "username", username, "password", username)))));
        assertEquals(200, token.statusCode(), token.body());
        return Oidc.json(token.body()).get("access_token").asText();
    }

    /** The admin's {@code PUT events/config} from {@link #ADMIN_IP}, changing what {@code change} changes. */
    private HttpResponse<String> eventsConfig(String token, Consumer<RealmEventsConfigRepresentation> change) {
        RealmEventsConfigRepresentation config = organization.admin().getRealmEventsConfig();
        change.accept(config);
        HttpResponse<String> response = asAdmin(token, "/events/config", "PUT", write(config));
        assertEquals(204, response.statusCode(), response.body());
        return response;
    }

    private HttpResponse<String> asAdmin(String token, String path, String method, String body) {
        return send(HttpRequest.newBuilder(URI.create(urls.getBase() + "/admin/realms/" + organization.getName() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("X-Forwarded-For", ADMIN_IP).header("X-Forwarded-Proto", "https")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)));
    }

    private JsonNode awaitTampering(String adminId, String text) {
        return awaitFinding("detection=audit_tampering&user=" + adminId,
                f -> reasonTexts(f).contains(text) && adminId.equals(f.get("userId").asText()));
    }

    private JsonNode tampering(String adminId) {
        HttpResponse<String> response = findingsCall("GET", "?detection=audit_tampering&user=" + adminId,
                adminToken(), null);
        assertEquals(200, response.statusCode(), response.body());
        return Oidc.json(response.body());
    }

    private static List<String> reasonTexts(JsonNode finding) {
        List<String> texts = new ArrayList<>();
        finding.get("reasons").forEach(r -> texts.add(r.get("text").asText()));
        return texts;
    }

    private String userId(String username) {
        return organization.admin().users().searchByUsername(username, true).get(0).getId();
    }

    private static List<String> without(List<String> listeners) {
        List<String> rest = new ArrayList<>(listeners);
        rest.remove(LISTENER);
        return rest;
    }

    private static String write(Object value) {
        try {
            return JsonSerialization.writeValueAsString(value);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JsonSerialization.readValue(json, type);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
