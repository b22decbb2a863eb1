package io.runtimeaccess.anomaly.state;

/**
 * A {@link UserProfile}'s device ids: a {@link TopK} slice of the {@value UserProfile#DEVICE_ID_SLOTS} ids seen
 * most, then one long holding the comparisons made (sign-ins with a device id after the first, high half) and
 * how many brought a new id (low half). Static over the profile's own array, which stays {@code null} for
 * users whose browsers never present a device cookie.
 */
final class DeviceIdSlots {

    static final int LENGTH = UserProfile.DEVICE_ID_SLOTS + 1;
    private static final int COUNTERS = UserProfile.DEVICE_ID_SLOTS;

    private DeviceIdSlots() {
    }

    static boolean knows(long[] ids, int deviceKey) {
        return ids != null && TopK.indexOf(ids, 0, COUNTERS, deviceKey) >= 0;
    }

    static int count(long[] ids) {
        int count = 0;
        for (int i = 0; ids != null && i < COUNTERS; i++) {
            count += TopK.count(ids[i]) > 0 ? 1 : 0;
        }
        return count;
    }

    static int trials(long[] ids) {
        return ids == null ? 0 : (int) (ids[COUNTERS] >>> 32);
    }

    static int novel(long[] ids) {
        return ids == null ? 0 : (int) ids[COUNTERS];
    }

    /**
     * Learns a device id into {@code ids} (a new array when {@code null}) and returns the array; the first id
     * ever is no comparison, so it counts no trial.
     */
    static long[] add(long[] ids, int deviceKey, int weight, int day) {
        boolean first = ids == null;
        long[] slots = first ? new long[LENGTH] : ids;
        boolean known = knows(slots, deviceKey);
        TopK.put(slots, 0, COUNTERS, deviceKey, weight, day);
        if (!first) {
            long trials = trials(slots) + 1L;
            long novel = novel(slots) + (known ? 0 : 1);
            if (trials > NoveltyCounters.MAX_TRIALS) { // halve both so the rate stays a rate of recent behaviour
                trials >>>= 1;
                novel >>>= 1;
            }
            slots[COUNTERS] = trials << 32 | novel;
        }
        return slots;
    }
}
