package io.runtimeaccess.reviews.campaign;

import java.util.Locale;

/**
 * Who reviews an item: the members of a named Keycloak group, the user named by each reviewed user's manager
 * attribute, or the owners of what the item gives access to ({@link OwnedAccess}).
 */
public enum ReviewerKind {
    GROUP,
    MANAGER,
    OWNER;

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
