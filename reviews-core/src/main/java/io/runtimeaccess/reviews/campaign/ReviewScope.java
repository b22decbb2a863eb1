package io.runtimeaccess.reviews.campaign;

import io.runtimeaccess.reviews.input.InvalidInput;
import io.runtimeaccess.reviews.input.Texts;

/**
 * A campaign's scope. {@code target} is the solution id, the end-user group id or the proposal category's API
 * name; {@code inactiveDays} is set for {@link ScopeKind#INACTIVE_USERS} only.
 */
public record ReviewScope(ScopeKind kind, String target, Integer inactiveDays) {

    static final int MAX_INACTIVE_DAYS = 3650;

    /** Validates the scope as sent, naming the offending field ({@code scope.type}, {@code scope.id}, {@code scope.days}). */
    public static ReviewScope of(String type, String target, Integer inactiveDays) {
        ScopeKind kind = type == null ? null : ScopeKind.ofApiName(type);
        if (kind == null) {
            throw new InvalidInput("scope.type", "must be one of solution-grants, group-members, privileged-roles,"
                    + " inactive-users, category-proposals");
        }
        boolean needsTarget = kind == ScopeKind.SOLUTION_GRANTS || kind == ScopeKind.GROUP_MEMBERS
                || kind == ScopeKind.CATEGORY_PROPOSALS;
        Texts.plain("scope.id", target);
        if (needsTarget && (target == null || target.isBlank())) {
            throw new InvalidInput("scope.id", "is required for scope " + kind.apiName());
        }
        if (kind == ScopeKind.INACTIVE_USERS) {
            if (inactiveDays == null || inactiveDays < 1 || inactiveDays > MAX_INACTIVE_DAYS) {
                throw new InvalidInput("scope.days", "must be 1 to " + MAX_INACTIVE_DAYS);
            }
            return new ReviewScope(kind, null, inactiveDays);
        }
        return new ReviewScope(kind, needsTarget ? target : null, null);
    }
}
