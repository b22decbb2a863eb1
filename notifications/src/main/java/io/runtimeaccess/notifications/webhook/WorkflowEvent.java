package io.runtimeaccess.notifications.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.util.JsonSerialization;

/**
 * A governance-workflow state change (an access request created, approved, expired; a review campaign started) as a
 * CloudEvents 1.0 event in structured JSON mode, the same envelope as the findings' events on the same webhook.
 *
 * @param type    {@code io.runtimeaccess.<thing>.<change>}, e.g. {@code io.runtimeaccess.request.approved}
 * @param source  the realm-relative path of the collection, e.g. {@code /realms/acme/runtime-access/requests}
 * @param subject the id of the thing that changed
 * @param data    the thing as its API shows it; never a token or a secret
 */
public record WorkflowEvent(String type, String source, String subject, Map<String, Object> data) {

    public static final String TYPE_PREFIX = "io.runtimeaccess.";

    public WorkflowEvent {
        if (type == null || !type.startsWith(TYPE_PREFIX) || type.length() == TYPE_PREFIX.length()) {
            throw new IllegalArgumentException("a workflow event type starts with " + TYPE_PREFIX + ", not " + type);
        }
        if (source == null || !source.startsWith("/realms/")) {
            throw new IllegalArgumentException("a workflow event source is a path under /realms/, not " + source);
        }
        if (subject == null || subject.isEmpty()) {
            throw new IllegalArgumentException("a workflow event names its subject");
        }
        data = new LinkedHashMap<>(data);
    }

    /** The event's JSON; {@code id} is unique per event, so a receiver can drop a redelivery. */
    public String json(String id, Instant time) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", id);
        event.put("source", source);
        event.put("type", type);
        event.put("time", time.toString());
        event.put("subject", subject);
        event.put("datacontenttype", "application/json");
        event.put("data", data);
        try {
            return JsonSerialization.writeValueAsString(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
