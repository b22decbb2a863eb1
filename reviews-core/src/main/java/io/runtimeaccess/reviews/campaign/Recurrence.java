package io.runtimeaccess.reviews.campaign;

import io.runtimeaccess.reviews.input.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * How often a campaign starts again: {@code monthly}, {@code quarterly}, {@code yearly}, or an ISO-8601 period
 * ({@code P2M}) or duration ({@code PT30S}, what tests use). Calendar periods are counted in UTC, so a quarterly
 * campaign started on 31 January next starts on 30 April, never drifting later than the calendar says.
 */
public record Recurrence(String text, Period period, Duration duration) {

    static final Duration SHORTEST = Duration.ofSeconds(1);

    public static Recurrence parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text) {
            case "monthly" -> new Recurrence(text, Period.ofMonths(1), null);
            case "quarterly" -> new Recurrence(text, Period.ofMonths(3), null);
            case "yearly" -> new Recurrence(text, Period.ofYears(1), null);
            default -> iso(text);
        };
    }

    private static Recurrence iso(String text) {
        try {
            if (text.startsWith("PT")) {
                Duration duration = Duration.parse(text);
                if (duration.compareTo(SHORTEST) < 0) {
                    throw new InvalidInput("recurrence", "must be at least 1 second");
                }
                return new Recurrence(text, null, duration);
            }
            Period period = Period.parse(text);
            if (period.isNegative() || period.isZero()) {
                throw new InvalidInput("recurrence", "must be a positive period");
            }
            return new Recurrence(text, period, null);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("recurrence", "must be monthly, quarterly, yearly or an ISO-8601 period");
        }
    }

    /** When the next campaign starts, counted from this one's start. */
    public Instant next(Instant start) {
        if (duration != null) {
            return start.plus(duration);
        }
        return start.atZone(ZoneOffset.UTC).plus(period).toInstant();
    }
}
