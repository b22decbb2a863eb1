package io.runtimeaccess.events.finding;

import com.fasterxml.jackson.core.type.TypeReference;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.finding.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.keycloak.util.JsonSerialization;

/** A finding as JSON: stored reasons, the admin API's representation, and back to an assessment. */
public final class FindingJson {

    private FindingJson() {
    }

    static String reasons(List<Reason> reasons) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Reason reason : reasons) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("detection", reason.detection().name());
            json.put("weight", reason.weight());
            json.put("text", reason.text());
            json.put("evidence", new LinkedHashMap<>(reason.evidence()));
            list.add(json);
        }
        return write(list);
    }

    static List<Reason> reasons(String json) {
        List<Map<String, Object>> list = read(json, new TypeReference<>() { });
        List<Reason> reasons = new ArrayList<>();
        for (Map<String, Object> item : list) {
            @SuppressWarnings("unchecked")
            Map<String, String> evidence = (Map<String, String>) item.get("evidence");
            reasons.add(new Reason(Detection.valueOf((String) item.get("detection")),
                    ((Number) item.get("weight")).doubleValue(), (String) item.get("text"), evidence));
        }
        return reasons;
    }

    static String ids(List<String> ids) {
        return write(ids);
    }

    static List<String> coveredEvents(FindingEntity finding) {
        return finding.getCoveredEvents() == null ? List.of()
                : read(finding.getCoveredEvents(), new TypeReference<List<String>>() { });
    }

    /** The assessment a stored finding came from, for the scorer to learn a dismissal. */
    public static Assessment assessment(FindingEntity finding) {
        return new Assessment(finding.getEventId(), finding.getRealmId(), finding.getUserId(), finding.getEventTime(),
                finding.getScore(), Severity.valueOf(finding.getSeverity()), reasons(finding.getReasons()),
                coveredEvents(finding), finding.getModelVersion());
    }

    /** The admin API's and the webhook's view of a finding. */
    public static Map<String, Object> representation(FindingEntity finding) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", finding.getId());
        json.put("userId", finding.getUserId());
        json.put("username", finding.getUsername());
        json.put("eventId", finding.getEventId());
        json.put("time", Instant.ofEpochMilli(finding.getEventTime()).toString());
        json.put("firstTime", Instant.ofEpochMilli(finding.getFirstEventTime()).toString());
        json.put("eventCount", finding.getEventCount());
        json.put("score", finding.getScore());
        json.put("severity", finding.getSeverity());
        json.put("detection", finding.getDetection());
        json.put("reasons", read(finding.getReasons(), new TypeReference<List<Map<String, Object>>>() { }));
        json.put("coveredEvents", coveredEvents(finding));
        json.put("modelVersion", finding.getModelVersion());
        json.put("status", finding.getStatus().toLowerCase(Locale.ROOT));
        json.put("statusBy", finding.getStatusBy());
        json.put("statusAt", finding.getStatusAt() == null ? null : Instant.ofEpochMilli(finding.getStatusAt()).toString());
        json.put("response", finding.getResponse());
        json.put("userRemovedAt", finding.getUserRemovedAt() == null ? null
                : Instant.ofEpochMilli(finding.getUserRemovedAt()).toString());
        return json;
    }

    private static String write(Object value) {
        try {
            return JsonSerialization.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JsonSerialization.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
