package io.runtimeaccess.tickets.courier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.tickets.config.JiraFlavour;
import io.runtimeaccess.tickets.jira.JiraSite;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourierErrorTest {

    @Test
    void anAnswerEchoingTheTokenIsStoredWithoutIt() {
        String error = Courier.error(new JiraClient.Answer(400, "{\"message\":\"bad token pat-123\"}\n", null, null),
                List.of("pat-123"), null);
        assertEquals("HTTP 400: {\"message\":\"bad token ***\"} ", error);
    }

    /** A refused credential's answer is the likeliest to quote it, in any spelling: only its status is kept. */
    @Test
    void aRefusedCredentialsAnswerIsLeftOut() {
        for (int status : new int[] {401, 403}) {
            assertEquals("HTTP " + status, Courier.error(new JiraClient.Answer(status,
                    "{\"message\":\"token P A T 1 2 3 is not valid\"}", null, null), List.of("PAT123"), null));
        }
    }

    /** A token with slashes (base64) echoed by a JSON writer that escapes them, or inside a URL, is masked too. */
    @Test
    void aTokenEscapedAsJsonOrAUrlWouldIsMasked() {
        String token = "ab/cd+ef==";
        String echoed = "{\"echo\":\"ab\\/cd+ef==\",\"next\":\"https://x/?t=ab%2Fcd%2Bef%3D%3D\"}";
        String error = Courier.error(new JiraClient.Answer(400, echoed, null, null), List.of(token), null);
        assertFalse(error.contains("cd"), error);
    }

    @Test
    void noAnswerNamesTheProblemAndALongAnswerIsCut() {
        assertEquals("no answer ConnectException", Courier.error(new JiraClient.Answer(0, "", null,
                "ConnectException"), List.of("tok-xyz"), null));
        String error = Courier.error(new JiraClient.Answer(500, "x".repeat(5000), null, null), List.of("tok-xyz"),
                null);
        assertEquals(300, error.length());
        assertTrue(error.startsWith("HTTP 500: "));
        assertFalse(Courier.error(new JiraClient.Answer(502, "a\u001b[2Jb\r\nc", null, null), List.of("tok-xyz"), null)
                .chars().anyMatch(Character::isISOControl));
    }

    /** Cloud's Basic header holds the token only encoded with the email: an answer echoing it is masked too. */
    @Test
    void anAnswerEchoingCloudsBasicCredentialsIsStoredWithoutThem() {
        JiraSite cloud = new JiraSite(URI.create("https://acme.atlassian.net"), JiraFlavour.CLOUD, "bot@acme.example",
                "api-tok-9");
        String basic = Base64.getEncoder().encodeToString("bot@acme.example:api-tok-9".getBytes());
        String echoed = "{\"echo\":\"Authorization: Basic " + basic + "\"}";
        String error = Courier.error(new JiraClient.Answer(400, echoed, null, null), cloud.secrets(), null);
        assertFalse(error.contains(basic), error);
        assertTrue(error.contains("Basic ***"), error);
    }
}
