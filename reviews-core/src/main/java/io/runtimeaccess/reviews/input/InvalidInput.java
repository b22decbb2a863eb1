package io.runtimeaccess.reviews.input;

/** Input that breaks a rule, naming the field; the Keycloak adapter turns it into a 400 naming that field. */
public final class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
