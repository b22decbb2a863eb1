package io.runtimeaccess.tickets.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DescriptionFormatsTest {

    private static Ticket ticket(String text, Ticket.Fact... facts) {
        return new Ticket(SourceKind.FINDING, "f1", "Summary", text, List.of(facts), Map.of());
    }

    @Test
    void adfIsADocOfParagraphsAndABoldLabelledList() {
        JsonNode doc = AdfDocument.of(ticket("First line\nsecond line\n\nNext block",
                new Ticket.Fact("User", "alice")));
        assertEquals("doc", doc.get("type").asText());
        assertEquals(1, doc.get("version").asInt());
        JsonNode first = doc.get("content").get(0);
        assertEquals("paragraph", first.get("type").asText());
        assertEquals("First line", first.get("content").get(0).get("text").asText());
        assertEquals("hardBreak", first.get("content").get(1).get("type").asText());
        assertEquals("second line", first.get("content").get(2).get("text").asText());
        assertEquals("Next block", doc.get("content").get(1).get("content").get(0).get("text").asText());
        JsonNode item = doc.get("content").get(2).get("content").get(0).get("content").get(0).get("content");
        assertEquals("bulletList", doc.get("content").get(2).get("type").asText());
        assertEquals("User:", item.get(0).get("text").asText());
        assertEquals("strong", item.get(0).get("marks").get(0).get("type").asText());
        assertEquals(" alice", item.get(1).get("text").asText());
    }

    @Test
    void adfKeepsHostileTextAsTextAndWritesNoEmptyNode() {
        String hostile = "[click](http://evil) {html}<script>alert(1)</script>{html} \u0000\u001b[31m !img.png!";
        JsonNode doc = AdfDocument.of(ticket(hostile + "\n\n\n", new Ticket.Fact("Empty", "")));
        JsonNode text = doc.get("content").get(0).get("content").get(0);
        assertEquals("text", text.get("type").asText());
        assertEquals("[click](http://evil) {html}<script>alert(1)</script>{html} [31m !img.png!",
                text.get("text").asText());
        assertFalse(text.has("marks"), "no link mark from text");
        assertEquals(2, doc.get("content").size(), "one paragraph and the list");
        doc.findValues("text").forEach(node -> assertFalse(node.asText().isEmpty()));
    }

    @Test
    void adfOfAnEmptyTicketIsAValidEmptyDoc() {
        JsonNode doc = AdfDocument.of(ticket(""));
        assertEquals(0, doc.get("content").size());
    }

    @Test
    void wikiEscapesEveryMarkupCharacter() {
        assertEquals("\\*bold\\* \\_it\\_ \\[link\\|http\\://x\\] \\{html\\} \\!i.png\\! \\[\\~admin\\]",
                WikiMarkup.escape("*bold* _it_ [link|http://x] {html} !i.png! [~admin]"));
        assertEquals("\\-strike\\- \\+under\\+ \\^sup\\^ \\~sub\\~ \\?\\?cite\\?\\? \\#list \\|cell\\|",
                WikiMarkup.escape("-strike- +under+ ^sup^ ~sub~ ??cite?? #list |cell|"));
    }

    @Test
    void wikiWritesABackslashAsAReferenceSoItCannotBreakALine() {
        assertEquals("a&#92;&#92;b&#92;\\{code\\}", WikiMarkup.escape("a\\\\b\\{code}"));
    }

    @Test
    void wikiNeutralisesLineStartBlockMarkersAndControlCharacters() {
        String wiki = WikiMarkup.of(ticket("h1. Big\nbq. quote\nplain\u0007 text"));
        assertEquals("h1\\. Big\nbq\\. quote\nplain text", wiki);
    }

    @Test
    void wikiFactsAreOneLineTableRows() {
        String wiki = WikiMarkup.of(ticket("Happened.", new Ticket.Fact("User", "ali|ce\n||h1. x"),
                new Ticket.Fact("Empty", "")));
        assertEquals("Happened.\n\n||User|ali\\|ce \\|\\|h1. x|\n||Empty| |", wiki);
    }

    @Test
    void summaryIsOneLineOfAtMost255Characters() {
        Ticket ticket = new Ticket(SourceKind.FINDING, "f", "a\nb\tc" + "x".repeat(400), "", List.of(), Map.of());
        assertEquals(Ticket.MAX_SUMMARY, ticket.summary().length());
        assertTrue(ticket.summary().startsWith("a b c"));
        String emoji = "x".repeat(254) + "\uD83D\uDE00";
        assertEquals(254, new Ticket(SourceKind.FINDING, "f", emoji, "", List.of(), Map.of()).summary().length(),
                "a surrogate pair is never cut in half");
    }
}
