package io.runtimeaccess.lifecycle.csv;

/**
 * Refuses double quotes where RFC 4180 allows none, before opencsv reads the text. opencsv is lenient there, and not
 * the same way in every column: {@code "a"b} reads {@code ab} as a record's first field but {@code a"b} as any other,
 * and {@code "b" ,c} keeps the closing quote in the value. So a quote must open a field (after blanks at most), be
 * written twice inside a quoted field, or close one right before a comma or the end of the line; anything else is a
 * {@link CsvFormatException} naming the line. A quote left open is left to opencsv, which names the line it opened on.
 */
final class QuotePlacement {

    private QuotePlacement() {
    }

    static void check(String text) {
        int line = 1;
        boolean quoted = false;
        boolean fieldStart = true;
        boolean closed = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || c == '\r';
            if (lineEnd) {
                line++;
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 1 : 0;
            }
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    closed = true;
                }
            } else if (c == ',' || lineEnd) {
                fieldStart = true;
                closed = false;
            } else if (closed) {
                throw new CsvFormatException(line, "text after the closing double quote of a field (a quote inside a"
                        + " field is written twice, and the whole field is quoted)");
            } else if (c == '"' && !fieldStart) {
                throw new CsvFormatException(line, "a double quote inside a field that does not start with one (quote"
                        + " the whole field and write the quote twice)");
            } else if (c == '"') {
                quoted = true;
            } else if (c != ' ' && c != '\t') {
                fieldStart = false;
            }
        }
    }
}
