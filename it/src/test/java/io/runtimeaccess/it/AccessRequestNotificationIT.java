package io.runtimeaccess.it;

import static io.runtimeaccess.it.Mails.addresses;
import static io.runtimeaccess.it.Mails.html;
import static io.runtimeaccess.it.Mails.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;

/**
 * Who is told about access requests, on a real Keycloak: the organization realm's SMTP server is GreenMail (Keycloak's
 * test framework's {@link MailServer}, started here on localhost:3025 because the shared realm is imported once for
 * every class, before a mail-server injection could configure it), and its findings webhook is a receiver in this test.
 * The mails go through Keycloak's own email sender in each recipient's locale; every state change is a CloudEvent. A
 * blackholed SMTP server slows no request. Every name here starts with "jitn"; the realm's settings are put back.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessRequestNotificationIT extends AbstractAccessRequestIT {

    private static final String SECRET = "jitn-hook-secret";

    private MailServer mail;
    private HttpServer receiver;
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final List<String> signatures = new CopyOnWriteArrayList<>();
    private RealmRepresentation before;

    @BeforeEach
    void mailAndWebhook() throws Exception {
        mail = new MailServer("localhost", 3025);
        before = organization.admin().toRepresentation();
        RealmRepresentation realm = organization.admin().toRepresentation();
        realm.setSmtpServer(Map.of("host", "localhost", "port", "3025", "from", "access@organization.example"));
        realm.setInternationalizationEnabled(true);
        realm.setSupportedLocales(java.util.Set.of("en", "de"));
        realm.setDefaultLocale("en");
        organization.admin().update(realm);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/workflow", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                String json = new String(body.readAllBytes(), StandardCharsets.UTF_8);
                JsonNode event = Oidc.json(json);
                if (event.get("type").asText().startsWith("io.runtimeaccess.request.")) {
                    events.add(event);
                    signatures.add(exchange.getRequestHeaders().getFirst("X-Runtime-Access-Signature") + " " + json);
                }
            }
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        receiver.start();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/workflow";
        HttpResponse<String> saved = findingsCall("PUT", "/settings", adminToken(), "{\"webhookUrl\":\"" + url
                + "\",\"webhookSecret\":\"" + SECRET + "\"}");
        assertEquals(200, saved.statusCode(), saved.body());
    }

    /** Runs before the shared clean-up of requests and items ({@link AbstractAccessRequestIT}). */
    @AfterEach
    void putBack() {
        try {
            findingsCall("PUT", "/settings", adminToken(), "{\"webhookUrl\":\"\",\"webhookSecret\":\"\"}");
            RealmRepresentation realm = organization.admin().toRepresentation();
            realm.setSmtpServer(before.getSmtpServer() == null ? Map.of() : before.getSmtpServer());
            // null in a representation means "unchanged": put back what the realm had, off and none by default.
            realm.setInternationalizationEnabled(Boolean.TRUE.equals(before.isInternationalizationEnabled()));
            realm.setSupportedLocales(before.getSupportedLocales() == null ? java.util.Set.of()
                    : before.getSupportedLocales());
            realm.setDefaultLocale(before.getDefaultLocale());
            organization.admin().update(realm);
        } finally {
            receiver.stop(0);
            mail.stop();
        }
    }

    @Test
    @Order(1)
    void approversAndRequesterAreToldInTheirLocaleAndEveryChangeIsACloudEvent() throws Exception {
        String solution = solution("JITN Payments", "jitn-operator");
        createOrganizationUser("jitn-amy");
        createUser("jitn-bo", "jitn-bo@organization.example", "de");
        createUser("jitn-nomail", null, null);
        String off = createUser("jitn-off", "jitn-off@organization.example", null);
        String ray = createOrganizationUser("jitn-ray");
        String item = item("{\"kind\":\"runtime-role\",\"solutionId\":\"" + solution + "\",\"role\":\"jitn-operator\","
                + "\"approvers\":{\"type\":\"users\",\"values\":[\"jitn-amy\",\"jitn-bo\",\"jitn-nomail\","
                + "\"jitn-off\"]}}");
        UserRepresentation disabled = organization.admin().users().get(off).toRepresentation();
        disabled.setEnabled(false);
        organization.admin().users().get(off).update(disabled);
        String rayToken = token("jitn-ray");

        long start = System.nanoTime();
        String first = create(rayToken, item, "PT4S", "month-end close", "OPS-7");
        long createMillis = (System.nanoTime() - start) / 1_000_000;
        Map<String, MimeMessage> created = received(2);
        assertEquals(java.util.Set.of("jitn-amy@organization.example", "jitn-bo@organization.example"),
                created.keySet(), "the enabled approvers with an address, never the requester; the one without an "
                        + "address and the disabled one are skipped");
        MimeMessage toAmy = created.get("jitn-amy@organization.example");
        assertEquals("Access request: jitn-ray Runtime (jitn-ray) asks for jitn-operator", toAmy.getSubject());
        String amyText = text(toAmy);
        assertTrue(amyText.contains("jitn-ray Runtime (jitn-ray) asks for runtime role jitn-operator of solution "
                + "JITN Payments for 4s."), amyText);
        assertTrue(amyText.contains("Justification: month-end close"), amyText);
        assertTrue(amyText.contains("Ticket: OPS-7"), amyText);
        MimeMessage toBo = created.get("jitn-bo@organization.example");
        assertEquals("Zugriffsantrag: jitn-ray Runtime (jitn-ray) beantragt jitn-operator", toBo.getSubject());
        assertTrue(text(toBo).contains("beantragt Laufzeitrolle jitn-operator der Lösung JITN Payments"), text(toBo));
        assertTrue(text(toBo).contains("Begründung: month-end close"), text(toBo));
        assertEquals(List.of("access@organization.example"), addresses(toAmy.getFrom()), "the realm's sender");

        approve(token("jitn-amy"), first, "ok for <tonight> & tomorrow");
        Map<String, MimeMessage> approved = received(2);
        MimeMessage toRay = approved.get("jitn-ray@organization.example");
        assertEquals("Access granted: jitn-operator", toRay.getSubject());
        assertTrue(text(toRay).contains("Your request for runtime role jitn-operator of solution JITN Payments was "
                + "approved by jitn-amy."), text(toRay));
        assertTrue(text(toRay).contains("Comment: ok for <tonight> & tomorrow"), "plain text is not escaped: "
                + text(toRay));
        assertTrue(html(toRay).contains("ok for &lt;tonight&gt; &amp; tomorrow"), "HTML is escaped: " + html(toRay));
        assertEquals("Zugriffsantrag genehmigt: jitn-ray Runtime (jitn-ray) für jitn-operator",
                approved.get("jitn-bo@organization.example").getSubject(), "the approver who did not decide");

        Map<String, MimeMessage> expired = received(1);
        assertEquals("Access ended: jitn-operator", expired.get("jitn-ray@organization.example").getSubject());

        String second = create(rayToken, item, "PT4S", null, null);
        received(2);
        reject(token("jitn-bo"), second, "nicht heute");
        Map<String, MimeMessage> rejected = received(2);
        assertEquals("Access request rejected: jitn-operator",
                rejected.get("jitn-ray@organization.example").getSubject());
        assertTrue(text(rejected.get("jitn-ray@organization.example")).contains("Comment: nicht heute"));
        assertEquals("Access request rejected: jitn-ray Runtime (jitn-ray) for jitn-operator",
                rejected.get("jitn-amy@organization.example").getSubject());

        String third = create(rayToken, item, "PT4S", null, null);
        received(2);
        cancel(rayToken, third);
        Map<String, MimeMessage> cancelled = received(3);
        assertTrue(text(cancelled.get("jitn-ray@organization.example")).contains("You cancelled your request for"));
        assertEquals("Zugriffsantrag zurückgezogen: jitn-operator",
                cancelled.get("jitn-bo@organization.example").getSubject());

        awaitTrue(() -> events.size() >= 7, "the webhook gets every state change: " + types());
        assertEquals(List.of(first + " io.runtimeaccess.request.created", first + " io.runtimeaccess.request.approved",
                first + " io.runtimeaccess.request.expired", second + " io.runtimeaccess.request.created",
                second + " io.runtimeaccess.request.rejected", third + " io.runtimeaccess.request.created",
                third + " io.runtimeaccess.request.cancelled"), types());
        for (JsonNode event : events) {
            assertEquals("1.0", event.get("specversion").asText());
            assertEquals("/realms/" + organization.getName() + "/runtime-access/requests",
                    event.get("source").asText());
            assertEquals(event.get("subject").asText(), event.get("data").get("id").asText());
            assertEquals(ray, event.get("data").get("requesterId").asText());
        }
        for (String signed : signatures) {
            String[] parts = signed.split(" ", 2);
            assertEquals("sha256=" + hmac(parts[1]), parts[0], "signed with the realm's secret");
        }
        assertFalse(signatures.stream().anyMatch(s -> s.contains("access_token") || s.contains(SECRET)));
        assertEquals(0, mail.getReceivedMessages().length, "no other mail");
        System.out.println("AccessRequestNotificationIT: creating a request with 3 approvers to tell took "
                + createMillis + " ms");
    }

    /**
     * A webhook secret given as a vault reference signs with the vault's secret, read at each delivery; the table
     * holds only the reference. A reference the vault does not hold signs nothing.
     */
    @Test
    @Order(3)
    void aVaultReferenceSignsWithTheVaultsSecret() throws Exception {
        String vaultSecret = "jitn-vault-" + java.util.UUID.randomUUID();
        java.nio.file.Files.writeString(RuntimeAccessServerConfig.vaultDirectory()
                .resolve(organization.getName().replace("_", "__") + "_jitn-hook"), vaultSecret);
        HttpResponse<String> saved = findingsCall("PUT", "/settings", adminToken(),
                "{\"webhookSecret\":\"${vault.jitn-hook}\"}");
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(Oidc.json(saved.body()).get("webhookSecretSet").asBoolean());
        String solution = solution("JITN Vault", "jitn-vault-role");
        createOrganizationUser("jitn-vault-amy");
        createOrganizationUser("jitn-vault-ray");
        String item = item("{\"kind\":\"runtime-role\",\"solutionId\":\"" + solution + "\",\"role\":"
                + "\"jitn-vault-role\",\"approvers\":{\"type\":\"users\",\"values\":[\"jitn-vault-amy\"]}}");
        String rayToken = token("jitn-vault-ray");
        create(rayToken, item, "PT1H", null, null);
        awaitTrue(() -> signatures.size() >= 1, "the creation is posted");
        String[] signed = signatures.get(0).split(" ", 2);
        assertEquals("sha256=" + hmac(vaultSecret, signed[1]), signed[0], "signed with the vault's secret");

        assertEquals(200, findingsCall("PUT", "/settings", adminToken(),
                "{\"webhookSecret\":\"${vault.jitn-not-there}\"}").statusCode());
        String other = solution("JITN Vault Two", "jitn-vault-two");
        create(rayToken, item("{\"kind\":\"runtime-role\",\"solutionId\":\"" + other + "\",\"role\":"
                + "\"jitn-vault-two\",\"approvers\":{\"type\":\"users\",\"values\":[\"jitn-vault-amy\"]}}"),
                "PT1H", null, null);
        awaitTrue(() -> signatures.size() >= 2, "the second creation is posted");
        assertTrue(signatures.get(1).startsWith("null "), "a reference the vault does not hold signs nothing");
    }

    @Test
    @Order(2)
    void aBlackholedSmtpServerSlowsNoRequest() throws Exception {
        try (ServerSocket blackhole = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            RealmRepresentation realm = organization.admin().toRepresentation();
            // It accepts connections (the kernel does) and never greets; Keycloak's sender gives up after 1 s.
            realm.setSmtpServer(Map.of("host", "127.0.0.1", "port", String.valueOf(blackhole.getLocalPort()), "from",
                    "access@organization.example", "timeout", "1000", "connectionTimeout", "1000"));
            organization.admin().update(realm);
            String solution = solution("JITN Hole", "jitn-hole-a", "jitn-hole-b");
            createOrganizationUser("jitn-hole-approver");
            createOrganizationUser("jitn-hole-ray");
            String rayToken = token("jitn-hole-ray");
            long slowest = 0;
            for (String role : List.of("jitn-hole-a", "jitn-hole-b")) {
                String item = item("{\"kind\":\"runtime-role\",\"solutionId\":\"" + solution + "\",\"role\":\"" + role
                        + "\",\"approvers\":{\"type\":\"users\",\"values\":[\"jitn-hole-approver\"]}}");
                long start = System.nanoTime();
                String request = create(rayToken, item, "PT4S", null, null);
                slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
                cancel(rayToken, request);
            }
            assertTrue(slowest < 2000, "an SMTP server that never answers costs no request; slowest " + slowest
                    + " ms");
            awaitTrue(() -> !ServerLog.linesContaining("runtime-access-request-created.ftl", "was not sent").isEmpty(),
                    "the failed mail is logged");
            String logged = String.join("\n", ServerLog.linesContaining("was not sent"));
            assertFalse(logged.contains("@organization.example"), "the log names the user id, not the address: "
                    + logged);
            System.out.println("AccessRequestNotificationIT: with a blackholed SMTP server the slowest request took "
                    + slowest + " ms; logged: " + logged);
        }
    }

    /** The mails so far, by recipient; then the server forgets them, so the next count starts afresh. */
    /**
     * A manager attribute users can edit on themselves names whoever the requester wrote there: nobody is told (nobody
     * may approve either, see {@code AccessRequestApprovalIT}).
     */
    @Test
    @Order(4)
    void aManagerAttributeUsersCanEditTellsNobody() throws Exception {
        String solution = solution("JITN Manager", "jitn-mgr-role", "jitn-mgr-next");
        createUser("jitn-mgr-boss", "jitn-mgr-boss@organization.example", null);
        setManager(createOrganizationUser("jitn-mgr-una"), "jitn-mgr-boss");
        String managed = item("{\"kind\":\"runtime-role\",\"solutionId\":\"" + solution + "\",\"role\":"
                + "\"jitn-mgr-role\",\"approvers\":{\"type\":\"manager\"}}");
        String listed = item("{\"kind\":\"runtime-role\",\"solutionId\":\"" + solution + "\",\"role\":"
                + "\"jitn-mgr-next\",\"approvers\":{\"type\":\"users\",\"values\":[\"jitn-mgr-boss\"]}}");
        String una = token("jitn-mgr-una");
        UPConfig profile = organization.admin().users().userProfile().getConfiguration();
        UPConfig.UnmanagedAttributePolicy policy = profile.getUnmanagedAttributePolicy();
        profile.setUnmanagedAttributePolicy(UPConfig.UnmanagedAttributePolicy.ENABLED);
        organization.admin().users().userProfile().update(profile);
        try {
            create(una, managed, "PT1H", null, null);
            create(una, listed, "PT1H", null, null);
            // one sender, in order: a mail about the first request would have come first
            Map<String, MimeMessage> told = received(1);
            MimeMessage toBoss = told.get("jitn-mgr-boss@organization.example");
            assertTrue(toBoss != null && toBoss.getSubject().endsWith("jitn-mgr-next"), told.keySet().toString());
        } finally {
            profile.setUnmanagedAttributePolicy(policy);
            organization.admin().users().userProfile().update(profile);
        }
    }

    private Map<String, MimeMessage> received(int count) throws Exception {
        Map<String, MimeMessage> byRecipient = Mails.received(mail, count);
        mail.runCleanup();
        return byRecipient;
    }

    private static String hmac(String body) throws Exception {
        return hmac(SECRET, body);
    }

    private static String hmac(String secret, String body) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private List<String> types() {
        return events.stream().map(e -> e.get("subject").asText() + " " + e.get("type").asText())
                .collect(Collectors.toList());
    }

    private String createUser(String username, String email, String locale) {
        UserRepresentation user = userWithPassword(username, "organization.example", "Runtime");
        user.setEmail(email);
        if (locale != null) {
            user.setAttributes(Map.of("locale", List.of(locale)));
        }
        try (Response response = organization.admin().users().create(user)) {
            assertEquals(201, response.getStatus(), username);
        }
        return organization.admin().users().searchByUsername(username, true).get(0).getId();
    }

    private void reject(String token, String request, String comment) {
        HttpResponse<String> rejected = user(token, "POST", request + "/reject", "{\"comment\":\"" + comment + "\"}");
        assertEquals(200, rejected.statusCode(), rejected.body());
    }
}
