package io.runtimeaccess.reviews.decision;

import java.util.Locale;

/** A reviewer's decision on one item: keep the access, revoke it, or hand the item to another reviewer. */
public enum Decision {
    APPROVE,
    REVOKE,
    DELEGATE;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Decision ofApiName(String name) {
        for (Decision decision : values()) {
            if (decision.apiName().equals(name)) {
                return decision;
            }
        }
        return null;
    }
}
