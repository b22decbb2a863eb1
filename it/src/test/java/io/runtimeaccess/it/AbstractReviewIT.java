package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.mail.MailServer;

/**
 * What the access-review ITs share: the realm's SMTP server is GreenMail on localhost:3025 for each test (started
 * here because the shared realm is imported once for every class) and put back afterwards, and the admin and
 * reviewer calls, campaign and item readers they make their assertions with. Every name starts with "rev". The
 * sweep runs every second.
 */
abstract class AbstractReviewIT extends AbstractSharingIT {

    protected static final String CAMPAIGNS = "reviews/campaigns";
    /** The test framework's admin, who makes the admin API calls here. */
    protected static final String ADMIN = "service-account-temp-admin";

    protected MailServer mail;
    protected RealmRepresentation before;

    @BeforeEach
    void mailServer() {
        mail = new MailServer("localhost", 3025);
        before = organization.admin().toRepresentation();
        RealmRepresentation realm = organization.admin().toRepresentation();
        realm.setSmtpServer(Map.of("host", "localhost", "port", "3025", "from", "access@organization.example"));
        organization.admin().update(realm);
    }

    @AfterEach
    void putBack() {
        RealmRepresentation realm = organization.admin().toRepresentation();
        realm.setSmtpServer(before.getSmtpServer() == null ? Map.of() : before.getSmtpServer());
        organization.admin().update(realm);
        mail.stop();
    }

    protected boolean holds(String userId, String clientUuid, String role) {
        return organization.admin().users().get(userId).roles().clientLevel(clientUuid).listEffective().stream()
                .anyMatch(r -> r.getName().equals(role));
    }

    protected static String revoke(Map<String, JsonNode> items, String username) {
        return "{\"itemId\":\"" + itemId(items, username) + "\",\"decision\":\"revoke\",\"justification\":"
                + "\"no longer needs it\"}";
    }

    /** A call to the reviewers' API with a reviewer's own token. */
    protected HttpResponse<String> reviewer(String token, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(org.realmUrl() + "/runtime-access/reviews"
                + (path.isEmpty() || path.startsWith("?") ? path : "/" + path))).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return send(token == null ? request : request.header("Authorization", "Bearer " + token));
    }

    /** The items of campaign {@code campaignId} waiting for the token's user, by reviewed username. */
    protected Map<String, JsonNode> waiting(String token, String campaignId) {
        HttpResponse<String> answer = reviewer(token, "GET", "?max=100", null);
        assertEquals(200, answer.statusCode(), answer.body());
        Map<String, JsonNode> byUser = new HashMap<>();
        for (JsonNode item : Oidc.json(answer.body())) {
            if (item.get("campaignId").asText().equals(campaignId)) {
                byUser.put(item.get("username").asText(), item);
            }
        }
        return byUser;
    }

    protected static String decision(String itemId, String decision, String delegateTo) {
        return "{\"decisions\":[" + one(itemId, decision, delegateTo) + "]}";
    }

    protected static String one(String itemId, String decision, String delegateTo) {
        return "{\"itemId\":\"" + itemId + "\",\"decision\":\"" + decision + "\",\"justification\":\"reviewed "
                + decision + "\"" + (delegateTo == null ? "" : ",\"delegateTo\":\"" + delegateTo + "\"") + "}";
    }

    protected static void assertReviewerRefused(HttpResponse<String> answer, int status, String field, String error) {
        assertRefused(answer, status, field);
        if (error != null) {
            assertEquals(error, Oidc.json(answer.body()).get("error").asText(), answer.body());
        }
    }

    protected JsonNode start(String body) {
        HttpResponse<String> created = adminPost(CAMPAIGNS, body);
        assertEquals(201, created.statusCode(), created.body());
        return Oidc.json(created.body());
    }

    /** The campaign's items by username. */
    protected Map<String, JsonNode> items(String campaignId) {
        Map<String, JsonNode> byUser = new HashMap<>();
        for (JsonNode item : Oidc.json(adminGet(CAMPAIGNS + "/" + campaignId + "/items").body())) {
            byUser.put(item.get("username").asText(), item);
        }
        return byUser;
    }

    /** The admin API leaves out fields without a value. */
    protected static boolean absent(JsonNode node, String field) {
        return node.path(field).isMissingNode() || node.path(field).isNull();
    }

    protected static String itemId(Map<String, JsonNode> items, String username) {
        return items.get(username).get("id").asText();
    }

    protected JsonNode next(String previousId) {
        for (JsonNode campaign : Oidc.json(adminGet(CAMPAIGNS).body())) {
            if (previousId.equals(campaign.path("previousId").textValue())) {
                return campaign;
            }
        }
        return null;
    }

    protected static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(name -> names.add(name.asText()));
        return names;
    }

    protected List<String> events(String operation, String pathPrefix) {
        return customAdminEvents(operation, pathPrefix).stream().map(AdminEventRepresentation::getRepresentation)
                .map(rep -> Oidc.json(rep).get("event").asText()).collect(Collectors.toList());
    }

    protected static List<String> reversed(List<String> newestFirst) {
        List<String> oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    protected void keycloakGroup(String name, String memberId) {
        GroupRepresentation group = new GroupRepresentation();
        group.setName(name);
        try (Response response = organization.admin().groups().add(group)) {
            assertEquals(201, response.getStatus());
        }
        String groupId = organization.admin().groups().groups(name, 0, 10).stream()
                .filter(g -> g.getName().equals(name)).findFirst().orElseThrow().getId();
        organization.admin().users().get(memberId).joinGroup(groupId);
    }

    protected JsonNode grantOf(String solution, String userId) {
        for (JsonNode grant : Oidc.json(adminGet("solutions/" + solution + "/share").body()).get("grants")) {
            if (grant.get("principal").get("id").asText().equals(userId)) {
                return grant;
            }
        }
        return null;
    }

    protected boolean member(String group, String userId) {
        for (JsonNode member : Oidc.json(adminGet("groups/" + group + "/members").body())) {
            if (member.get("userId").asText().equals(userId)) {
                return true;
            }
        }
        return false;
    }

    protected static List<String[]> csv(HttpResponse<String> answer) throws Exception {
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        try (com.opencsv.CSVReader reader = new com.opencsv.CSVReader(new java.io.StringReader(answer.body()))) {
            return reader.readAll();
        }
    }

    protected Map<String, MimeMessage> received(int count) throws Exception {
        return Mails.received(mail, count);
    }
}
