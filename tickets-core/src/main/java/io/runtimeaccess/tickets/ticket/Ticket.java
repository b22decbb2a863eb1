package io.runtimeaccess.tickets.ticket;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A ticket to open, independent of the tracker: a one-line summary, a paragraph saying what happened, and facts
 * (label, value) shown as a table. The attributes are what a field mapping may copy into tracker fields (see
 * {@link TicketAttribute}). Texts are kept as they came: each description format escapes them itself.
 */
public record Ticket(SourceKind kind, String sourceId, String summary, String text, List<Fact> facts,
        Map<TicketAttribute, String> attributes) {

    /** Jira refuses a summary over 255 characters; a longer one is cut, the description keeps all of it. */
    public static final int MAX_SUMMARY = 255;

    public Ticket {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceId, "sourceId");
        summary = oneLine(Objects.requireNonNull(summary, "summary"));
        text = text == null ? "" : text;
        facts = List.copyOf(facts);
        attributes = Map.copyOf(attributes);
    }

    /** One labelled value of the description's table. */
    public record Fact(String label, String value) {
        public Fact {
            Objects.requireNonNull(label, "label");
            value = value == null ? "" : value;
        }
    }

    /** A summary is a single line: line breaks and other control characters become spaces. */
    private static String oneLine(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_SUMMARY));
        for (int i = 0; i < text.length() && out.length() < MAX_SUMMARY; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c);
        }
        if (out.length() > 0 && Character.isHighSurrogate(out.charAt(out.length() - 1))) {
            out.setLength(out.length() - 1);
        }
        return out.toString().strip();
    }
}
