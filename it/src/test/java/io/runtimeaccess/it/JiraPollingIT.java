package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmEventsConfigRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * The ticket sink's lifecycle after delivery, against {@link LocalJira}: a status Jira answers with a NUL and a line
 * break is stored blanked (PostgreSQL refuses a NUL, and the failed write kept the ticket first in the poll queue
 * for ever), an issue deleted in Jira (404) is gone until Jira shows it again, {@code finding} added to an older
 * sink's sources tickets only the findings raised from then on, and a finding dismissed before the ticket task came to
 * it gets no ticket.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class JiraPollingIT extends AbstractJiraIT {

    private static final String OPEN = "{\"fields\":{\"status\":{\"name\":\"Open\",\"statusCategory\":"
            + "{\"key\":\"new\"}}}}";
    private static final String HOSTILE_STATUS = "{\"fields\":{\"status\":{\"name\":\"Triage\\u0000\\nWARN forged\","
            + "\"statusCategory\":{\"key\":\"indeterminate\"}}}}";

    @Test
    void aHostileStatusIsStoredBlankedAndADeletedIssueIsGoneUntilShownAgain() {
        jira = new LocalJira().answerAlways("POST", 201, "{\"id\":\"50001\",\"key\":\"OPS-5\",\"self\":\"x\"}")
                .answerAlways("GET", 200, HOSTILE_STATUS);
        assertEquals(200, adminPut(CONFIG, "{\"flavour\":\"data-center\",\"baseUrl\":\"" + jira.baseUrl()
                + "\",\"projectKey\":\"OPS\",\"issueType\":\"Task\",\"token\":\"pat-" + UUID.randomUUID()
                + "\",\"sources\":[\"sod-violation\"]}").statusCode());
        RoleRepresentation x = realmRole("jira-poll-x");
        RoleRepresentation y = realmRole("jira-poll-y");
        sodRule("Jira poll rule", "global", null, List.of("realm-role:jira-poll-x", "realm-role:jira-poll-y"), "warn",
                true);
        String pia = createOrganizationUser("jira-poll-pia");
        organization.admin().users().get(pia).roles().realmLevel().add(List.of(x, y));

        awaitTrue(() -> "Triage  WARN forged".equals(ticketOf(sodEvent(pia)).path("status").asText()),
                "the polled status, its NUL and line break blanked");
        assertEquals("open", outbox("sod-violation").get(0).get("state").asText());

        jira.answerAlways("GET", 404, "{\"errorMessages\":[\"Issue does not exist or you do not have permission "
                + "to see it.\"]}");
        awaitTrue(() -> "gone".equals(outbox("sod-violation").get(0).get("state").asText()),
                "the deleted issue is gone");
        JsonNode gone = outbox("sod-violation").get(0);
        assertEquals("gone", gone.get("ticket").get("status").asText());
        assertEquals("OPS-5", gone.get("ticket").get("key").asText(), "the key it had stays shown");
        assertTrue(gone.get("lastError").asText().startsWith("HTTP 404"), gone.toString());
        HttpResponse<String> byState = adminGet("tickets/outbox?state=gone");
        assertEquals(200, byState.statusCode(), byState.body());
        assertEquals(1, Oidc.json(byState.body()).size(), byState.body());
        // asked again now and then (every 2 s here): once Jira shows the issue again (a token that lost sight of
        // the project and was fixed), it is open again
        jira.answerAlways("GET", 200, HOSTILE_STATUS);
        awaitTrue(() -> "open".equals(outbox("sod-violation").get(0).get("state").asText()), "seen again");
        assertEquals("Triage  WARN forged", outbox("sod-violation").get(0).get("ticket").get("status").asText());
    }

    @Test
    void findingsAddedToAnOlderSinkTicketOnlyFindingsRaisedSince() {
        jira = new LocalJira().answerAlways("POST", 201, "{\"id\":\"60001\",\"key\":\"SOC-60\",\"self\":\"x\"}")
                .answerAlways("GET", 200, OPEN);
        String sink = socSink();
        assertEquals(200, adminPut(CONFIG, sink + "[\"sod-violation\"]}").statusCode());
        enableAnomalyListener();
        RealmEventsConfigRepresentation original = organization.admin().getRealmEventsConfig();
        try {
            RealmEventsConfigRepresentation config = organization.admin().getRealmEventsConfig();
            Long expiry = original.getEventsExpiration();
            config.setEventsExpiration(expiry == null || expiry <= 0 ? 7_200L : Math.max(1, expiry / 2));
            organization.admin().updateRealmEventsConfig(config);
            JsonNode older = awaitFinding("detection=AUDIT_TAMPERING", finding -> finding.toString()
                    .contains("Event expiry shortened"));

            assertEquals(200, adminPut(CONFIG, sink + "[\"sod-violation\",\"finding\"]}").statusCode());
            sleep(3_000); // three runs of the task, each of which looks for unticketed HIGH findings
            HttpResponse<String> ticket = adminGet("tickets/outbox?sourceKind=finding&sourceId="
                    + older.get("id").asText());
            assertEquals(200, ticket.statusCode(), ticket.body());
            assertEquals(0, Oidc.json(ticket.body()).size(), "a finding raised before findings were taken: "
                    + ticket.body());

            // on (which raises nothing), then off: a weakening of another setting, so a finding of its own
            config.setEventsEnabled(true);
            organization.admin().updateRealmEventsConfig(config);
            config.setEventsEnabled(false);
            organization.admin().updateRealmEventsConfig(config);
            String newer = awaitFinding("detection=AUDIT_TAMPERING", finding -> finding.toString()
                    .contains("Turned off user events")).get("id").asText();
            awaitTrue(() -> Oidc.json(adminGet("tickets/outbox?sourceKind=finding&sourceId=" + newer).body())
                    .path(0).path("state").asText().equals("open"), "the finding raised since gets its ticket");
            assertTrue(jira.received("POST").stream().anyMatch(post -> post.body().contains("Turned off user events")),
                    "its ticket was posted");
            assertTrue(jira.received("POST").stream().noneMatch(post -> post.body().contains("Event expiry shortened")),
                    "and none for the finding raised before");
        } finally {
            organization.admin().updateRealmEventsConfig(original);
        }
    }

    /**
     * An admin dismisses a HIGH finding (a false positive) before the ticket task comes to it: no ticket. The task is
     * held at the sinks' table while the finding is raised and dismissed, then let go.
     */
    @Test
    void aFindingDismissedBeforeTheTaskComesToItOpensNoTicket() throws Exception {
        assumeTrue("postgres".equals(TestDatabase.vendor()), "holds the sinks' table with PostgreSQL's LOCK TABLE");
        jira = new LocalJira().answerAlways("POST", 201, "{\"id\":\"60002\",\"key\":\"SOC-61\",\"self\":\"x\"}")
                .answerAlways("GET", 200, OPEN);
        assertEquals(200, adminPut(CONFIG, socSink() + "[\"finding\"]}").statusCode());
        enableAnomalyListener();
        // an open finding of another test would take the new event in, with the ticket it may have
        for (JsonNode open : Oidc.json(findingsCall("GET", "?detection=AUDIT_TAMPERING", adminToken(), null).body())) {
            if ("open".equals(open.path("status").asText())) {
                findingsCall("POST", "/" + open.get("id").asText() + "/dismiss", adminToken(), "");
            }
        }
        RealmEventsConfigRepresentation original = organization.admin().getRealmEventsConfig();
        try {
            RealmEventsConfigRepresentation config = organization.admin().getRealmEventsConfig();
            config.setEventsEnabled(true);
            organization.admin().updateRealmEventsConfig(config);
            String id;
            try (Connection held = TestDatabase.holdingAllOf("RA_TICKET_SINK")) {
                TestDatabase.awaitWaitingStatement("ra_ticket_sink");
                config.setEventsEnabled(false);
                organization.admin().updateRealmEventsConfig(config);
                id = awaitFinding("detection=AUDIT_TAMPERING", finding -> finding.toString()
                        .contains("Turned off user events") && "open".equals(finding.path("status").asText()))
                        .get("id").asText();
                HttpResponse<String> dismissed = findingsCall("POST", "/" + id + "/dismiss", adminToken(), "");
                assertEquals(200, dismissed.statusCode(), dismissed.body());
                held.commit();
            }
            sleep(3_000); // the run that waited, and two more
            HttpResponse<String> tickets = adminGet("tickets/outbox?sourceKind=finding&sourceId=" + id);
            assertEquals(200, tickets.statusCode(), tickets.body());
            assertEquals(0, Oidc.json(tickets.body()).size(), "a dismissed finding: " + tickets.body());
            assertTrue(jira.received("POST").isEmpty(), "nothing was posted");
        } finally {
            organization.admin().updateRealmEventsConfig(original);
        }
    }

    private String socSink() {
        return "{\"flavour\":\"data-center\",\"baseUrl\":\"" + jira.baseUrl() + "\",\"projectKey\":\"SOC\","
                + "\"issueType\":\"Incident\",\"token\":\"pat-" + UUID.randomUUID() + "\",\"sources\":";
    }
}
