package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * What the Jira tests share: {@link LocalJira}, a local HTTP server in the test standing in for Jira (no real Jira
 * is reachable here), removed with the sink and the test's SoD rules after each test, and the check that a token
 * never reaches the server log. Names start with "jira".
 */
abstract class AbstractJiraIT extends AbstractSharingIT {

    static final String CONFIG = "tickets/config";

    /** The stand-in Jira of the running test, closed after it. */
    LocalJira jira;

    @AfterEach
    void removeSinkAndRules() {
        adminDelete(CONFIG);
        deleteSodRules("Jira");
        if (jira != null) {
            jira.close();
        }
    }

    JsonNode sodEvent(String userId) {
        return sodEvents(userId).stream().filter(event -> event.get("outcome").asText().equals("warned")).findFirst()
                .orElseThrow(() -> new AssertionError("no warned SoD event for " + userId));
    }

    static JsonNode ticketOf(JsonNode source) {
        return source.path("ticket");
    }

    JsonNode outbox(String kind) {
        HttpResponse<String> listed = adminGet("tickets/outbox");
        assertEquals(200, listed.statusCode(), listed.body());
        List<JsonNode> found = new ArrayList<>();
        Oidc.json(listed.body()).forEach(ticket -> {
            if (ticket.get("sourceKind").asText().equals(kind)) {
                found.add(ticket);
            }
        });
        return Oidc.json(found.toString());
    }
}
