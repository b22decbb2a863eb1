package io.runtimeaccess.tickets.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.runtimeaccess.tickets.jira.JiraSite;
import io.runtimeaccess.tickets.ticket.SourceKind;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SinkSettingsTest {

    private static SinkSettings.Input input(String flavour, String url, String project, String type, String email) {
        return new SinkSettings.Input(flavour, url, project, type, email, null, null);
    }

    private static String refusedField(SinkSettings.Input in, boolean allowHttp) {
        return assertThrows(InvalidInput.class, () -> SinkSettings.validate(in, allowHttp)).field();
    }

    @Test
    void aCloudSiteNeedsHttpsAProjectAnIssueTypeAndAnEmail() {
        SinkSettings settings = SinkSettings.validate(input("cloud", "https://acme.atlassian.net", "SEC", " Task ",
                "ops@acme.test"), false);
        assertEquals(JiraFlavour.CLOUD, settings.flavour());
        assertEquals("Task", settings.issueType());
        assertEquals(EnumSet.allOf(SourceKind.class), settings.sources());
        assertEquals("email", refusedField(input("cloud", "https://a.test", "SEC", "Task", null), false));
        assertEquals("email", refusedField(input("cloud", "https://a.test", "SEC", "Task", "no-at"), false));
        assertEquals("email", refusedField(input("cloud", "https://a.test", "SEC", "Task", "a\u0000@b.test"), false));
        assertEquals("email", refusedField(input("cloud", "https://a.test", "SEC", "Task", "a@b.test\u0007"), false));
    }

    @Test
    void eachWrongFieldIsNamed() {
        assertEquals("flavour", refusedField(input("server", "https://a.test", "SEC", "Task", null), false));
        assertEquals("flavour", refusedField(input(null, "https://a.test", "SEC", "Task", null), false));
        assertEquals("projectKey", refusedField(input("data-center", "https://a.test", "sec", "Task", null), false));
        assertEquals("projectKey", refusedField(input("data-center", "https://a.test", null, "Task", null), false));
        assertEquals("issueType", refusedField(input("data-center", "https://a.test", "SEC", " ", null), false));
        assertEquals("issueType", refusedField(input("data-center", "https://a.test", "SEC", "a\nb", null), false));
        assertEquals("email", refusedField(input("data-center", "https://a.test", "SEC", "Task", "a@b.c"), false));
        assertEquals("sources", assertThrows(InvalidInput.class, () -> SinkSettings.validate(
                new SinkSettings.Input("data-center", "https://a.test", "SEC", "Task", null, null,
                        List.of("finding", "everything")), false)).field());
    }

    @Test
    void theBaseUrlIsHttpsOrAnAllowedLocalHttp() {
        for (String url : new String[] {"http://jira.acme.test", "ftp://a.test", "https://user:pw@a.test",
                "https://a.test/?x=1", "https://a.test/#f", "/relative", "https://", "not a url", "javascript:alert(1)", "https://a.test:99999",
                "https://a.test:65536"}) {
            assertEquals("baseUrl", refusedField(input("data-center", url, "SEC", "Task", null), true), url);
        }
        assertEquals("baseUrl", refusedField(input("data-center", "http://localhost:8089", "SEC", "Task", null), false));
        assertEquals("http://127.0.0.1:8089", SinkSettings.validate(input("data-center", "http://127.0.0.1:8089",
                "SEC", "Task", null), true).baseUrl().toString());
        assertEquals("https://jira.acme.test/jira", SinkSettings.validate(input("data-center",
                "https://jira.acme.test/jira/", "SEC", "Task", null), false).baseUrl().toString(), "no trailing slash");
        // the site a ticket is delivered to must be the sink's, as text, or the ticket is never polled
        URI twice = SinkSettings.validate(input("cloud", "https://jira.acme.test//", "SEC", "Task", "a@acme.test"), false)
                .baseUrl();
        assertEquals("https://jira.acme.test", twice.toString());
        assertEquals(twice, new JiraSite(twice, JiraFlavour.CLOUD, "a@acme.test", "t").baseUrl());
    }

    @Test
    void theTokenIsOneLineOrAbsent() {
        assertNull(SinkSettings.token(null));
        assertEquals("abc", SinkSettings.token("abc"));
        for (String bad : new String[] {"", "a b", "a\nb", "x".repeat(1025), "s3cr\u20act", "abc\u200b", "a\u0000b",
                "caf\u00e9"}) {
            assertEquals("token", assertThrows(InvalidInput.class, () -> SinkSettings.token(bad)).field());
        }
    }

    @Test
    void aFieldMappingNamesKnownAttributesAndNoReservedField() {
        assertEquals(Map.of("customfield_1", "severity"), FieldMapping.of(Map.of("customfield_1", "severity"))
                .asNames());
        assertEquals("fieldMapping.summary", assertThrows(InvalidInput.class,
                () -> FieldMapping.of(Map.of("summary", "severity"))).field());
        assertEquals("fieldMapping.customfield_1", assertThrows(InvalidInput.class,
                () -> FieldMapping.of(Map.of("customfield_1", "password"))).field());
        assertEquals("fieldMapping", assertThrows(InvalidInput.class,
                () -> FieldMapping.of(Map.of("custom field", "severity"))).field());
    }

    @Test
    void aVaultSecretLosesTheNewlineItsFileEndsIn() {
        assertEquals("pat-123", SinkSettings.vaultToken("pat-123\n"));
        assertEquals("pat-123", SinkSettings.vaultToken(" pat-123\r\n"));
    }
}
