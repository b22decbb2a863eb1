package io.runtimeaccess.tickets.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.runtimeaccess.tickets.ticket.Ticket;
import io.runtimeaccess.tickets.ticket.TicketAttribute;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which Jira fields get which ticket attribute, e.g. {@code {"customfield_10042": "severity", "labels":
 * "sourceKind"}}. A value is sent as a string, except for {@code labels}, which Jira takes as an array of words
 * (blanks become underscores). The fields the sink sets itself cannot be mapped, and a ticket without the
 * attribute leaves the field out.
 */
public final class FieldMapping {

    public static final FieldMapping NONE = new FieldMapping(Map.of());
    public static final int MAX_FIELDS = 20;
    private static final Pattern FIELD_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final Set<String> RESERVED = Set.of("project", "issuetype", "summary", "description");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private final Map<String, TicketAttribute> fields;

    private FieldMapping(Map<String, TicketAttribute> fields) {
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Validates a mapping as it came in a request, naming {@code fieldMapping.<field>} when one is wrong. */
    public static FieldMapping of(Map<String, String> requested) {
        if (requested == null || requested.isEmpty()) {
            return NONE;
        }
        if (requested.size() > MAX_FIELDS) {
            throw new InvalidInput("fieldMapping", "at most " + MAX_FIELDS + " fields");
        }
        Map<String, TicketAttribute> fields = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : requested.entrySet()) {
            String field = entry.getKey();
            if (field == null || !FIELD_ID.matcher(field).matches()) {
                throw new InvalidInput("fieldMapping", "a Jira field id is a letter then letters, digits or _ "
                        + "(at most 64), such as customfield_10042");
            }
            if (RESERVED.contains(field)) {
                throw new InvalidInput("fieldMapping." + field, "is set by the sink itself");
            }
            TicketAttribute attribute = TicketAttribute.of(entry.getValue());
            if (attribute == null) {
                throw new InvalidInput("fieldMapping." + field, "must be one of sourceKind, sourceId, realm, "
                        + "username, severity");
            }
            fields.put(field, attribute);
        }
        return new FieldMapping(fields);
    }

    /** Field id to attribute name, as stored and shown. */
    public Map<String, String> asNames() {
        Map<String, String> names = new LinkedHashMap<>();
        fields.forEach((field, attribute) -> names.put(field, attribute.id()));
        return names;
    }

    /** Adds the mapped fields to a create request's {@code fields}. */
    public void apply(Ticket ticket, ObjectNode target) {
        fields.forEach((field, attribute) -> {
            String value = ticket.attributes().get(attribute);
            if (value == null || value.isBlank()) {
                return;
            }
            if ("labels".equals(field)) {
                target.putArray("labels").add(BLANKS.matcher(value.strip()).replaceAll("_"));
            } else {
                target.put(field, value);
            }
        });
    }
}
