package io.runtimeaccess.tickets.outbox;

import com.fasterxml.jackson.core.type.TypeReference;
import io.runtimeaccess.sharing.tickets.TicketRequest;
import io.runtimeaccess.tickets.ticket.SourceKind;
import io.runtimeaccess.tickets.ticket.Ticket;
import io.runtimeaccess.tickets.ticket.TicketAttribute;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.util.JsonSerialization;

/** A queued ticket's text, facts and attributes as stored JSON, and back to the core's {@link Ticket}. */
public final class TicketPayload {

    /** What a delivered ticket keeps (the column is required): its text is in Jira, not needed here again. */
    public static final String DELIVERED = "{}";

    private TicketPayload() {
    }

    /** Stored shape: {@code {"text": "...", "facts": {label: value}, "attributes": {name: value}}}. */
    static String write(TicketRequest request, String realmName) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("text", request.text());
        payload.put("facts", request.facts());
        Map<String, String> attributes = new LinkedHashMap<>(request.attributes());
        attributes.put(TicketAttribute.REALM.id(), realmName);
        payload.put("attributes", attributes);
        try {
            return JsonSerialization.writeValueAsString(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Ticket read(TicketEntity entity) {
        Map<String, Object> payload;
        try {
            payload = JsonSerialization.readValue(entity.getPayload(), new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Ticket.Fact> facts = new ArrayList<>();
        map(payload.get("facts")).forEach((label, value) -> facts.add(new Ticket.Fact(label, value)));
        Map<TicketAttribute, String> attributes = new EnumMap<>(TicketAttribute.class);
        map(payload.get("attributes")).forEach((name, value) -> {
            TicketAttribute attribute = TicketAttribute.of(name);
            if (attribute != null && value != null) {
                attributes.put(attribute, value);
            }
        });
        SourceKind kind = SourceKind.of(entity.getSourceKind());
        attributes.put(TicketAttribute.SOURCE_KIND, kind.id());
        attributes.put(TicketAttribute.SOURCE_ID, entity.getSourceId());
        return new Ticket(kind, entity.getSourceId(), entity.getSummary(), (String) payload.get("text"), facts,
                attributes);
    }

    private static Map<String, String> map(Object value) {
        Map<String, String> map = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> entries) {
            entries.forEach((k, v) -> map.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        }
        return map;
    }
}
