package io.runtimeaccess.evaluation.rba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RbaCsvTest {

    /** The header of the public release, verbatim. */
    static final String HEADER = "index,Login Timestamp,User ID,Round-Trip Time [ms],IP Address,Country,Region,City,ASN,"
            + "User Agent String,Browser Name and Version,OS Name and Version,Device Type,Login Successful,Is Attack IP,"
            + "Is Account Takeover";

    @Test
    void readsRowsInThePublicLayout() {
        String csv = HEADER + "\n"
                + "0,2020-02-03 12:43:30.772,-1234567890123456789,,81.166.0.10,NO,-,-,2119,"
                + "\"Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.2 Mobile/15E148 Safari/604.1\","
                + "Mobile Safari 26.2,iOS 18.6,mobile,False,False,False\n"
                + "1,2020-02-03 12:43:43.549,-1234567890123456789,645,54.210.1.2,US,Virginia,Ashburn,16509,"
                + "Mozilla/5.0 (Windows NT 10.0; Win64; x64),Chrome 79.0.3945,Windows 10,desktop,True,True,True\n";
        List<RbaRow> rows = readAll(csv);
        assertEquals(2, rows.size());
        RbaRow a = rows.get(0);
        assertEquals(0, a.index());
        assertEquals(Instant.parse("2020-02-03T12:43:30.772Z").toEpochMilli(), a.timeMillis());
        assertEquals("-1234567890123456789", a.userId());
        assertEquals(-1, a.rttMillis());
        assertEquals("NO", a.country());
        assertEquals("-", a.region());
        assertEquals(2119, a.asn());
        assertTrue(a.userAgent().contains("(KHTML, like Gecko) Version/26.2"));
        assertEquals("mobile", a.deviceType());
        assertFalse(a.loginSuccessful());
        RbaRow b = rows.get(1);
        assertEquals(645, b.rttMillis());
        assertEquals("Ashburn", b.city());
        assertTrue(b.loginSuccessful());
        assertTrue(b.attackIp());
        assertTrue(b.accountTakeover());
    }

    @Test
    void handlesQuotesLineBreaksCrlfAndAnyColumnOrder() {
        String csv = ",Is Account Takeover,Login Successful,User ID,IP Address,Login Timestamp,User Agent String\r\n"
                + "7,False,True,u1,1.2.3.4,2021-01-01 00:00:00,\"say \"\"hi\"\", then\r\nbreak\"\r\n"
                + "\r\n"
                + "8,True,True,u2,1.2.3.5,2021-01-01T00:00:01.5,\r\n";
        List<RbaRow> rows = readAll(csv);
        assertEquals(2, rows.size());
        assertEquals(7, rows.get(0).index());
        assertEquals("say \"hi\", then\nbreak", rows.get(0).userAgent());
        assertNull(rows.get(0).country());
        assertEquals(0, rows.get(0).asn());
        assertEquals(Instant.parse("2021-01-01T00:00:01.500Z").toEpochMilli(), rows.get(1).timeMillis());
        assertNull(rows.get(1).userAgent());
        assertTrue(rows.get(1).accountTakeover());
    }

    @Test
    void writerAndReaderRoundTrip() {
        List<RbaRow> rows = List.of(
                new RbaRow(0, 1_600_000_000_123L, "-1", 33, "1.2.3.4", "DE", "Bavaria", "Munich", 3320,
                        "Mozilla/5.0 (X11; Linux x86_64; rv:147.0) Gecko/20100101 Firefox/147.0", "Firefox 147.0", "Linux",
                        "desktop", true, false, false),
                new RbaRow(1, 1_600_000_001_000L, "42", -1, "5.6.7.8", "US", "New York", "New York", 0,
                        "a \"quoted\", comma\nand newline", null, null, "bot", false, true, false));
        StringWriter out = new StringWriter();
        try (RbaCsvWriter writer = new RbaCsvWriter(out)) {
            rows.forEach(writer::write);
        }
        assertTrue(out.toString().startsWith(HEADER + "\n"));
        assertEquals(rows, readAll(out.toString()));
    }

    @Test
    void readsGzipFiles(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rba.csv.gz");
        try (var out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((HEADER + "\n0,2020-02-03 12:43:30.772,1,5,1.1.1.1,NO,-,-,1,ua,b,o,desktop,True,False,False\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        try (RbaCsvReader reader = RbaCsvReader.open(file)) {
            assertTrue(reader.hasNext());
            assertEquals("NO", reader.next().country());
            assertFalse(reader.hasNext());
        }
    }

    @Test
    void streamsManyRows() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 200_000; i++) {
            csv.append(i).append(",2020-02-03 12:43:30.772,u").append(i % 1000)
                    .append(",12,10.0.0.1,NO,-,-,1,ua,b,o,desktop,True,False,False\n");
        }
        long n = 0;
        try (RbaCsvReader reader = new RbaCsvReader(new StringReader(csv.toString()))) {
            while (reader.hasNext()) {
                assertEquals(n++, reader.next().index());
            }
        }
        assertEquals(200_000, n);
    }

    @Test
    void rejectsMissingColumnsAndBadRows() {
        assertThrows(IllegalArgumentException.class, () -> readAll("index,User ID\n1,2\n"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> readAll(HEADER + "\n0,yesterday,1,5,1.1.1.1,NO,-,-,1,ua,b,o,desktop,True,False,False\n"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void timestampsAndBooleans() {
        assertEquals(Instant.parse("2020-02-29T23:59:59.009Z").toEpochMilli(),
                RbaCsv.parseTimestamp("2020-02-29 23:59:59.009"));
        assertEquals(Instant.parse("2020-02-29T23:59:59.100Z").toEpochMilli(),
                RbaCsv.parseTimestamp("2020-02-29 23:59:59.1"));
        assertEquals(Instant.parse("2020-02-29T23:59:59.123Z").toEpochMilli(),
                RbaCsv.parseTimestamp("2020-02-29 23:59:59.123456"));
        assertEquals("2020-02-03 12:43:30.772", RbaCsv.formatTimestamp(RbaCsv.parseTimestamp("2020-02-03 12:43:30.772")));
        assertThrows(RuntimeException.class, () -> RbaCsv.parseTimestamp("2021-02-30 00:00:00"));
        assertTrue(RbaCsv.parseBoolean("True"));
        assertTrue(RbaCsv.parseBoolean("true"));
        assertFalse(RbaCsv.parseBoolean("False"));
        assertFalse(RbaCsv.parseBoolean(null));
    }

    private static List<RbaRow> readAll(String csv) {
        List<RbaRow> rows = new ArrayList<>();
        try (RbaCsvReader reader = new RbaCsvReader(new StringReader(csv))) {
            reader.forEachRemaining(rows::add);
        }
        return rows;
    }
}
