package io.runtimeaccess.governance.proposal;

/** Why a change is proposed. The API spells them in lower case with dashes, e.g. {@code peer-recommendation}. */
public enum Category {
    PEER_RECOMMENDATION,
    OUTLIER_ACCESS,
    DORMANT_ACCOUNT,
    UNUSED_ACCESS,
    DISABLED_USER_ACCESS,
    SOD_VIOLATION,
    RECONCILIATION;

    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Category ofApiName(String name) {
        for (Category category : values()) {
            if (category.apiName().equals(name)) {
                return category;
            }
        }
        throw new IllegalArgumentException("unknown category: " + name);
    }
}
