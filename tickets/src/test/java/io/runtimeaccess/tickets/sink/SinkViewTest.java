package io.runtimeaccess.tickets.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
}
