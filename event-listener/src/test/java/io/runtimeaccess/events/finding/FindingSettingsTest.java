package io.runtimeaccess.events.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.finding.Severity;
import io.runtimeaccess.events.response.Response;
import io.runtimeaccess.events.settings.FindingSettingsEntity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingSettingsTest {

    @Test
    void aRealmWithoutSettingsHasNoWebhookAndNoResponses() {
        FindingSettings settings = FindingSettings.of((FindingSettingsEntity) null);
        assertNull(settings.webhookUrl());
        assertEquals(Response.NONE, settings.responseTo(Severity.CRITICAL));
        assertTrue(settings.problems().isEmpty());
    }

    @Test
    void validStoredValuesAreRead() {
        FindingSettingsEntity stored = new FindingSettingsEntity();
        stored.setWebhookUrl("https://hooks.example/in");
        stored.setWebhookSecret("s3cret");
        stored.setResponseHigh("revoke-sessions");
        stored.setResponseCritical("disable-user");
        stored.setResponseLow("none");
        FindingSettings settings = FindingSettings.of(stored);
        assertEquals("https://hooks.example/in", settings.webhookUrl());
        assertEquals("s3cret", settings.webhookSecret());
        assertEquals(Response.REVOKE_SESSIONS, settings.responseTo(Severity.HIGH));
        assertEquals(Response.DISABLE_USER, settings.responseTo(Severity.CRITICAL));
        assertEquals(Response.NONE, settings.responseTo(Severity.LOW));
        assertTrue(settings.problems().isEmpty(), settings.problems().toString());
    }

    /** Values that should never have been stored (e.g. copied from old realm attributes) turn off, not fail. */
    @Test
    void invalidStoredValuesAreOffAndReported() {
        FindingSettingsEntity stored = new FindingSettingsEntity();
        stored.setWebhookUrl("ftp://files.example/x");
        stored.setWebhookSecret("  ");
        stored.setResponseMedium("explode");
        stored.setResponseHigh("disable-user");
        FindingSettings settings = FindingSettings.of(stored);
        assertNull(settings.webhookUrl());
        assertNull(settings.webhookSecret());
        assertNull(settings.webhook(null, null), "no webhook target without a valid URL");
        assertEquals(Response.NONE, settings.responseTo(Severity.MEDIUM));
        assertEquals(Response.DISABLE_USER, settings.responseTo(Severity.HIGH), "the valid value still applies");
        assertEquals(List.of("webhookUrl: must be an http or https URL; the webhook is off",
                "responses.medium: the stored value is not a response; none applies"), settings.problems());
        assertEquals("is not a URL", FindingSettings.urlProblem("http://bad host/"));
        assertTrue(FindingSettings.urlProblem("https://user:pw@hooks.example.test/x").startsWith("must not carry"));
        assertTrue(FindingSettings.urlProblem("https://hooks.example.test/x?key=k").startsWith("must not carry"));
        assertEquals(null, FindingSettings.urlProblem("https://hooks.example.test/x"));
    }
}
