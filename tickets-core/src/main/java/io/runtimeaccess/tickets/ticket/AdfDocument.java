package io.runtimeaccess.tickets.ticket;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A ticket's description in the Atlassian Document Format (ADF), which Jira Cloud's REST v3 takes: a {@code doc} of
 * version 1 holding a paragraph per block of the text (line breaks as {@code hardBreak}) and a bullet list of the
 * facts, each label in bold. ADF is a JSON tree, not markup: hostile text stays text, and JSON escaping is
 * Jackson's. ADF refuses empty text nodes, so none is written, and control characters other than line breaks
 * are dropped.
 */
public final class AdfDocument {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AdfDocument() {
    }

    public static ObjectNode of(Ticket ticket) {
        ObjectNode doc = JSON.objectNode().put("type", "doc").put("version", 1);
        ArrayNode content = doc.putArray("content");
        for (String block : ticket.text().split("\\R\\R+")) {
            ArrayNode inline = lines(block);
            if (!inline.isEmpty()) {
                content.addObject().put("type", "paragraph").set("content", inline);
            }
        }
        if (!ticket.facts().isEmpty()) {
            ArrayNode items = content.addObject().put("type", "bulletList").putArray("content");
            for (Ticket.Fact fact : ticket.facts()) {
                ArrayNode inline = JSON.arrayNode();
                addText(inline, clean(fact.label()) + ":", true);
                addText(inline, " " + clean(fact.value()).replaceAll("\\s+", " "), false);
                items.addObject().put("type", "listItem").putArray("content").addObject()
                        .put("type", "paragraph").set("content", inline);
            }
        }
        return doc;
    }

    private static ArrayNode lines(String block) {
        ArrayNode inline = JSON.arrayNode();
        String[] lines = block.split("\\R");
        for (String line : lines) {
            String text = clean(line);
            if (text.isBlank()) {
                continue;
            }
            if (!inline.isEmpty()) {
                inline.addObject().put("type", "hardBreak");
            }
            addText(inline, text, false);
        }
        return inline;
    }

    private static void addText(ArrayNode inline, String text, boolean strong) {
        if (text.isEmpty()) {
            return;
        }
        ObjectNode node = inline.addObject().put("type", "text").put("text", text);
        if (strong) {
            node.putArray("marks").addObject().put("type", "strong");
        }
    }

    /** Drops control characters (line breaks are handled by the caller), which no ADF renderer shows. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\t' || !Character.isISOControl(c)).forEach(out::appendCodePoint);
        return out.toString();
    }
}
