package io.runtimeaccess.anomaly.state;

import static io.runtimeaccess.anomaly.state.UserProfile.CLOCK_MEMORY;
import static io.runtimeaccess.anomaly.state.UserProfile.HOURS;

/**
 * A {@link UserProfile}'s clock: sign-ins per hour of day (UTC), then per weekday, one unsigned byte each.
 * A histogram is halved whenever its total would pass {@value UserProfile#CLOCK_MEMORY} (or a count a byte),
 * so it holds roughly the user's last 50–100 sign-ins: habits that change for good (a night shift) become
 * the usual hours within a few weeks instead of being outvoted by years of history. A snapshot's larger
 * histograms shrink on their next sign-in. Static over the profile's own array.
 */
final class SignInClock {

    private SignInClock() {
    }

    static int count(byte[] clock, int at) {
        return clock[at] & 0xFF;
    }

    static int total(byte[] clock, int from, int length) {
        int total = 0;
        for (int i = from; i < from + length; i++) {
            total += clock[i] & 0xFF;
        }
        return total;
    }

    /** Adds {@code weight} sign-ins at {@code at} of the histogram {@code [from, from + length)}. */
    static void bump(byte[] clock, int from, int length, int at, int weight) {
        int w = Math.max(0, Math.min(weight, CLOCK_MEMORY));
        while ((clock[at] & 0xFF) + w > 255 || total(clock, from, length) + w > CLOCK_MEMORY) {
            for (int i = from; i < from + length; i++) {
                clock[i] = (byte) ((clock[i] & 0xFF) >>> 1);
            }
        }
        clock[at] = (byte) ((clock[at] & 0xFF) + w);
    }

    static void bumpHour(byte[] clock, int hour, int weight) {
        bump(clock, 0, HOURS, hour, weight);
    }

    static void bumpWeekday(byte[] clock, int weekday, int weight) {
        bump(clock, HOURS, UserProfile.WEEKDAYS, HOURS + weekday, weight);
    }
}
