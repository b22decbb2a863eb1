package io.runtimeaccess.it;

import static io.runtimeaccess.it.Metrics.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * The {@code runtime-access-events} listener on a real Keycloak: sign-ins and admin changes become
 * findings with their reasons through the findings API, the webhook gets signed CloudEvents, and
 * neither a dead webhook receiver nor a stuck scorer costs a login.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class EventListenerIT extends AbstractSharingIT {

    @BeforeEach
    void enableListener() {
        enableAnomalyListener();
    }

    @Test
    void passwordSprayFromOneSourceBecomesAFindingWithItsReasons() {
        for (int i = 0; i < 30; i++) {
            assertEquals(400, failedLogin("spray-victim-" + i, "192.0.2.9", "spray-bot/1.0").statusCode());
        }
        // The listener's queue is drained in the background: the finding is raised after a few attempts and
        // updated by the later ones, so wait until an update has landed before reading every finding.
        JsonNode finding = awaitFinding("detection=password_spray",
                f -> f.toString().contains("192.0.2.") && f.get("eventCount").asInt() > 1);
        assertTrue(List.of("MEDIUM", "HIGH", "CRITICAL").contains(finding.get("severity").asText()), finding.toString());
        JsonNode top = finding.get("reasons").get(0);
        assertEquals("PASSWORD_SPRAY", top.get("detection").asText());
        assertFalse(top.get("text").asText().isBlank(), "a reason a person can read");
        assertTrue(top.get("evidence").toString().contains("192.0.2."), "the evidence names the source: " + top);
        assertTrue(finding.get("coveredEvents").size() > 1, "a spray covers the attempts that built up to it");
        Map<String, Integer> findingsPerSource = new java.util.HashMap<>();
        for (JsonNode each : Oidc.json(findingsCall("GET", "?detection=password_spray", adminToken(), null).body())) {
            String source = each.get("reasons").get(0).get("evidence").path("source").asText();
            if (source.startsWith("192.0.2.")) {
                findingsPerSource.merge(source, 1, Integer::sum);
                assertTrue(each.get("eventCount").asInt() > 1, "later attempts update the finding: " + each);
            }
        }
        assertFalse(findingsPerSource.isEmpty());
        findingsPerSource.forEach((source, count) -> assertEquals(1, count, "one spray from " + source
                + " is one finding, however many attempts"));
        assertFalse(finding.get("modelVersion").asText().isBlank());
        assertFalse(ServerLog.linesContaining("anomaly finding", finding.get("id").asText()).isEmpty(),
                "findings are written to the log");
    }

    /**
     * Credential stuffing: one guess per username, each from another network with another browser, so no
     * source, account or spike stands out. The realm gets one campaign finding that names no user, not one
     * per guess.
     */
    @Test
    void aFailureOnlyCampaignIsOneRealmLevelFinding() {
        // another class's guesses may have started this realm's campaign already: these then belong to it
        int before = campaignFindings();
        for (int i = 0; i < 60; i++) {
            assertEquals(400, failedLogin("stuffed-" + i, "198.18." + i + ".7",
                    "Mozilla/5.0 (X11; Linux x86_64; rv:" + (100 + i) + ".0) Gecko/20100101 Firefox/" + (100 + i) + ".0")
                    .statusCode());
        }
        JsonNode finding = awaitFinding("detection=credential_campaign", f -> true);
        assertFalse(finding.hasNonNull("userId"), "a realm-level finding: " + finding);
        assertFalse(finding.hasNonNull("username"), finding.toString());
        JsonNode top = finding.get("reasons").get(0);
        assertEquals("CREDENTIAL_CAMPAIGN", top.get("detection").asText());
        assertTrue(top.get("evidence").path("unfamiliarFailures").asInt() >= 20, top.toString());
        sleep(3_000); // findings are written at most a second after their event: later guesses had their chance
        int after = campaignFindings();
        assertTrue(after - before <= 1, "one campaign, at most one new finding: " + before + " before, " + after);
    }

    private int campaignFindings() {
        return Oidc.json(findingsCall("GET", "?detection=credential_campaign", adminToken(), null).body()).size();
    }

    /** A user-manager adds itself to a group that carries realm-admin: a self-granted escalation. */
    @Test
    void joiningAnAdminGroupYourselfBecomesAFinding() {
        String mallory = createOrganizationUser("ev-mallory");
        grantRealmManagement(organization, mallory, "manage-users", "view-users");
        String groupId = organizationGroupWithRealmManagement("Realm Admins", "realm-admin");

        String token = adminCliToken(organization, "ev-mallory");
        HttpResponse<String> joined = send(HttpRequest.newBuilder(URI.create(urls.getBase() + "/admin/realms/"
                + organization.getName() + "/users/" + mallory + "/groups/" + groupId))
                .header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, joined.statusCode(), joined.body());

        JsonNode finding = awaitFinding("detection=privilege_escalation", f -> f.toString().contains("Realm Admins"));
        JsonNode top = finding.get("reasons").get(0);
        assertEquals("PRIVILEGE_ESCALATION", top.get("detection").asText());
        assertTrue(top.get("text").asText().contains("themselves"), top.toString());
        assertTrue(List.of("HIGH", "CRITICAL").contains(finding.get("severity").asText()), finding.toString());
    }

    /**
     * A realm admin maps itself a realm role whose composites carry realm-admin: the role's own name is on no list,
     * what it carries is. Judged by name alone, this raised nothing.
     */
    @Test
    void mappingYourselfACompositeThatCarriesRealmAdminBecomesAFinding() {
        String mia = createOrganizationUser("mia-composite");
        grantRealmManagement(organization, mia, "realm-admin");
        RoleRepresentation superuser = realmRole("ops-superuser-composite");
        organization.admin().roles().get(superuser.getName()).addComposites(realmManagementRoles(organization,
                "realm-admin"));
        String token = adminCliToken(organization, "mia-composite");
        HttpResponse<String> mapped = send(HttpRequest.newBuilder(URI.create(urls.getBase() + "/admin/realms/"
                + organization.getName() + "/users/" + mia + "/role-mappings/realm"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[{\"id\":\"" + superuser.getId() + "\",\"name\":\""
                        + superuser.getName() + "\"}]")));
        assertEquals(204, mapped.statusCode(), mapped.body());

        JsonNode finding = awaitFinding("detection=privilege_escalation",
                f -> f.toString().contains("ops-superuser-composite"));
        assertTrue(finding.get("reasons").get(0).get("text").asText().contains("themselves"), finding.toString());
    }

    /**
     * In the server's admin realm a realm's admin roles are roles of the client {@code <realm>-realm}: an admin of the
     * server giving itself one of them is a self-granted escalation there, as a realm-management role is elsewhere:
     * mapped directly, and through a group that carries it.
     */
    @Test
    void anAdminOfTheServerGivingItselfARealmsAdminRoleIsAFindingInTheAdminRealm() {
        var master = admin.realm("master");
        RealmRepresentation before = master.toRepresentation();
        List<String> created = new ArrayList<>();
        String group = null;
        try {
            RealmRepresentation watched = master.toRepresentation();
            List<String> listeners = new ArrayList<>(watched.getEventsListeners());
            listeners.add("runtime-access-events");
            watched.setEventsListeners(listeners);
            watched.setAdminEventsEnabled(true);
            watched.setAdminEventsDetailsEnabled(true);
            master.update(watched);
            String clientId = master.clients().findByClientId(organization.getName() + "-realm").get(0).getId();
            RoleRepresentation impersonation = master.clients().get(clientId).roles().get("impersonation")
                    .toRepresentation();
            String mapping = "[{\"id\":\"" + impersonation.getId() + "\",\"name\":\"impersonation\"}]";

            String ops = masterAdmin(master, "master-ops", created);
            assertEquals(204, asMasterAdmin("master-ops", "POST", "/users/" + ops + "/role-mappings/clients/" + clientId,
                    mapping).statusCode());
            assertTrue(awaitMasterFinding(ops, "impersonation").get("reasons").get(0).get("text").asText()
                    .contains("themselves"));

            GroupRepresentation managers = new GroupRepresentation();
            managers.setName("Master Org Managers");
            master.groups().add(managers).close();
            group = master.groups().groups("Master Org Managers", 0, 5).get(0).getId();
            master.groups().group(group).roles().clientLevel(clientId).add(List.of(impersonation));
            String joiner = masterAdmin(master, "master-ops-joiner", created);
            assertEquals(204, asMasterAdmin("master-ops-joiner", "PUT", "/users/" + joiner + "/groups/" + group, null)
                    .statusCode());
            awaitMasterFinding(joiner, "Master Org Managers");
        } finally {
            created.forEach(id -> master.users().get(id).remove());
            if (group != null) {
                master.groups().group(group).remove();
            }
            RealmRepresentation restored = master.toRepresentation();
            restored.setEventsListeners(before.getEventsListeners());
            restored.setAdminEventsEnabled(before.isAdminEventsEnabled());
            restored.setAdminEventsDetailsEnabled(before.isAdminEventsDetailsEnabled());
            master.update(restored);
        }
    }

    /** A new user of the master realm holding its admin role; its id, remembered for removal. */
    private static String masterAdmin(org.keycloak.admin.client.resource.RealmResource master, String username,
            List<String> created) {
        master.users().create(userWithPassword(username, "master.example", "Ops")).close();
        String id = master.users().searchByUsername(username, true).get(0).getId();
        created.add(id);
        master.users().get(id).roles().realmLevel().add(List.of(master.roles().get("admin").toRepresentation()));
        return id;
    }

    /** A call to the master realm's admin API as {@code username}, signed in with its password through admin-cli. */
    private HttpResponse<String> asMasterAdmin(String username, String method, String path, String body) {
        String token = new Oidc(urls.getBase(), "master").tokenRequest(Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", username, "password", username)).get("access_token").asText();
        return send(HttpRequest.newBuilder(URI.create(urls.getBase() + "/admin/realms/master" + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The master realm's privilege-escalation finding about {@code userId} that mentions {@code text}. */
    private JsonNode awaitMasterFinding(String userId, String text) {
        for (long deadline = System.nanoTime() + FINDING_WAIT.toNanos(); System.nanoTime() < deadline; sleep(250)) {
            HttpResponse<String> findings = send(HttpRequest.newBuilder(URI.create(urls.getBase()
                    + "/admin/realms/master/anomaly-findings?detection=privilege_escalation"))
                    .header("Authorization", "Bearer " + adminToken()).GET());
            for (JsonNode finding : Oidc.json(findings.body())) {
                if (finding.toString().contains(text) && userId.equals(finding.path("userId").asText())) {
                    return finding;
                }
            }
        }
        throw new AssertionError("no privilege-escalation finding in the master realm about " + userId + " naming "
                + text);
    }

    @Test
    void findingsApiChecksRolesRealmAndInput() {
        createOrganizationUser("quinn");
        String endUser = org.passwordLogin("quinn", "quinn").get("access_token").asText();
        String otherRealmAdmin = customerRealmAdminToken("customer-events-admin", "view-events", "manage-events");
        // admins of this realm with the wrong role: findings are events' business; changes need manage-events
        String usersAdmin = organizationAdminToken("findings-users-admin", "view-users", "manage-users");
        String eventsViewer = organizationAdminToken("findings-events-viewer", "view-events");
        String[][] endpoints = {{"GET", ""}, {"GET", "/x"}, {"POST", "/x/acknowledge"}, {"POST", "/x/dismiss"},
            {"GET", "/settings"}, {"PUT", "/settings"}};
        for (String[] endpoint : endpoints) {
            String what = endpoint[0] + " anomaly-findings" + endpoint[1];
            assertEquals(401, findingsCall(endpoint[0], endpoint[1], null, "{}").statusCode(), what + " without a token");
            assertEquals(403, findingsCall(endpoint[0], endpoint[1], endUser, "{}").statusCode(), what + " as an end user");
            assertEquals(403, findingsCall(endpoint[0], endpoint[1], otherRealmAdmin, "{}").statusCode(),
                    what + " as an admin of another realm");
            assertEquals(403, findingsCall(endpoint[0], endpoint[1], usersAdmin, "{}").statusCode(),
                    what + " as a users admin");
            if (!endpoint[0].equals("GET")) {
                assertEquals(403, findingsCall(endpoint[0], endpoint[1], eventsViewer, "{}").statusCode(),
                        what + " as a view-events admin");
            }
        }
        assertBadRequest(findingsCall("GET", "?severity=bogus", adminToken(), null), "severity");
        assertBadRequest(findingsCall("GET", "?severity=none", adminToken(), null), "severity");
        assertBadRequest(findingsCall("GET", "?from=yesterday", adminToken(), null), "from");
        assertBadRequest(findingsCall("GET", "?from=%2B300000000-01-01T00:00:00Z", adminToken(), null), "from");
        assertBadRequest(findingsCall("GET", "?max=0", adminToken(), null), "max");
        assertBadRequest(findingsCall("PUT", "/settings", adminToken(), "{\"webhookUrl\":\"ftp://x\"}"), "webhookUrl");
        assertBadRequest(findingsCall("PUT", "/settings", adminToken(), "{\"responses\":{\"HIGH\":\"explode\"}}"),
                "responses.HIGH");
        assertEquals(404, findingsCall("GET", "/no-such-finding", adminToken(), null).statusCode());
    }

    @Test
    void acknowledgeAndDismissAreRecordedAsAdminEvents() {
        for (int i = 0; i < 30; i++) {
            failedLogin("dismiss-victim-" + i, "100.64.7.77", "spray-bot/2.0");
        }
        JsonNode finding = awaitFinding("detection=password_spray", f -> f.toString().contains("100.64.7."));
        String id = finding.get("id").asText();
        HttpResponse<String> acknowledged = findingsCall("POST", "/" + id + "/acknowledge", adminToken(), "");
        assertEquals(200, acknowledged.statusCode(), acknowledged.body());
        JsonNode confirmed = Oidc.json(acknowledged.body());
        assertEquals("acknowledged", confirmed.get("status").asText());
        assertEquals(masterUser(confirmed.get("statusBy").asText()).getUsername(),
                confirmed.get("statusByUsername").asText(), "the master realm's admin, by username");
        HttpResponse<String> dismissed = findingsCall("POST", "/" + id + "/dismiss", adminToken(), "");
        assertEquals("dismissed", Oidc.json(dismissed.body()).get("status").asText());
        assertEquals("dismissed", Oidc.json(findingsCall("GET", "/" + id, adminToken(), null).body())
                .get("status").asText());
        // a second dismissal would teach the scorer twice, acknowledging would overwrite who dismissed it
        for (String again : new String[] {"/dismiss", "/acknowledge"}) {
            HttpResponse<String> refused = findingsCall("POST", "/" + id + again, adminToken(), "");
            assertEquals(409, refused.statusCode(), refused.body());
            assertEquals("status", Oidc.json(refused.body()).get("field").asText());
        }
        assertEquals("dismissed", Oidc.json(findingsCall("GET", "/" + id, adminToken(), null).body())
                .get("status").asText());
        List<String> paths = organization.admin().getAdminEvents(List.of("ACTION"), null, null, null, null, null, null,
                null, 0, 100).stream().map(AdminEventRepresentation::getResourcePath).filter(Objects::nonNull).toList();
        assertTrue(paths.stream().anyMatch(path -> path.contains(id + "/acknowledge")), "the acknowledgement is an"
                + " admin event: " + paths);
        assertTrue(paths.stream().anyMatch(path -> path.contains(id + "/dismiss")), "the dismissal is an admin event: "
                + paths);
    }

    /**
     * Two dismissals at the same moment: the finding's row is locked for the change, so the second sees the first's
     * and is refused; the scorer learns the false positive once. The row is held until both requests wait for it.
     */
    @Test
    void twoDismissalsAtOnceDismissOnce() throws Exception {
        for (int i = 0; i < 30; i++) {
            failedLogin("race-victim-" + i, "100.64.6.99", "race-bot/1.0");
        }
        // an address of its own and an open finding: another class's spray may be dismissed and still newer
        String id = awaitFinding("detection=password_spray", f -> f.toString().contains("100.64.6.")
                && "open".equals(f.path("status").asText())).get("id").asText();
        String token = adminToken();
        List<Integer> statuses = new ArrayList<>();
        try (Connection held = TestDatabase.holdingRow("RA_FINDING", "ID", id)) {
            assumeTrue(held != null, "needs a database the test can reach");
            List<CompletableFuture<HttpResponse<String>>> dismissals = List.of(
                    CompletableFuture.supplyAsync(() -> findingsCall("POST", "/" + id + "/dismiss", token, "")),
                    CompletableFuture.supplyAsync(() -> findingsCall("POST", "/" + id + "/dismiss", token, "")));
            TestDatabase.awaitLockWaiters(2);
            held.commit();
            dismissals.forEach(dismissal -> statuses.add(dismissal.join().statusCode()));
        }
        statuses.sort(Integer::compare);
        assertEquals(List.of(200, 409), statuses, "one dismissal, the other refused by the status it set");
        assertEquals("dismissed", Oidc.json(findingsCall("GET", "/" + id, adminToken(), null).body())
                .get("status").asText());
        assertEquals(1, organization.admin().getAdminEvents(List.of("ACTION"), null, null, null, null, null, null,
                null, 0, 1000).stream().filter(e -> e.getResourcePath() != null
                        && e.getResourcePath().endsWith(id + "/dismiss")).count(), "one dismissal recorded");
    }

    @Test
    void webhookGetsSignedCloudEventsAndADeadReceiverCostsNoLogin() throws Exception {
        List<String[]> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/findings", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                received.add(new String[] {new String(body.readAllBytes(), StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst("X-Runtime-Access-Signature")});
            }
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String settings = "{\"webhookUrl\":\"http://127.0.0.1:" + receiver.getAddress().getPort()
                    + "/findings\",\"webhookSecret\":\"hook-secret\"}";
            HttpResponse<String> saved = findingsCall("PUT", "/settings", adminToken(), settings);
            assertEquals(200, saved.statusCode(), saved.body());
            assertTrue(saved.body().contains("\"webhookSecretSet\":true") && !saved.body().contains("hook-secret"),
                    "the secret is never shown: " + saved.body());
            for (int i = 0; i < 30; i++) {
                failedLogin("webhook-victim-" + i, "100.64.8.150", "spray-bot/3.0");
            }
            awaitTrue(() -> !received.isEmpty(), "the receiver gets the finding");
            JsonNode event = Oidc.json(received.get(0)[0]);
            assertEquals("1.0", event.get("specversion").asText());
            assertEquals("io.runtimeaccess.finding.raised", event.get("type").asText());
            assertEquals("sha256=" + hmac("hook-secret", received.get(0)[0]), received.get(0)[1]);
        } finally {
            receiver.stop(0);
        }
        // Eight new sprays (eight findings) while the receiver is down, more than the outbox's 5 places.
        // The gauge sums every realm's outbox; other realms (a blackholed receiver in another test class)
        // get no new findings while this test runs, so what waits now is the most they can add.
        double waitingBefore = metric("runtime_access_webhook_outbox_depth");
        // the gauge is the server's: other classes' dead receivers add to it, so only this test's rise counts
        double droppedBefore = metric("runtime_access_webhook_dropped");
        long slowest = 0;
        for (int source = 1; source <= 8; source++) {
            for (int i = 0; i < 12; i++) {
                long start = System.nanoTime();
                assertEquals(400, failedLogin("dead-hook-victim-" + source + "-" + i, "10.20." + source + ".1",
                        "spray-bot/4." + source).statusCode());
                slowest = Math.max(slowest, Duration.ofNanos(System.nanoTime() - start).toMillis());
            }
        }
        awaitTrue(() -> metric("runtime_access_webhook_dropped") > droppedBefore,
                "the outbox drops the oldest when full: eight findings into one in flight and five waiting");
        double waiting = metric("runtime_access_webhook_outbox_depth");
        assertTrue(waiting <= 5 + waitingBefore, "this realm's outbox stays within its capacity of 5: " + waiting
                + " waiting in all realms, " + waitingBefore + " before the sprays");
        assertTrue(slowest < 2000, "a dead receiver costs no login; slowest took " + slowest + " ms");
        findingsCall("PUT", "/settings", adminToken(), "{\"webhookUrl\":\"\",\"webhookSecret\":\"\"}");
    }

    /** The worker is stuck (its findings table is locked); logins go on, and the full queue drops and counts. */
    @Test
    void aFullQueueDropsAndCountsWhileLoginsGoOn() throws Exception {
        Assumptions.assumeTrue("postgres".equals(TestDatabase.vendor()), "locks a PostgreSQL table directly");
        double droppedBefore = metric("runtime_access_events_dropped_total");
        double receivedBefore = metric("runtime_access_events_received_total");
        try (Connection lock = TestDatabase.postgres()) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.execute("LOCK TABLE ra_finding IN ACCESS EXCLUSIVE MODE");
            }
            ExecutorService clients = Executors.newFixedThreadPool(8);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 160; i++) {
                String username = "queue-victim-" + i;
                answers.add(clients.submit(() -> failedLogin(username, "203.0.113.200", "spray-bot/5.0").statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(400, answer.get().intValue(), "every login is answered while scoring is stuck");
            }
            clients.shutdown();
            assertTrue(metric("runtime_access_events_dropped_total") > droppedBefore,
                    "a full queue drops events and counts them");
            assertTrue(metric("runtime_access_events_queue_depth") <= 50, "the queue stays within its capacity");
            lock.rollback();
        }
        assertTrue(metric("runtime_access_events_received_total") >= receivedBefore + 160,
                "every failed login was received, the dropped ones too");
    }

    /**
     * An event changes the realm's learned state, and the changed state reaches the database within the save
     * interval (the row exists already from earlier sign-ins, so the test waits for a new snapshot, not for a row).
     * That a saved state is read back after a restart is {@code ClusterIT}'s and the snapshot tests'.
     */
    @Test
    void learnedStateIsSavedAfterAnEvent() throws Exception {
        Assumptions.assumeTrue("postgres".equals(TestDatabase.vendor()), "reads PostgreSQL directly");
        String realmId = organization.admin().toRepresentation().getId();
        String before = savedState(realmId);
        assertEquals(400, failedLogin("state-probe", "198.51.100.20", "Mozilla/5.0").statusCode());
        awaitTrue(() -> {
            String now = savedState(realmId);
            return now != null && !now.equals(before);
        }, "the realm's changed learned state is saved every 2 s");
    }

    /** The realm's saved scorer state as "saved-at digest", or null before the first save. */
    private static String savedState(String realmId) {
        try (Connection connection = TestDatabase.postgres(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select saved_at, md5(snapshot) from ra_scorer_state"
                        + " where realm_id = '" + realmId + "'")) {
            return rows.next() ? rows.getLong(1) + " " + rows.getString(2) : null;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mail outbox's meters are on the management endpoint beside the pipeline's, one series each, no realm tag. */
    @Test
    void mailOutboxMetersAreScrapedWithoutRealmOrUserTags() {
        HttpResponse<String> scraped = send(HttpRequest.newBuilder(URI.create("http://localhost:9000/metrics"))
                .timeout(Duration.ofSeconds(30)).GET());
        assertEquals(200, scraped.statusCode());
        for (String name : List.of("runtime_access_mail_queued", "runtime_access_mail_sent_total",
                "runtime_access_mail_skipped_total", "runtime_access_mail_failed_total",
                "runtime_access_mail_dropped_total")) {
            List<String> series = scraped.body().lines().filter(line -> line.startsWith(name + " ")
                    || line.startsWith(name + "{")).toList();
            assertEquals(1, series.size(), name + ": " + series);
            assertFalse(series.get(0).contains("realm") || series.get(0).contains("user"), series.get(0));
        }
    }

    private static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
