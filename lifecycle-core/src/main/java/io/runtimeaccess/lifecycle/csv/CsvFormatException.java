package io.runtimeaccess.lifecycle.csv;

/** The text is not RFC 4180 CSV; {@code line} is the 1-based line where the reader noticed. */
public final class CsvFormatException extends RuntimeException {

    private final int line;

    public CsvFormatException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
