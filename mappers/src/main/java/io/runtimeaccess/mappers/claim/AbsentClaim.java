package io.runtimeaccess.mappers.claim;

/** What a login does to the attribute when the identity provider sent none of the configured claims. */
public enum AbsentClaim {
    /** The IdP no longer asserts anything, so the user no longer has anything: the attribute goes. */
    REMOVE("remove"),
    /** The attribute keeps its last imported value. */
    KEEP("keep");

    private final String configValue;

    AbsentClaim(String configValue) {
        this.configValue = configValue;
    }

    public String configValue() {
        return configValue;
    }

    public static AbsentClaim fromConfig(String value) {
        if (value == null || value.isBlank()) {
            return REMOVE;
        }
        for (AbsentClaim policy : values()) {
            if (policy.configValue.equalsIgnoreCase(value.trim())) {
                return policy;
            }
        }
        throw new IllegalArgumentException("absent-claim policy '" + value + "' is not one of remove, keep");
    }
}
