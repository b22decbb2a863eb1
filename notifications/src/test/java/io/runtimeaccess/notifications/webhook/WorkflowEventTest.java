package io.runtimeaccess.notifications.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkflowEventTest {

    @Test
    void structuredCloudEvent() throws Exception {
        WorkflowEvent event = new WorkflowEvent("io.runtimeaccess.request.approved",
                "/realms/acme/runtime-access/requests", "r-1", Map.of("id", "r-1", "status", "active"));
        JsonNode json = new ObjectMapper().readTree(event.json("e-1", Instant.parse("2026-12-04T12:00:00Z")));
        assertEquals("1.0", json.get("specversion").asText());
        assertEquals("e-1", json.get("id").asText());
        assertEquals("/realms/acme/runtime-access/requests", json.get("source").asText());
        assertEquals("io.runtimeaccess.request.approved", json.get("type").asText());
        assertEquals("2026-12-04T12:00:00Z", json.get("time").asText());
        assertEquals("r-1", json.get("subject").asText());
        assertEquals("application/json", json.get("datacontenttype").asText());
        assertEquals("active", json.get("data").get("status").asText());
    }

    @Test
    void refusesAnEnvelopeReceiversCouldNotRoute() {
        assertThrows(IllegalArgumentException.class,
                () -> new WorkflowEvent("request.approved", "/realms/a/x", "r", Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new WorkflowEvent("io.runtimeaccess.", "/realms/a/x", "r", Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new WorkflowEvent("io.runtimeaccess.request.created", "http://x/", "r", Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new WorkflowEvent("io.runtimeaccess.request.created", "/realms/a/x", "", Map.of()));
    }
}
