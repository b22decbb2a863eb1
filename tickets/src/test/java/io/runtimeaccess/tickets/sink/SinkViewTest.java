package io.runtimeaccess.tickets.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.JsonBodies;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SinkViewTest {

    @Test
    void theViewSaysTokenSetAndNeverHoldsTheToken() {
        SinkEntity sink = new SinkEntity();
        sink.setRealmId("r1");
        sink.setFlavour("cloud");
        sink.setBaseUrl("https://acme.atlassian.net");
        sink.setProjectKey("SEC");
        sink.setIssueType("Task");
        sink.setEmail("ops@acme.test");
        sink.setFieldMapping("{\"customfield_10042\":\"severity\"}");
        sink.setSources("finding,sod-violation");
        sink.setToken("very-secret-token");
        Map<String, Object> view = SinkResource.view(sink);
        assertEquals(true, view.get("tokenSet"));
        assertEquals(List.of("sod-violation", "finding"), view.get("sources"));
        assertEquals(Map.of("customfield_10042", "severity"), view.get("fieldMapping"));
        assertFalse(view.toString().contains("very-secret-token"));
        assertFalse(view.containsKey("token"));
    }

    @Test
    void theViewMayBeSentBackWholeButAMisspeltFieldIsRefused() {
        SinkEntity sink = new SinkEntity();
        sink.setFlavour("cloud");
        sink.setBaseUrl("https://acme.atlassian.net");
        sink.setProjectKey("SEC");
        sink.setIssueType("Task");
        sink.setFieldMapping("{}");
        sink.setSources("finding");
        sink.setToken("t");
        JsonNode fetched = org.keycloak.util.JsonSerialization.mapper.valueToTree(SinkResource.view(sink));
        assertEquals("SEC", JsonBodies.read(fetched, SinkBody.class).projectKey, "tokenSet and refused let through");

        ((com.fasterxml.jackson.databind.node.ObjectNode) fetched).put("projectkey", "OPS");
        BadRequest refused = assertThrows(BadRequest.class, () -> JsonBodies.read(fetched, SinkBody.class));
        assertEquals("projectkey: is not a field of this body", BadRequest.reasonOf(refused));
    }
}
