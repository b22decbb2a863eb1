package io.runtimeaccess.requests.policy;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * The policy of one requestable item: the longest access a request may ask for, who approves, how many distinct
 * approvers must approve, whether a request needs a justification and a ticket number, and the optional
 * auto-approval (null: off, the default).
 */
public record AccessPolicy(Duration maxDuration, ApproverRule approvers, int approvalsNeeded,
        boolean justificationRequired, boolean ticketRequired, AutoApproval autoApproval) {

    public static final Duration DEFAULT_MAX_DURATION = Duration.ofHours(8);
    /** Longer access is not "just in time": grant it through the admin API instead. */
    public static final Duration LONGEST = Duration.ofDays(30);

    /** Validates a policy as an admin sends it; a null duration is the 8-hour default. */
    public static AccessPolicy of(String maxDuration, ApproverType type, java.util.List<String> values,
            Integer approvalsNeeded, boolean justificationRequired, boolean ticketRequired, AutoApproval autoApproval) {
        int needed = approvalsNeeded == null ? 1 : approvalsNeeded;
        if (needed < 1 || needed > 2) {
            throw new InvalidInput("approvalsNeeded", "must be 1 or 2");
        }
        Duration max = maxDuration == null ? DEFAULT_MAX_DURATION : duration("maxDuration", maxDuration);
        if (max.compareTo(LONGEST) > 0) {
            throw new InvalidInput("maxDuration", "must be at most 30 days (P30D), got " + maxDuration);
        }
        if (type == null) {
            throw new InvalidInput("approvers.type", "is required: users, group, realm-role or manager");
        }
        return new AccessPolicy(max, ApproverRule.of(type, values, needed), needed, justificationRequired,
                ticketRequired, autoApproval);
    }

    /** A positive ISO-8601 duration of whole seconds ({@code PT8H}, {@code P2D}, {@code PT30S}). */
    public static Duration duration(String field, String value) {
        Duration parsed;
        try {
            parsed = Duration.parse(value.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidInput(field, "must be an ISO-8601 duration such as PT8H or P2D");
        }
        if (parsed.isNegative() || parsed.isZero()) {
            throw new InvalidInput(field, "must be longer than zero");
        }
        // stored and counted in whole seconds: PT0.5S would become zero, PT1.5S would lose half a second
        if (parsed.getNano() != 0) {
            throw new InvalidInput(field, "must be a whole number of seconds, got " + value.trim());
        }
        return parsed;
    }
}
