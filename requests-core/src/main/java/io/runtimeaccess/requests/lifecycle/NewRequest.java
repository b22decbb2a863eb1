package io.runtimeaccess.requests.lifecycle;

import io.runtimeaccess.requests.policy.AccessPolicy;
import io.runtimeaccess.requests.policy.InvalidInput;
import java.time.Duration;
import java.util.regex.Pattern;

/** A user's request as checked against the item's policy: the duration it asks for, its justification and ticket. */
public record NewRequest(Duration duration, String justification, String ticket) {

    public static final int JUSTIFICATION_MAX = 1000;
    public static final int TICKET_MAX = 64;
    /** Ticket keys as trackers write them: {@code OPS-123}, {@code INC0012345}, {@code #42}. */
    private static final Pattern TICKET = Pattern.compile("[A-Za-z0-9#][A-Za-z0-9._#/-]*");

    /** A null duration asks for the policy's maximum. */
    public static NewRequest of(AccessPolicy policy, String duration, String justification, String ticket) {
        Duration asked = duration == null ? policy.maxDuration() : AccessPolicy.duration("duration", duration);
        if (asked.compareTo(policy.maxDuration()) > 0) {
            throw new InvalidInput("duration", "must be at most " + policy.maxDuration() + " for this item, got "
                    + duration);
        }
        String why = text("justification", justification, JUSTIFICATION_MAX);
        if (why == null && policy.justificationRequired()) {
            throw new InvalidInput("justification", "is required for this item");
        }
        String key = text("ticket", ticket, TICKET_MAX);
        if (key == null && policy.ticketRequired()) {
            throw new InvalidInput("ticket", "a ticket number is required for this item");
        }
        if (key != null && !TICKET.matcher(key).matches()) {
            throw new InvalidInput("ticket", "must be a ticket key such as OPS-123 (letters, digits, . _ # / -)");
        }
        return new NewRequest(asked, why, key);
    }

    /** Trimmed text, null when blank; no control characters but line breaks. */
    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            throw new InvalidInput(field, "must be at most " + max + " characters (" + trimmed.length() + " given)");
        }
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidInput(field, "must not contain control characters");
        }
        return trimmed;
    }
}
