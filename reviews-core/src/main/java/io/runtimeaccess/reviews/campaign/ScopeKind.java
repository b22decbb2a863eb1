package io.runtimeaccess.reviews.campaign;

import java.util.Locale;

/**
 * What a campaign reviews: a solution's runtime grants, an end-user group's members, the holders of privileged
 * realm roles, all runtime access of users inactive for N days, or the open proposals of one governance category.
 * The API spells them in lower case with dashes ({@code solution-grants}).
 */
public enum ScopeKind {
    SOLUTION_GRANTS,
    GROUP_MEMBERS,
    PRIVILEGED_ROLES,
    INACTIVE_USERS,
    CATEGORY_PROPOSALS;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind of an API name, or null. */
    public static ScopeKind ofApiName(String name) {
        for (ScopeKind kind : values()) {
            if (kind.apiName().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
