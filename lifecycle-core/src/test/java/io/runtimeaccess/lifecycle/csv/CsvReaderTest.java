package io.runtimeaccess.lifecycle.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<List<String>> fields(String text) {
        return CsvReader.read(text).stream().map(CsvRecord::fields).toList();
    }

    @Test
    void plainRecordsWithCrlfLfAndCr() {
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"), List.of("g", "h")),
                fields("a,b\r\nc,d\ne,f\rg,h"));
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        // A line break inside a field is read as LF, whichever the file used.
        assertEquals(List.of(List.of("x,y", "say \"hi\"", "two\nlines", "")),
                fields("\"x,y\",\"say \"\"hi\"\"\",\"two\r\nlines\",\"\"\r\n"));
    }

    @Test
    void nulStaysAControlCharacterInItsField() {
        assertEquals(List.of(List.of("a\u0001b", "c")), fields("a\u0000b,c"));
    }

    @Test
    void backslashIsText() {
        assertEquals(List.of(List.of("C:\\dir\\", "a\\\"b")), fields("C:\\dir\\,\"a\\\"\"b\""));
    }

    @Test
    void emptyFieldsAreKept() {
        assertEquals(List.of(List.of("", "", "")), fields(",,"));
        assertEquals(List.of(List.of("a", "")), fields("a,\n"));
    }

    @Test
    void lineNumbersCountLineBreaksInsideQuotes() {
        List<CsvRecord> records = CsvReader.read("h\n\"a\nb\"\nc\n");
        assertEquals(List.of(1, 2, 4), records.stream().map(CsvRecord::line).toList());
    }

    @Test
    void blankLinesAndByteOrderMarkAreSkipped() {
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("c")), fields("\uFEFFa\n\n\r\nb\n\nc"));
    }

    @Test
    void unpairedQuoteInsideUnquotedFieldIsRefusedWithItsLine() {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvReader.read("a\nb\"c\n"));
        assertEquals(2, e.line());
    }

    @Test
    void textAfterAClosingQuoteIsRefusedInEveryColumnWithItsLine() {
        // opencsv alone read these three as "ab" in the first column but a"b, Claims" and alice" elsewhere
        for (String text : List.of("h\nalice,\"a\"b\n", "h\n\"a\"b,c\n", "h\nx,\"Claims\" ,y\n", "h\n\"alice\" \n")) {
            CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvReader.read(text), text);
            assertEquals(2, e.line(), text);
        }
        assertEquals(4, assertThrows(CsvFormatException.class, () -> CsvReader.read("h\r\n\"a\r\nb\",c\r\nx,y\"z\n"))
                .line(), "line breaks inside quotes and CRLF count once each");
    }

    @Test
    void aQuoteMayFollowBlanksAtTheStartOfAField() {
        assertEquals(List.of(List.of("x", "b", "c")), fields("x, \"b\",c"));
        assertEquals(List.of(List.of("x", "b\"", "c")), fields("x,\"b\"\"\",c"));
    }

    @Test
    void unclosedQuoteIsRefusedAtTheLineItOpened() {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvReader.read("a\n\"b\nc\nd"));
        assertEquals(2, e.line());
    }

    @Test
    void unicodeIsKeptAsIs() {
        assertEquals(List.of(List.of("José", "\u05e9\u05dc\u05d5\u05dd", "\uD83D\uDE00")), fields("José,\u05e9\u05dc\u05d5\u05dd,\uD83D\uDE00"));
    }
}
