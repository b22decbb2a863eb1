package io.runtimeaccess.evaluation.rba;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.ICSVParser;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * Streams records of an RFC 4180 CSV through opencsv: fields separated by commas, optionally in double quotes, a
 * quote in a quoted field doubled, line breaks inside quoted fields kept (as LF), no escape character. One record
 * at a time, so files of any size stream in constant memory. Empty lines are skipped.
 */
public final class CsvParser {

    private final CSVReader reader;

    public CsvParser(Reader in) {
        ICSVParser parser = new CSVParserBuilder().withEscapeChar(ICSVParser.NULL_CHARACTER).build();
        // Carriage returns are not kept: with them kept, opencsv 5.11 misreads a closing quote before CRLF.
        this.reader = new CSVReaderBuilder(in).withCSVParser(parser).build();
    }

    /** The line number where the next record starts (1-based), for error messages. */
    public long line() {
        return reader.getLinesRead() + 1;
    }

    /** The next record's fields, or {@code null} at the end of the input. Empty lines are skipped. */
    public List<String> next() {
        while (true) {
            long startLine = line();
            String[] fields;
            try {
                fields = reader.readNext();
            } catch (CsvMalformedLineException | CsvValidationException e) {
                throw new IllegalArgumentException("unterminated quoted field at line " + startLine);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (fields == null) {
                return null;
            }
            if (fields.length > 1 || !fields[0].isEmpty()) {
                return Arrays.asList(fields);
            }
        }
    }

    /** Writes one field, quoted when it holds a comma, a quote or a line break. */
    public static void appendField(StringBuilder out, String value) {
        if (value == null) {
            return;
        }
        boolean quote = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
        if (!quote) {
            out.append(value);
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }
}
