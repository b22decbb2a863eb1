package io.runtimeaccess.tickets.courier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.runtimeaccess.tickets.jira.JiraCall;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JiraClientTest {

    @Test
    void aHeaderTheClientRefusesIsAFailedAttemptThatDoesNotQuoteIt() {
        // nothing listens: the request must be refused before it is sent
        JiraCall call = new JiraCall("GET", URI.create("http://127.0.0.1:9/rest/api/2/myself"),
                Map.of("Authorization", "Bearer s3cr\u20act"), null);
        JiraClient.Answer answer = new JiraClient(Duration.ofSeconds(1)).send(call);
        assertEquals(0, answer.status(), "retried like no answer, so the ticket's attempts still advance");
        assertFalse(answer.problem().contains("s3cr"), answer.problem());
        assertFalse(Courier.error(answer, "s3cr\u20act", null).contains("s3cr"));
    }
}
