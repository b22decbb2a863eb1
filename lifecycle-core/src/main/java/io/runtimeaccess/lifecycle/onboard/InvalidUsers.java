package io.runtimeaccess.lifecycle.onboard;

/**
 * The CSV cannot be onboarded as it is. {@code field} names what is wrong the way an API error does:
 * {@code csv} for the text itself, {@code csv.header} for the header, {@code csv.line.N.column} for a cell.
 */
public final class InvalidUsers extends RuntimeException {

    private final String field;

    public InvalidUsers(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
