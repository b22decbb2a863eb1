package io.runtimeaccess.notifications.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailMessageTest {

    @Test
    void onlyOurPrefixedTemplates() {
        assertThrows(IllegalArgumentException.class,
                () -> new MailMessage("password-reset.ftl", "s", List.of(), Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new MailMessage("runtime-access-x", "s", List.of(), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new MailMessage("runtime-access-x.ftl", " ", List.of(),
                Map.of()));
    }

    @Test
    void absentAttributesAreLeftOutAndTheMessageIsACopy() {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("comment", null);
        attributes.put("requestId", "r1");
        MailMessage message = new MailMessage("runtime-access-x.ftl", "s", List.of("a"), attributes);
        attributes.put("requestId", "changed");
        assertEquals(Map.of("requestId", "r1"), message.attributes());
        assertThrows(UnsupportedOperationException.class, () -> message.attributes().put("x", "y"));
    }

    /** Every mail shows a time alike (request mails and review reminders), to the minute, in UTC. */
    @Test
    void aTimeReadsInUtcToTheMinute() {
        assertEquals("2026-12-18 09:00 UTC", MailMessage.time(java.time.Instant.parse("2026-12-18T09:00:59.123Z")));
        assertEquals(null, MailMessage.time(null));
    }
}
