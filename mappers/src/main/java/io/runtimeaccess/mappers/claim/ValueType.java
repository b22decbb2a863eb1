package io.runtimeaccess.mappers.claim;

/** How the imported claim is stored on the user. */
public enum ValueType {
    /** Every value, after the transforms, as one multivalued attribute. */
    STRING_LIST("string-list"),
    /** Exactly one value that reads as a boolean, stored as {@code true} or {@code false}. */
    BOOLEAN("boolean");

    private final String configValue;

    ValueType(String configValue) {
        this.configValue = configValue;
    }

    public String configValue() {
        return configValue;
    }

    public static ValueType fromConfig(String value) {
        if (value == null || value.isBlank()) {
            return STRING_LIST;
        }
        for (ValueType type : values()) {
            if (type.configValue.equalsIgnoreCase(value.trim())) {
                return type;
            }
        }
        throw new IllegalArgumentException("value type '" + value + "' is not one of string-list, boolean");
    }
}
