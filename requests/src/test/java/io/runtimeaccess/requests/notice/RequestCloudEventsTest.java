package io.runtimeaccess.requests.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.runtimeaccess.notifications.webhook.WorkflowEvent;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestCloudEventsTest {

    @Test
    void everyStateChangeHasItsType() {
        assertEquals("io.runtimeaccess.request.created", RequestCloudEvents.type("requested"));
        assertEquals("io.runtimeaccess.request.approval-added", RequestCloudEvents.type("approved"));
        assertEquals("io.runtimeaccess.request.approved", RequestCloudEvents.type("activated"));
        assertEquals("io.runtimeaccess.request.auto-approved", RequestCloudEvents.type("auto-approved"));
        assertEquals("io.runtimeaccess.request.rejected", RequestCloudEvents.type("rejected"));
        assertEquals("io.runtimeaccess.request.cancelled", RequestCloudEvents.type("cancelled"));
        assertEquals("io.runtimeaccess.request.expired", RequestCloudEvents.type("expired"));
    }

    @Test
    void theRequestsViewIsTheData() throws Exception {
        WorkflowEvent event = RequestCloudEvents.of("acme", "activated", Map.of("id", "r-1", "status", "active"));
        JsonNode json = new ObjectMapper().readTree(event.json("e", Instant.EPOCH));
        assertEquals("/realms/acme/runtime-access/requests", json.get("source").asText());
        assertEquals("r-1", json.get("subject").asText());
        assertEquals("active", json.get("data").get("status").asText());
    }
}
