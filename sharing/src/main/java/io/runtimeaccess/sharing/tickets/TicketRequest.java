package io.runtimeaccess.sharing.tickets;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A ticket a module wants opened in the realm's ticket sink, whatever the tracker: what it is about ({@code kind}
 * and the source's id, which together name it once: asking twice opens one ticket), a one-line summary, a paragraph
 * of text, labelled facts shown as a list or table, and attributes an admin may map to tracker fields
 * ({@code realm}, {@code username}, {@code severity}; the kind and id are added by the sink). Texts are given raw:
 * the sink escapes them for the tracker's format.
 */
public record TicketRequest(String kind, String sourceId, String summary, String text, Map<String, String> facts,
        Map<String, String> attributes) {

    /** A separation-of-duties rule warned about or overridden: someone holds both sides now. */
    public static final String SOD_VIOLATION = "sod-violation";
    /** An approved access request whose item says a person must act to fulfil it. */
    public static final String ACCESS_REQUEST = "access-request";
    /** Access a closed review campaign decided to revoke. */
    public static final String CAMPAIGN_REVOCATION = "campaign-revocation";
    /** A HIGH anomaly finding. */
    public static final String FINDING = "finding";

    public TicketRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(summary, "summary");
        text = text == null ? "" : text;
        facts = facts == null ? Map.of() : new LinkedHashMap<>(facts);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
