package io.runtimeaccess.tickets.courier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CourierErrorTest {

    @Test
    void anAnswerEchoingTheTokenIsStoredWithoutIt() {
        String error = Courier.error(new JiraClient.Answer(401, "{\"message\":\"bad token pat-123\"}\n", null, null),
                "pat-123", null);
        assertEquals("HTTP 401: {\"message\":\"bad token ***\"} ", error);
    }

    @Test
    void noAnswerNamesTheProblemAndALongAnswerIsCut() {
        assertEquals("no answer ConnectException", Courier.error(new JiraClient.Answer(0, "", null,
                "ConnectException"), "tok-xyz", null));
        String error = Courier.error(new JiraClient.Answer(500, "x".repeat(5000), null, null), "tok-xyz", null);
        assertEquals(300, error.length());
        assertTrue(error.startsWith("HTTP 500: "));
        assertFalse(Courier.error(new JiraClient.Answer(502, "a\u001b[2Jb\r\nc", null, null), "tok-xyz", null)
                .chars().anyMatch(Character::isISOControl));
    }
}
