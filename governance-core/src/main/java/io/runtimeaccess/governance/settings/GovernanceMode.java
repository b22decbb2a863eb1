package io.runtimeaccess.governance.settings;

/** What a realm does with proposals. */
public enum GovernanceMode {
    /** No analysis at all. */
    OFF,
    /** Read-only analysis: proposals are listed, none can be approved. The default for a new realm. */
    REPORT,
    /** Proposals wait in a queue; an admin approves or rejects each. */
    APPROVE,
    /**
     * Like {@link #APPROVE}, but proposals of the categories the admin enabled are applied at once, unless they
     * touch a privileged item (admin roles, the designer flag, roles marked privileged), which always need a human.
     */
    AUTO_LOW_RISK;

    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static GovernanceMode ofApiName(String name) {
        for (GovernanceMode mode : values()) {
            if (mode.apiName().equals(name)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown mode: " + name);
    }
}
