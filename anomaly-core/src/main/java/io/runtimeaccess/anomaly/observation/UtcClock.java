package io.runtimeaccess.anomaly.observation;

/**
 * Day, hour and weekday of an instant in UTC by integer arithmetic (no calendar objects per event).
 * Per-user habits are learned in UTC: a user's own hours are consistent whatever their time zone.
 */
public final class UtcClock {

    /** 2020-01-01T00:00:00Z in epoch seconds: windows count seconds from here in an int (good until 2088). */
    private static final long EPOCH_2020 = 1_577_836_800L;
    private static final long DAY_MILLIS = 86_400_000L;
    private static final long HOUR_MILLIS = 3_600_000L;
    private static final String[] WEEKDAY_NAMES = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    private UtcClock() {
    }

    /** Seconds since 2020-01-01 UTC, for compact window timestamps. */
    public static int seconds(long millis) {
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, Math.floorDiv(millis, 1000L) - EPOCH_2020));
    }

    /** Days since 1970-01-01. */
    public static long day(long millis) {
        return Math.floorDiv(millis, DAY_MILLIS);
    }

    /** Hour of day, 0–23. */
    public static int hour(long millis) {
        return (int) Math.floorMod(Math.floorDiv(millis, HOUR_MILLIS), 24L);
    }

    /** Day of week, Monday = 0 (1970-01-01 was a Thursday, 3). */
    public static int weekday(long millis) {
        return (int) Math.floorMod(day(millis) + 3, 7L);
    }

    public static String weekdayName(int weekday) {
        return WEEKDAY_NAMES[weekday];
    }

    /** Reads {@link #weekdayName} back; -1 if unknown. */
    public static int parseWeekday(String name) {
        for (int i = 0; i < WEEKDAY_NAMES.length; i++) {
            if (WEEKDAY_NAMES[i].equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    public static String hourLabel(int hour) {
        return (hour < 10 ? "0" : "") + hour + ":00 UTC";
    }
}
