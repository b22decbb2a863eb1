package io.runtimeaccess.reviews.campaign;

import io.runtimeaccess.reviews.input.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A campaign's clock: it runs {@code duration} from its start to its deadline, reviewers are reminded
 * {@code reminderBefore} the deadline (never, if null), and at the deadline undecided items get the default decision.
 */
public record Timing(Duration duration, Duration reminderBefore) {

    static final Duration LONGEST = Duration.ofDays(366);

    public static Timing of(String duration, String reminderBefore) {
        Duration length = parse("duration", duration == null ? "P14D" : duration);
        if (length.isNegative() || length.isZero() || length.compareTo(LONGEST) > 0) {
            throw new InvalidInput("duration", "must be more than 0 and at most 366 days");
        }
        Duration reminder = reminderBefore == null ? null : parse("reminderBefore", reminderBefore);
        if (reminder != null && (reminder.isNegative() || reminder.isZero() || reminder.compareTo(length) >= 0)) {
            throw new InvalidInput("reminderBefore", "must be more than 0 and shorter than the duration");
        }
        return new Timing(length, reminder);
    }

    private static Duration parse(String field, String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "must be an ISO-8601 duration such as P14D or PT30S");
        }
    }

    public Instant deadline(Instant start) {
        return start.plus(duration);
    }

    /** When reminders go out, or null for none. */
    public Instant reminderAt(Instant start) {
        return reminderBefore == null ? null : deadline(start).minus(reminderBefore);
    }
}
