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
    private static final int TABLE_LENGTH = Level.SLOTS + NoveltyCounters.LONGS;

    /** Device ids remembered per user: a person's browsers, most used first. */
    public static final int DEVICE_ID_SLOTS = 4;

    /** Heap bytes of one profile: the object, its table and its clock (compressed references). */
    public static final int BYTES = 64 + (16 + 8 * TABLE_LENGTH) + (16 + CLOCK_LENGTH);

    /** Heap bytes a profile's device ids add once it has any. */
    public static final int DEVICE_ID_BYTES = 16 + 8 * DeviceIdSlots.LENGTH;

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
        return NoveltyCounters.trials(table, level, parentSlot);
    }

    /** Of those comparisons, how many brought a value new at this level. */
    public int novel(Level level, int parentSlot) {
        return NoveltyCounters.novel(table, level, parentSlot);
    }

    /** Counts one comparison at a level; {@code parentSlot} is the parent value's slot (ignored at the top). */
    public void countTrial(Level level, int parentSlot, boolean novel) {
        NoveltyCounters.countTrial(table, level, parentSlot, novel);
    }

    /** A slot of a parent level got a new value: its children's novelty count starts again. */
    public void resetChildren(int slot) {
        NoveltyCounters.resetChildren(table, slot);
    }

    public int hourCount(int hour) {
        return SignInClock.count(clock, hour);
    }

    public int weekdayCount(int weekday) {
        return SignInClock.count(clock, HOURS + weekday);
    }

    public int hourTotal() {
        return SignInClock.total(clock, 0, HOURS);
    }

    public int weekdayTotal() {
        return SignInClock.total(clock, HOURS, WEEKDAYS);
    }

    /** Counts a sign-in at this hour and weekday (see {@link SignInClock} for how the clock forgets). */
    public void addClock(int hour, int weekday, int weight) {
        SignInClock.bumpHour(clock, hour, weight);
        SignInClock.bumpWeekday(clock, weekday, weight);
    }

    public void addHour(int hour, int weight) {
        SignInClock.bumpHour(clock, hour, weight);
    }

    public void addWeekday(int weekday, int weight) {
        SignInClock.bumpWeekday(clock, weekday, weight);
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
        return DeviceIdSlots.knows(deviceIds, deviceKey);
    }

    /** Device ids remembered (at most {@value #DEVICE_ID_SLOTS}). */
    public int deviceIdCount() {
        return DeviceIdSlots.count(deviceIds);
    }

    /** Sign-ins with a device id after the user's first such sign-in: the comparisons made. */
    public int deviceIdTrials() {
        return DeviceIdSlots.trials(deviceIds);
    }

    /** Of those comparisons, how many brought a device id the user had not shown. */
    public int newDeviceIds() {
        return DeviceIdSlots.novel(deviceIds);
    }

    /** Learns a sign-in's device id; the first one ever is no comparison, so it counts no trial. */
    public void addDeviceId(int deviceKey, int weight, int day) {
        deviceIds = DeviceIdSlots.add(deviceIds, deviceKey, weight, day);
    }

    /** The device ids and their counters for a snapshot, or {@code null}. */
    public long[] deviceIdsRaw() {
        return deviceIds;
    }

    public void restoreDeviceIds(long[] raw) {
        if (raw.length != DeviceIdSlots.LENGTH) {
            throw new IllegalArgumentException("device ids of " + raw.length + " longs, expected " + DeviceIdSlots.LENGTH);
        }
        deviceIds = raw.clone();
    }

    @Override
    public String toString() {
        return "UserProfile[logins=" + logins + ", table=" + Arrays.toString(table) + "]";
    }
}
