package io.runtimeaccess.sharing.check;

/**
 * The outcome of a check and the reason for it. A fixed set of constants, so answering a check
 * allocates nothing; the reason goes into the AuthZEN response's {@code context}.
 */
public enum Decision {
    ALLOW_ROLE(true, "an effective runtime role holds the permission"),
    ALLOW_DESIGNER(true, "designer user: the solution and its swimlanes need no runtime role"),
    DENY_SUBJECT_DISABLED(false, "the user is disabled"),
    DENY_UNKNOWN_SUBJECT_TYPE(false, "only subjects of type user are known"),
    DENY_UNKNOWN_SUBJECT(false, "no user with this id or username in this organization"),
    DENY_NO_ROLE(false, "no effective runtime role holds the permission"),
    DENY_PERMISSION_HAS_NO_ROLES(false, "the permission has no roles configured in the Active Policy"),
    DENY_BUSINESS_FILTER(false, "the user's business filters do not match the record's"),
    DENY_UNKNOWN_SOLUTION(false, "unknown solution, or it has no Active Policy"),
    DENY_UNKNOWN_RESOURCE(false, "the Active Policy has no resource of this type and name"),
    DENY_CONDITION(false, "a condition of the permission denies it for the request's properties"),
    DENY_ACTION_NOT_ON_RESOURCE(false, "this resource has no such action"),
    DENY_RESOURCE_REQUIRED(false, "this action needs a swimlane or UI flow");

    private final boolean allowed;
    private final String reason;

    Decision(boolean allowed, String reason) {
        this.allowed = allowed;
        this.reason = reason;
    }

    public boolean allowed() {
        return allowed;
    }

    public String reason() {
        return reason;
    }
}
