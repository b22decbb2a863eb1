package io.runtimeaccess.reviews.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceWriterTest {

    private static final EvidenceRow REVOKED = new EvidenceRow("i1", "amy", "u1", "grant:s1:approver",
            "Payments / approver", "direct (admin)", Instant.parse("2026-07-14T08:00:00Z"), "revoke",
            "unused for 143 days: revoke", "boss", "revoke", "boss", Instant.parse("2026-12-04T10:00:00Z"),
            "left, \"finance\"\nteam", "revoked", Instant.parse("2026-12-05T00:00:00Z"));
    private static final EvidenceRow DEFAULTED = new EvidenceRow("i2", "bob", "u2", "eug:g1", "Night shift",
            "member (admin)", null, null, null, "", "approve", "deadline-default", Instant.parse("2026-12-05T00:00:00Z"),
            "no decision by the deadline: default keep", "kept", null);

    @Test
    void csvQuotesCommasQuotesAndLineBreaksAndLeavesAbsentValuesEmpty() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EvidenceWriter.csv(List.of(REVOKED, DEFAULTED), out);
        List<String[]> rows = new CSVReader(new StringReader(out.toString(StandardCharsets.UTF_8))).readAll();
        assertEquals(3, rows.size());
        assertEquals(List.of(EvidenceWriter.COLUMNS), List.of(rows.get(0)));
        assertEquals("left, \"finance\"\nteam", rows.get(1)[13]);
        assertEquals("2026-07-14T08:00:00Z", rows.get(1)[6]);
        assertEquals("", rows.get(2)[6]);
        assertEquals("deadline-default", rows.get(2)[11]);
    }

    @Test
    void csvCellsASpreadsheetWouldRunAsFormulasStartWithAnApostrophe() throws Exception {
        EvidenceRow hostile = new EvidenceRow("i3", "@carol", "u3", "grant:s1:approver", "+Payments", "direct (admin)",
                null, null, null, "boss", "approve", "boss", null, "=HYPERLINK(\"http://evil\",\"x\")", "-1+1", null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EvidenceWriter.csv(List.of(hostile, DEFAULTED), out);
        List<String[]> rows = new CSVReader(new StringReader(out.toString(StandardCharsets.UTF_8))).readAll();
        assertEquals("'@carol", rows.get(1)[1]);
        assertEquals("'+Payments", rows.get(1)[4]);
        assertEquals("'=HYPERLINK(\"http://evil\",\"x\")", rows.get(1)[13]);
        assertEquals("'-1+1", rows.get(1)[14]);
        assertEquals("no decision by the deadline: default keep", rows.get(2)[13], "other cells are left alone");
        assertEquals("'\t=1", EvidenceWriter.inert("\t=1"));
        assertEquals("'\r=1", EvidenceWriter.inert("\r=1"));
        assertEquals("a=1", EvidenceWriter.inert("a=1"));

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        EvidenceWriter.json(new CampaignFacts("c1", "n", "org", "s", "r", "approve", false, null, null, null, null),
                List.of(hostile), json);
        assertTrue(json.toString(StandardCharsets.UTF_8).contains("\"username\":\"@carol\""), "JSON keeps the value");
    }

    @Test
    void jsonCarriesTheCampaignAndEveryItemWithNullsForAbsentValues() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CampaignFacts facts = new CampaignFacts("c1", "Q4 \"payments\"", "org", "solution-grants s1", "manager manager",
                "recommendation", true, Instant.parse("2026-11-20T00:00:00Z"), Instant.parse("2026-12-05T00:00:00Z"),
                Instant.parse("2026-12-05T00:00:01Z"), "deadline-default");
        EvidenceWriter.json(facts, List.of(REVOKED, DEFAULTED), out);
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\"campaign\":{\"id\":\"c1\",\"name\":\"Q4 \\\"payments\\\"\""), json);
        assertTrue(json.contains("\"justification\":\"left, \\\"finance\\\"\\nteam\""), json);
        assertTrue(json.contains("\"itemId\":\"i2\",\"username\":\"bob\",\"userId\":\"u2\",\"access\":\"eug:g1\","
                + "\"label\":\"Night shift\",\"source\":\"member (admin)\",\"lastUsed\":null"), json);
        assertTrue(json.endsWith("\"appliedAt\":null}]}"), json);
    }
}
