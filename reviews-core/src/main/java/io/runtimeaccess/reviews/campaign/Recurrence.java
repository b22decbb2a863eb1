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
 * campaign started on 31 January next starts on 30 April, never drifting later than the calendar says. At most
 * {@link #TEXT_MAX} characters (the column's width) and ten years (months counted as 31 days), so that the next
 * start can always be counted.
 */
public record Recurrence(String text, Period period, Duration duration) {

    static final Duration SHORTEST = Duration.ofSeconds(1);
    static final int TEXT_MAX = 32;
    static final int LONGEST_YEARS = 10;
    /** Ten years counted in months of 31 days: 3,720 days. */
    private static final long LONGEST_DAYS = 31L * 12 * LONGEST_YEARS;
    private static final Duration LONGEST = Duration.ofDays(LONGEST_DAYS);

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
        if (text.length() > TEXT_MAX) {
            throw new InvalidInput("recurrence", "must be at most " + TEXT_MAX + " characters");
        }
        try {
            if (text.startsWith("PT")) {
                Duration duration = Duration.parse(text);
                if (duration.compareTo(SHORTEST) < 0) {
                    throw new InvalidInput("recurrence", "must be at least 1 second");
                }
                if (duration.compareTo(LONGEST) > 0) {
                    throw tooLong();
                }
                return new Recurrence(text, null, duration);
            }
            Period period = Period.parse(text);
            if (period.isNegative() || period.isZero()) {
                throw new InvalidInput("recurrence", "must be a positive period");
            }
            // the parts are ints, so this sum cannot overflow a long
            if (period.toTotalMonths() * 31 + period.getDays() > LONGEST_DAYS) {
                throw tooLong();
            }
            return new Recurrence(text, period, null);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("recurrence", "must be monthly, quarterly, yearly or an ISO-8601 period");
        }
    }

    private static InvalidInput tooLong() {
        return new InvalidInput("recurrence", "must be at most " + LONGEST_YEARS + " years");
    }

    /** When the next campaign starts, counted from this one's start. */
    public Instant next(Instant start) {
        if (duration != null) {
            return start.plus(duration);
        }
        return start.atZone(ZoneOffset.UTC).plus(period).toInstant();
    }
}
