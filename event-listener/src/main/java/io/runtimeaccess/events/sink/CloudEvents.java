package io.runtimeaccess.events.sink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.util.JsonSerialization;

/** A finding as a CloudEvents 1.0 event in structured JSON mode. */
public final class CloudEvents {

    public static final String FINDING_RAISED = "io.runtimeaccess.finding.raised";
    /** An open finding's severity rose as more events of its incident arrived. */
    public static final String FINDING_ESCALATED = "io.runtimeaccess.finding.escalated";

    private CloudEvents() {
    }

    public static String finding(boolean raised, String realmName, String findingId, String userId,
            Map<String, Object> finding) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", raised ? findingId : findingId + "/" + finding.get("severity"));
        event.put("source", "/realms/" + realmName + "/anomaly-findings");
        event.put("type", raised ? FINDING_RAISED : FINDING_ESCALATED);
        event.put("time", Instant.now().toString());
        if (userId != null) {
            event.put("subject", userId);
        }
        event.put("datacontenttype", "application/json");
        event.put("data", finding);
        try {
            return JsonSerialization.writeValueAsString(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
