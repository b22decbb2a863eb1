package io.runtimeaccess.reviews.campaign;

import java.util.Locale;

/**
 * Who reviews an item: the members of a named Keycloak group, or the user named by each reviewed user's manager
 * attribute.
 */
public enum ReviewerKind {
    GROUP,
    MANAGER;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReviewerKind ofApiName(String name) {
        for (ReviewerKind kind : values()) {
            if (kind.apiName().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
