package io.runtimeaccess.tickets.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.runtimeaccess.tickets.config.FieldMapping;
import io.runtimeaccess.tickets.config.JiraFlavour;
import io.runtimeaccess.tickets.ticket.SourceKind;
import io.runtimeaccess.tickets.ticket.Ticket;
import io.runtimeaccess.tickets.ticket.TicketAttribute;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JiraRequestsTest {

    private static final Ticket TICKET = new Ticket(SourceKind.SOD_VIOLATION, "e1", "SoD: alice holds both",
            "Rule *payments* warned.", List.of(new Ticket.Fact("User", "alice")),
            Map.of(TicketAttribute.SEVERITY, "HIGH", TicketAttribute.SOURCE_KIND, "sod violation"));
    private static final String TICKET_ID = "0f8fad5b-d9cb-469f-a165-70867728950e";
    private static final FieldMapping MAPPING = FieldMapping.of(Map.of("customfield_10042", "severity",
            "labels", "sourceKind"));

    @Test
    void cloudCreatesThroughV3WithBasicEmailTokenAndAnAdfDescription() throws Exception {
        JiraSite site = new JiraSite(URI.create("https://acme.atlassian.net/"), JiraFlavour.CLOUD, "ops@acme.test",
                "api-token-1");
        JiraCall call = JiraRequests.create(site, "SEC", "Task", MAPPING, TICKET_ID, TICKET);
        assertEquals("POST", call.method());
        assertEquals(URI.create("https://acme.atlassian.net/rest/api/3/issue"), call.uri());
        assertEquals("Basic " + Base64.getEncoder().encodeToString("ops@acme.test:api-token-1"
                .getBytes(StandardCharsets.UTF_8)), call.headers().get("Authorization"));
        assertEquals("application/json", call.headers().get("Accept"));
        assertEquals("application/json", call.headers().get("Content-Type"));
        JsonNode fields = new ObjectMapper().readTree(call.body()).get("fields");
        assertEquals("SEC", fields.get("project").get("key").asText());
        assertEquals("Task", fields.get("issuetype").get("name").asText());
        assertEquals("SoD: alice holds both", fields.get("summary").asText());
        assertEquals("doc", fields.get("description").get("type").asText());
        assertEquals("Rule *payments* warned.", fields.get("description").get("content").get(0).get("content")
                .get(0).get("text").asText());
        assertEquals("HIGH", fields.get("customfield_10042").asText());
        assertEquals("sod_violation", fields.get("labels").get(0).asText());
        assertEquals("runtime-access-" + TICKET_ID, fields.get("labels").get(1).asText(), "the mapped label is kept");
        assertEquals(2, fields.get("labels").size());
    }

    @Test
    void dataCenterCreatesThroughV2WithABearerTokenAndWikiMarkup() throws Exception {
        JiraSite site = new JiraSite(URI.create("https://jira.acme.test/jira"), JiraFlavour.DATA_CENTER, null,
                "pat-1");
        JiraCall call = JiraRequests.create(site, "SEC", "Service Request", FieldMapping.NONE, TICKET_ID,
                TICKET);
        assertEquals(URI.create("https://jira.acme.test/jira/rest/api/2/issue"), call.uri());
        assertEquals("Bearer pat-1", call.headers().get("Authorization"));
        JsonNode fields = new ObjectMapper().readTree(call.body()).get("fields");
        assertEquals("Rule \\*payments\\* warned.\n\n||User|alice|", fields.get("description").asText());
        assertEquals(1, fields.get("labels").size());
        assertEquals("runtime-access-" + TICKET_ID, fields.get("labels").get(0).asText());
    }

    @Test
    void theIssueOfAnEarlierAttemptIsSearchedByItsLabelInEachFlavour() {
        JiraSite cloud = new JiraSite(URI.create("https://acme.atlassian.net"), JiraFlavour.CLOUD, "ops@acme.test",
                "api-token-1");
        JiraCall call = JiraRequests.findCreated(cloud, TICKET_ID);
        assertEquals("GET", call.method());
        assertEquals("https://acme.atlassian.net/rest/api/3/search/jql?jql=labels%20%3D%20%22runtime-access-"
                + TICKET_ID + "%22%20ORDER%20BY%20created%20ASC&fields=summary&maxResults=1", call.uri().toString());
        assertEquals("labels = \"runtime-access-" + TICKET_ID + "\" ORDER BY created ASC",
                call.uri().getQuery().split("&")[0].substring("jql=".length()));
        assertEquals("application/json", call.headers().get("Accept"));
        assertTrue(call.headers().get("Authorization").startsWith("Basic "));
        assertNull(call.body());
        JiraSite dataCenter = new JiraSite(URI.create("https://jira.acme.test/jira"), JiraFlavour.DATA_CENTER, null,
                "pat-1");
        assertEquals("/jira/rest/api/2/search", JiraRequests.findCreated(dataCenter, TICKET_ID).uri().getPath());
        assertEquals("Bearer pat-1", JiraRequests.findCreated(dataCenter, TICKET_ID).headers().get("Authorization"));
        for (String notAnId : new String[] {"", "a b", "x\" OR labels != \"y", "a/b"}) {
            assertThrows(IllegalArgumentException.class, () -> JiraRequests.findCreated(cloud, notAnId), notAnId);
        }
    }

    @Test
    void searchAnswersAreReadDefensively() {
        assertEquals(new JiraAnswers.Search(true, "SEC-7"), JiraAnswers.search("{\"issues\":[{\"id\":\"1\","
                + "\"key\":\"SEC-7\"},{\"key\":\"SEC-9\"}],\"isLast\":true}"));
        assertEquals(new JiraAnswers.Search(true, null), JiraAnswers.search("{\"issues\":[],\"total\":0}"));
        assertFalse(JiraAnswers.search("{\"issues\":[{\"key\":\"../SEC-7\"}]}").understood());
        assertFalse(JiraAnswers.search("{\"issues\":[{\"id\":\"1\"}]}").understood());
        assertFalse(JiraAnswers.search("{\"errorMessages\":[\"x\"]}").understood());
        assertFalse(JiraAnswers.search("<html>proxy</html>").understood());
        assertFalse(JiraAnswers.search("").understood());
    }

    @Test
    void statusIsAGetOfTheStatusFieldOnly() {
        JiraSite site = new JiraSite(URI.create("https://jira.acme.test"), JiraFlavour.DATA_CENTER, null, "pat");
        JiraCall call = JiraRequests.status(site, "SEC-12");
        assertEquals("GET", call.method());
        assertEquals(URI.create("https://jira.acme.test/rest/api/2/issue/SEC-12?fields=status"), call.uri());
        assertNull(call.body());
        assertFalse(call.headers().containsKey("Content-Type"));
        assertThrows(IllegalArgumentException.class, () -> JiraRequests.status(site, "../../admin"));
    }

    @Test
    void connectionTestAsksWhoTheCredentialsAreWithTheFlavoursHeaders() {
        JiraSite cloud = new JiraSite(URI.create("https://acme.atlassian.net"), JiraFlavour.CLOUD, "ops@acme.test",
                "api-token");
        JiraCall call = JiraRequests.myself(cloud);
        assertEquals("GET", call.method());
        assertEquals(URI.create("https://acme.atlassian.net/rest/api/3/myself"), call.uri());
        assertEquals("Basic " + java.util.Base64.getEncoder().encodeToString("ops@acme.test:api-token".getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), call.headers().get("Authorization"));
        assertEquals("application/json", call.headers().get("Accept"));
        assertNull(call.body());
        JiraSite dataCenter = new JiraSite(URI.create("https://jira.acme.test/jira"), JiraFlavour.DATA_CENTER, null,
                "pat");
        assertEquals(URI.create("https://jira.acme.test/jira/rest/api/2/myself"), JiraRequests.myself(dataCenter)
                .uri());
        assertEquals("Bearer pat", JiraRequests.myself(dataCenter).headers().get("Authorization"));
        assertEquals("Ops Bot", JiraAnswers.accountName("{\"accountId\":\"5b10\",\"displayName\":\"Ops\\nBot \"}"),
                "a control character is a space, the name one line");
        assertNull(JiraAnswers.accountName("{\"displayName\":7}"));
        assertNull(JiraAnswers.accountName("<html>login</html>"));
    }

    @Test
    void theSecretIsInNoStringForm() {
        JiraSite site = new JiraSite(URI.create("https://a.test"), JiraFlavour.DATA_CENTER, null, "pat-secret");
        assertFalse(site.toString().contains("pat-secret"));
        assertFalse(JiraRequests.status(site, "A-1").toString().contains("pat-secret"));
    }

    @Test
    void answersAreReadDefensively() {
        assertEquals("SEC-7", JiraAnswers.issueKey("{\"id\":\"10000\",\"key\":\"SEC-7\",\"self\":\"x\"}"));
        assertNull(JiraAnswers.issueKey("{\"key\":\"../SEC-7\"}"));
        assertNull(JiraAnswers.issueKey("{\"key\":7}"));
        assertNull(JiraAnswers.issueKey("<html>proxy error</html>"));
        assertNull(JiraAnswers.issueKey(""));
        JiraAnswers.IssueStatus done = JiraAnswers.status("{\"fields\":{\"status\":{\"name\":\"Resolved\","
                + "\"statusCategory\":{\"key\":\"done\"}}}}");
        assertTrue(done.resolved());
        assertEquals("Resolved", done.name());
        assertFalse(JiraAnswers.status("{\"fields\":{\"status\":{\"name\":\"In Progress\",\"statusCategory\":"
                + "{\"key\":\"indeterminate\"}}}}").resolved());
        assertNull(JiraAnswers.status("{\"fields\":{}}"));
        assertNull(JiraAnswers.status("not json"));
        // a NUL (which PostgreSQL refuses, so the poll's write would fail for ever) and a forged log line are blanked
        JiraAnswers.IssueStatus hostile = JiraAnswers.status("{\"fields\":{\"status\":{\"name\":\"x\\u0000\\n"
                + "WARN forged\",\"statusCategory\":{\"key\":\"done\\u0000\"}}}}");
        assertEquals("x  WARN forged", hostile.name());
        assertTrue(hostile.resolved());
    }
}
