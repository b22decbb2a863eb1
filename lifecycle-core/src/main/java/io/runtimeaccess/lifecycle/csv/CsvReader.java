package io.runtimeaccess.lifecycle.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader: fields separated by commas, records by CRLF (a bare LF or CR is accepted too, since
 * spreadsheets and editors differ), fields containing commas, quotes or line breaks enclosed in double quotes,
 * a quote inside written twice. A leading byte-order mark is dropped and blank lines are skipped. Anything else
 * (a quote inside an unquoted field, text after a closing quote, an unclosed quote) is refused with its line
 * rather than guessed at, so a malformed file creates no account. The whole text is in memory: the caller
 * bounds its size.
 */
public final class CsvReader {

    private final String text;
    private int at;
    private int line = 1;

    private CsvReader(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    public static List<CsvRecord> read(String text) {
        return new CsvReader(text).records();
    }

    private List<CsvRecord> records() {
        List<CsvRecord> records = new ArrayList<>();
        while (at < text.length()) {
            int startLine = line;
            List<String> fields = record();
            boolean blank = fields.size() == 1 && fields.get(0).isEmpty();
            if (!blank) {
                records.add(new CsvRecord(startLine, fields));
            }
        }
        return records;
    }

    /** Reads fields up to and including the record's line break (or the end of the text). */
    private List<String> record() {
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(at < text.length() && text.charAt(at) == '"' ? quoted() : unquoted());
            if (at >= text.length()) {
                return fields;
            }
            char c = text.charAt(at);
            if (c == ',') {
                at++;
            } else {
                lineBreak();
                return fields;
            }
        }
    }

    private String unquoted() {
        int start = at;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == ',' || c == '\r' || c == '\n') {
                break;
            }
            if (c == '"') {
                throw new CsvFormatException(line, "a double quote inside an unquoted field; enclose the field in "
                        + "double quotes and write the quote twice");
            }
            at++;
        }
        return text.substring(start, at);
    }

    private String quoted() {
        int openedOn = line;
        at++;
        StringBuilder field = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                if (at < text.length() && text.charAt(at) == '"') {
                    field.append('"');
                    at++;
                    continue;
                }
                if (at < text.length() && ",\r\n".indexOf(text.charAt(at)) < 0) {
                    throw new CsvFormatException(line, "text after a closing double quote");
                }
                return field.toString();
            }
            if (c == '\n' || (c == '\r' && (at >= text.length() || text.charAt(at) != '\n'))) {
                line++;
            }
            field.append(c);
        }
        throw new CsvFormatException(openedOn, "a double quote opened here is never closed");
    }

    private void lineBreak() {
        if (text.charAt(at) == '\r') {
            at++;
            if (at < text.length() && text.charAt(at) == '\n') {
                at++;
            }
        } else {
            at++;
        }
        line++;
    }
}
