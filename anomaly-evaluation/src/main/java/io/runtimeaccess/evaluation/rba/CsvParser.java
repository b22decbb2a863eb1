package io.runtimeaccess.evaluation.rba;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams records of an RFC 4180 CSV: fields separated by commas, optionally in double quotes, a quote in
 * a quoted field doubled, line breaks (LF or CRLF) inside quoted fields kept. Reads through its own buffer
 * one record at a time, so files of any size stream in constant memory.
 */
public final class CsvParser {

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long line = 1;
    private final StringBuilder field = new StringBuilder(128);

    public CsvParser(Reader in) {
        this.in = in;
    }

    /** The line number where the next record starts (1-based), for error messages. */
    public long line() {
        return line;
    }

    /** The next record's fields, or {@code null} at the end of the input. Empty lines are skipped. */
    public List<String> next() {
        int c = read();
        while (c == '\n' || c == '\r') {
            c = read();
        }
        if (c < 0) {
            return null;
        }
        List<String> fields = new ArrayList<>(16);
        while (true) {
            field.setLength(0);
            if (c == '"') {
                while (true) {
                    c = read();
                    if (c < 0) {
                        throw new IllegalArgumentException("unterminated quoted field at line " + line);
                    }
                    if (c == '"') {
                        c = read();
                        if (c == '"') {
                            field.append('"');
                            continue;
                        }
                        break;
                    }
                    field.append((char) c);
                }
                // after the closing quote: tolerate stray characters up to the separator
                while (c >= 0 && c != ',' && c != '\n' && c != '\r') {
                    field.append((char) c);
                    c = read();
                }
            } else {
                while (c >= 0 && c != ',' && c != '\n' && c != '\r') {
                    field.append((char) c);
                    c = read();
                }
            }
            fields.add(field.toString());
            if (c == ',') {
                c = read();
                continue;
            }
            if (c == '\r') {
                int n = peek();
                if (n == '\n') {
                    read();
                }
            }
            return fields;
        }
    }

    private int read() {
        if (position == limit && !fill()) {
            return -1;
        }
        char c = buffer[position++];
        if (c == '\n') {
            line++;
        }
        return c;
    }

    private int peek() {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() {
        try {
            int n = in.read(buffer, 0, buffer.length);
            if (n <= 0) {
                return false;
            }
            position = 0;
            limit = n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
