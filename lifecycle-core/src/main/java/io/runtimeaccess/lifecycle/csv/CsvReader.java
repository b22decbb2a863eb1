package io.runtimeaccess.lifecycle.csv;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.ICSVParser;
import com.opencsv.exceptions.CsvException;
import com.opencsv.exceptions.CsvMalformedLineException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads CSV with opencsv (which Keycloak ships): fields separated by commas, records by CRLF, LF or CR (spreadsheets
 * and editors differ), fields containing commas, quotes or line breaks enclosed in double quotes, a quote inside
 * written twice. There is no escape character: a backslash is text, as RFC 4180 has it. A leading byte-order mark
 * is dropped and blank lines are skipped; a NUL is read as U+0001 (see {@link #NUL_READ_AS}). An unclosed quote is
 * refused with the line its record starts on, and a quote where RFC 4180 has none with its line
 * ({@link QuotePlacement}), so a malformed file creates no account. The whole text is in memory: the caller bounds its size.
 *
 * <p>opencsv's {@code RFC4180Parser} is not used: it ends the file at the first blank line.
 */
public final class CsvReader {

    /**
     * opencsv's "no escape character" is NUL, so a NUL in the text would be taken as an escape and dropped, hiding it
     * from the callers' control-character checks. It is read as U+0001 instead: still a control character.
     */
    static final char NUL_READ_AS = '\u0001';

    private CsvReader() {
    }

    public static List<CsvRecord> read(String text) {
        String body = (text.startsWith("\uFEFF") ? text.substring(1) : text).replace('\0', NUL_READ_AS);
        QuotePlacement.check(body);
        ICSVParser parser = new CSVParserBuilder().withEscapeChar(ICSVParser.NULL_CHARACTER).build();
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(body)).withCSVParser(parser).build()) {
            return records(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CsvRecord> records(CSVReader reader) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        while (true) {
            int startLine = (int) reader.getLinesRead() + 1;
            String[] fields;
            try {
                fields = reader.readNext();
            } catch (CsvMalformedLineException | CsvException e) {
                throw new CsvFormatException(startLine, "a double quote opened in this record is never closed");
            }
            if (fields == null) {
                return records;
            }
            boolean blank = fields.length == 1 && fields[0].isEmpty();
            if (!blank) {
                records.add(new CsvRecord(startLine, Arrays.asList(fields)));
            }
        }
    }
}
