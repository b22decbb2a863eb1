package io.runtimeaccess.requests.policy;

import java.util.List;
import java.util.Set;

/**
 * Who may approve a request for an item. {@code values} depends on the type: the approvers' user ids
 * ({@link ApproverType#USERS}), one Keycloak group id ({@link ApproverType#GROUP}), one realm role name
 * ({@link ApproverType#REALM_ROLE}) or the name of the requester's user attribute holding the manager's
 * username or id ({@link ApproverType#MANAGER}).
 */
public record ApproverRule(ApproverType type, List<String> values) {

    public static final int MAX_USERS = 50;
    public static final String DEFAULT_MANAGER_ATTRIBUTE = "manager";

    public ApproverRule {
        values = List.copyOf(values);
    }

    /** Checks the shape; {@code approvalsNeeded} distinct approvers must be possible for a list of users. */
    public static ApproverRule of(ApproverType type, List<String> values, int approvalsNeeded) {
        List<String> cleaned = values == null ? List.of()
                : values.stream().map(v -> v == null ? "" : v.trim()).distinct().toList();
        if (cleaned.stream().anyMatch(v -> v.isEmpty() || v.length() > 255)) {
            throw new InvalidInput("approvers.values", "each value must be 1 to 255 characters");
        }
        if (type == ApproverType.MANAGER && cleaned.isEmpty()) {
            cleaned = List.of(DEFAULT_MANAGER_ATTRIBUTE);
        }
        if (type == ApproverType.USERS) {
            if (cleaned.isEmpty() || cleaned.size() > MAX_USERS) {
                throw new InvalidInput("approvers.values", "must name 1 to " + MAX_USERS + " users");
            }
            if (cleaned.size() < approvalsNeeded) {
                throw new InvalidInput("approvalsNeeded", approvalsNeeded + " approvals need at least "
                        + approvalsNeeded + " approvers, " + cleaned.size() + " named");
            }
        } else if (cleaned.size() != 1) {
            throw new InvalidInput("approvers.values", "a " + type.apiName() + " approver rule names exactly one "
                    + (type == ApproverType.MANAGER ? "user attribute" : type == ApproverType.GROUP ? "group" : "role"));
        }
        return new ApproverRule(type, cleaned);
    }

    /** Whether {@code candidate} is an approver of a request whose requester's manager attribute is known. */
    public boolean allows(Candidate candidate) {
        return switch (type) {
            case USERS -> values.contains(candidate.userId());
            case GROUP -> candidate.groupIds().contains(values.get(0));
            case REALM_ROLE -> candidate.realmRoles().contains(values.get(0));
            // Keycloak keeps usernames in lower case; an attribute typed "Jit-Boss" still names jit-boss
            case MANAGER -> candidate.requesterManagers().contains(candidate.userId())
                    || candidate.requesterManagers().stream().anyMatch(candidate.username()::equalsIgnoreCase);
        };
    }

    /**
     * What is known about a possible approver: its id and username, its groups (ancestors included) and effective
     * realm roles, and the values of the requester's manager attribute.
     */
    public record Candidate(String userId, String username, Set<String> groupIds, Set<String> realmRoles,
            Set<String> requesterManagers) {
    }
}
