package io.runtimeaccess.anomaly.state;

import java.util.Arrays;

/**
 * What normal looks like for one user, in about 450 bytes:
 * <ul>
 *   <li>{@code table}: one {@code long[]} holding the {@link TopK} slices of every {@link Level}
 *       (4 countries, 6 ASNs, 8 networks, 3 platforms, 3 browser families, 4 browser versions, 5 user
 *       agents), followed by 16-bit novelty counters: per parent slot, how many of its later sightings
 *       brought a child value new under it (a new /24 under this ASN), and for the two tops of the
 *       hierarchies the user's comparisons and new values;</li>
 *   <li>{@code clock}: sign-ins per hour of day (24 bytes, UTC) and per weekday (7 bytes), halved when
 *       either holds {@value #CLOCK_MEMORY}, so they are proportions of the recent sign-ins;</li>
 *   <li>the last sign-in: when, where (coordinates, country, ASN, network, VPN or not, mobile carrier or not);</li>
 *   <li>{@code deviceIds}, only for users whose browsers present a device cookie: the {@value
 *       #DEVICE_ID_SLOTS} device ids seen most (a {@link TopK} slice) and one long of counters, sign-ins
 *       that carried a device id after the first and how many of them brought a new one (56 more bytes).</li>
 * </ul>
 */
public final class UserProfile {

    public static final int HOURS = 24;
    public static final int WEEKDAYS = 7;
    /** Most sign-ins the hour (and the weekday) histogram holds before it is halved: its memory. */
    public static final int CLOCK_MEMORY = 96;
    private static final int CLOCK_LENGTH = HOURS + WEEKDAYS + 1;
    private static final int COUNTERS_BASE = Level.SLOTS;
    private static final int CHILD_COUNTERS = 20;
    private static final int TOP_BASE = CHILD_COUNTERS;
    private static final int TABLE_LENGTH = Level.SLOTS + (CHILD_COUNTERS + 4 + 3) / 4;
    private static final int MAX_TRIALS = 30_000;

    /** Device ids remembered per user: a person's browsers, most used first. */
    public static final int DEVICE_ID_SLOTS = 4;
    private static final int DEVICE_IDS_LENGTH = DEVICE_ID_SLOTS + 1;

    /** Heap bytes of one profile: the object, its table and its clock (compressed references). */
    public static final int BYTES = 64 + (16 + 8 * TABLE_LENGTH) + (16 + CLOCK_LENGTH);

    /** Heap bytes a profile's device ids add once it has any. */
    public static final int DEVICE_ID_BYTES = 16 + 8 * DEVICE_IDS_LENGTH;

    /** The most one profile takes, device ids included: what state estimates count (an upper bound). */
    public static final int MAX_BYTES = BYTES + DEVICE_ID_BYTES;

    private final long[] table;
    private final byte[] clock;
    private int logins;
    private long lastLoginMillis;
    private float lastLatitude = Float.NaN;
    private float lastLongitude = Float.NaN;
    private int lastCountry;
    private int lastAsn;
    private int lastNetwork;
    private boolean lastHosting;
    private boolean lastMobile;
    private boolean usedHosting;
    /** {@code null} until a sign-in carries a device id: most users of an API-only realm never do. */
    private long[] deviceIds;

    public UserProfile() {
        table = new long[TABLE_LENGTH];
        clock = new byte[CLOCK_LENGTH];
    }

    public long[] table() {
        return table;
    }

    public byte[] clock() {
        return clock;
    }

    /** Sign-ins learned. */
    public int logins() {
        return logins;
    }

    public void countLogin() {
        logins++;
    }

    public int countOf(Level level, int value) {
        return TopK.countOf(table, level.offset(), level.length(), value);
    }

    public boolean knows(Level level, int value) {
        return countOf(level, value) > 0;
    }

    /** Whether the level holds a value with the same upper 16 bits (see {@code UserAgent.headerKey}). */
    public boolean knowsUpperHalf(Level level, int value) {
        for (int i = level.offset(), end = i + level.length(); i < end; i++) {
            long slot = table[i];
            if (TopK.count(slot) > 0 && TopK.value(slot) >>> 16 == value >>> 16) {
                return true;
            }
        }
        return false;
    }

    /** Adds sightings; returns the table index of the value's slot (a parent's new slot starts its children's count afresh). */
    public int add(Level level, int value, int weight, int day) {
        boolean known = slotOf(level, value) >= 0;
        int slot = TopK.put(table, level.offset(), level.length(), value, weight, day);
        if (!known) {
            resetChildren(slot);
        }
        return slot;
    }

    /**
     * Gives the slot holding {@code from} the value {@code to}, keeping its count and day, unless
     * {@code to} is already there. For keys whose meaning changed (see {@code NewDevice}). Returns
     * whether it renamed.
     */
    public boolean rename(Level level, int from, int to) {
        int slot = slotOf(level, from);
        if (slot < 0 || slotOf(level, to) >= 0) {
            return false;
        }
        table[slot] = TopK.slot(to, TopK.count(table[slot]), TopK.day(table[slot]));
        return true;
    }

    public int total(Level level) {
        return TopK.total(table, level.offset(), level.length());
    }

    public int[] usual(Level level, int max) {
        return TopK.strongest(table, level.offset(), level.length(), max);
    }

    /** The table index of the value's slot at the level, or -1. */
    public int slotOf(Level level, int value) {
        return TopK.indexOf(table, level.offset(), level.length(), value);
    }

    /**
     * Comparisons made at this level for a sign-in whose parent value sits in {@code parentSlot}: the
     * parent's earlier sightings after its first (at the top of a hierarchy, the user's comparisons).
     */
    public int trials(Level level, int parentSlot) {
        if (level.isTop()) {
            return counter(TOP_BASE + 2 * topIndex(level) + 1);
        }
        return parentSlot < 0 ? 0 : Math.max(0, TopK.count(table[parentSlot]) - 1);
    }

    /** Of those comparisons, how many brought a value new at this level. */
    public int novel(Level level, int parentSlot) {
        if (level.isTop()) {
            return counter(TOP_BASE + 2 * topIndex(level));
        }
        return parentSlot < 0 ? 0 : Math.min(counter(childIndex(parentSlot)), trials(level, parentSlot));
    }

    /** Counts one comparison at a level; {@code parentSlot} is the parent value's slot (ignored at the top). */
    public void countTrial(Level level, int parentSlot, boolean novel) {
        if (level.isTop()) {
            int at = TOP_BASE + 2 * topIndex(level);
            if (counter(at + 1) >= MAX_TRIALS) {
                setCounter(at, counter(at) / 2);
                setCounter(at + 1, counter(at + 1) / 2);
            }
            setCounter(at + 1, counter(at + 1) + 1);
            if (novel) {
                setCounter(at, counter(at) + 1);
            }
        } else if (novel && parentSlot >= 0) {
            int at = childIndex(parentSlot);
            setCounter(at, Math.min(MAX_TRIALS, counter(at) + 1));
        }
    }

    /** A slot of a parent level got a new value: its children's novelty count starts again. */
    public void resetChildren(int slot) {
        if (childIndex(slot) >= 0) {
            setCounter(childIndex(slot), 0);
        }
    }

    private static int topIndex(Level level) {
        return level.isDevice() ? 1 : 0;
    }

    /** Parent slots (every level but the finest of each hierarchy) carry a children's novelty counter. */
    private static int childIndex(int slot) {
        if (slot < Level.NETWORK.offset()) {
            return slot;                                        // COUNTRY and ASN slots: 0..9
        }
        if (slot >= Level.PLATFORM.offset() && slot < Level.AGENT.offset()) {
            return 10 + slot - Level.PLATFORM.offset();         // PLATFORM, FAMILY, BROWSER slots: 10..19
        }
        return -1;
    }

    /** 16-bit counters, four to a long: 20 children's novelty counts, then the two tops' novelty and trials. */
    private int counter(int index) {
        return (int) (table[COUNTERS_BASE + index / 4] >>> (16 * (index & 3))) & 0xFFFF;
    }

    private void setCounter(int index, int value) {
        int shift = 16 * (index & 3);
        int at = COUNTERS_BASE + index / 4;
        table[at] = (table[at] & ~(0xFFFFL << shift)) | ((long) (value & 0xFFFF) << shift);
    }

    public int hourCount(int hour) {
        return clock[hour] & 0xFF;
    }

    public int weekdayCount(int weekday) {
        return clock[HOURS + weekday] & 0xFF;
    }

    public int hourTotal() {
        int total = 0;
        for (int h = 0; h < HOURS; h++) {
            total += clock[h] & 0xFF;
        }
        return total;
    }

    public int weekdayTotal() {
        int total = 0;
        for (int d = 0; d < WEEKDAYS; d++) {
            total += clock[HOURS + d] & 0xFF;
        }
        return total;
    }

    /**
     * Counts a sign-in at this hour and weekday. A histogram is halved whenever its total would pass
     * {@value #CLOCK_MEMORY} (or a count a byte), so it holds roughly the user's last 50–100 sign-ins:
     * habits that change for good (a night shift) become the usual hours within a few weeks instead of
     * being outvoted by years of history. A snapshot's larger histograms shrink on their next sign-in.
     */
    public void addClock(int hour, int weekday, int weight) {
        bump(0, HOURS, hour, weight);
        bump(HOURS, WEEKDAYS, HOURS + weekday, weight);
    }

    public void addHour(int hour, int weight) {
        bump(0, HOURS, hour, weight);
    }

    public void addWeekday(int weekday, int weight) {
        bump(HOURS, WEEKDAYS, HOURS + weekday, weight);
    }

    private void bump(int from, int length, int at, int weight) {
        int w = Math.max(0, Math.min(weight, CLOCK_MEMORY));
        while ((clock[at] & 0xFF) + w > 255 || clockTotal(from, length) + w > CLOCK_MEMORY) {
            for (int i = from; i < from + length; i++) {
                clock[i] = (byte) ((clock[i] & 0xFF) >>> 1);
            }
        }
        clock[at] = (byte) ((clock[at] & 0xFF) + w);
    }

    private int clockTotal(int from, int length) {
        int total = 0;
        for (int i = from; i < from + length; i++) {
            total += clock[i] & 0xFF;
        }
        return total;
    }

    public long lastLoginMillis() {
        return lastLoginMillis;
    }

    public boolean hasLastLocation() {
        return !Float.isNaN(lastLatitude) && !Float.isNaN(lastLongitude);
    }

    public double lastLatitude() {
        return lastLatitude;
    }

    public double lastLongitude() {
        return lastLongitude;
    }

    public int lastCountry() {
        return lastCountry;
    }

    public int lastAsn() {
        return lastAsn;
    }

    public int lastNetwork() {
        return lastNetwork;
    }

    public boolean lastHosting() {
        return lastHosting;
    }

    /** The last sign-in came through a mobile carrier. */
    public boolean lastMobile() {
        return lastMobile;
    }

    public boolean usedHosting() {
        return usedHosting;
    }

    public void markUsedHosting() {
        usedHosting = true;
    }

    public void setLast(long millis, double latitude, double longitude, int country, int asn, int network,
            boolean hosting, boolean mobile) {
        lastLoginMillis = millis;
        lastLatitude = (float) latitude;
        lastLongitude = (float) longitude;
        lastCountry = country;
        lastAsn = asn;
        lastNetwork = network;
        lastHosting = hosting;
        lastMobile = mobile;
    }

    /** Restores the scalar fields from a snapshot (the arrays are filled in place). */
    public void restoreScalars(int logins, long lastLoginMillis, float lastLatitude, float lastLongitude,
            int lastCountry, int lastAsn, int lastNetwork, boolean lastHosting, boolean lastMobile,
            boolean usedHosting) {
        this.logins = logins;
        this.lastLoginMillis = lastLoginMillis;
        this.lastLatitude = lastLatitude;
        this.lastLongitude = lastLongitude;
        this.lastCountry = lastCountry;
        this.lastAsn = lastAsn;
        this.lastNetwork = lastNetwork;
        this.lastHosting = lastHosting;
        this.lastMobile = lastMobile;
        this.usedHosting = usedHosting;
    }

    public float lastLatitudeRaw() {
        return lastLatitude;
    }

    public float lastLongitudeRaw() {
        return lastLongitude;
    }

    /** Whether this user's sign-ins ever carried a device id. */
    public boolean hasDeviceIds() {
        return deviceIds != null;
    }

    public boolean knowsDeviceId(int deviceKey) {
        return deviceIds != null && TopK.indexOf(deviceIds, 0, DEVICE_ID_SLOTS, deviceKey) >= 0;
    }

    /** Device ids remembered (at most {@value #DEVICE_ID_SLOTS}). */
    public int deviceIdCount() {
        int count = 0;
        for (int i = 0; deviceIds != null && i < DEVICE_ID_SLOTS; i++) {
            count += TopK.count(deviceIds[i]) > 0 ? 1 : 0;
        }
        return count;
    }

    /** Sign-ins with a device id after the user's first such sign-in: the comparisons made. */
    public int deviceIdTrials() {
        return deviceIds == null ? 0 : (int) (deviceIds[DEVICE_ID_SLOTS] >>> 32);
    }

    /** Of those comparisons, how many brought a device id the user had not shown. */
    public int newDeviceIds() {
        return deviceIds == null ? 0 : (int) deviceIds[DEVICE_ID_SLOTS];
    }

    /** Learns a sign-in's device id; the first one ever is no comparison, so it counts no trial. */
    public void addDeviceId(int deviceKey, int weight, int day) {
        boolean first = deviceIds == null;
        if (first) {
            deviceIds = new long[DEVICE_IDS_LENGTH];
        }
        boolean known = knowsDeviceId(deviceKey);
        TopK.put(deviceIds, 0, DEVICE_ID_SLOTS, deviceKey, weight, day);
        if (!first) {
            long trials = deviceIdTrials() + 1L;
            long novel = newDeviceIds() + (known ? 0 : 1);
            if (trials > MAX_TRIALS) { // halve both so the rate stays a rate of recent behaviour
                trials >>>= 1;
                novel >>>= 1;
            }
            deviceIds[DEVICE_ID_SLOTS] = trials << 32 | novel;
        }
    }

    /** The device ids and their counters for a snapshot, or {@code null}. */
    public long[] deviceIdsRaw() {
        return deviceIds;
    }

    public void restoreDeviceIds(long[] raw) {
        if (raw.length != DEVICE_IDS_LENGTH) {
            throw new IllegalArgumentException("device ids of " + raw.length + " longs, expected " + DEVICE_IDS_LENGTH);
        }
        deviceIds = raw.clone();
    }

    @Override
    public String toString() {
        return "UserProfile[logins=" + logins + ", table=" + Arrays.toString(table) + "]";
    }
}
