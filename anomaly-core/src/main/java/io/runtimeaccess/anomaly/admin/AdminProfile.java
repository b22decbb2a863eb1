package io.runtimeaccess.anomaly.admin;

import io.runtimeaccess.anomaly.state.TopK;
import java.util.Arrays;

/**
 * One admin's normal: the networks they administer from (a {@link TopK} of 6 /24s, each with the second it
 * was first seen until it is confirmed), how many changes they made, their busiest window so far (all
 * bulk-relevant changes together and per category), and a sliding window of recent bulk-relevant changes
 * in ten buckets (creates, deletes and access changes counted apart).
 */
public final class AdminProfile {

    public static final int NETWORK_SLOTS = 6;
    static final int BUCKETS = 10;
    /** Bulk categories: creates, deletes, role/group changes (see {@link BulkAdminActivity#category}). */
    public static final int CATEGORIES = 3;
    static final int RECENT_IDS = 16;

    /**
     * A network becomes known only when seen at two moments more than this apart. One sitting (an
     * attacker's harmless create, then the grant a minute later) cannot teach it; a second working day,
     * or the same office later that day, does. Elapsed time rather than calendar days, so two changes
     * either side of midnight UTC do not count as two days.
     */
    public static final int CONFIRM_AFTER_SECONDS = 3600;
    /** {@link #networkSince} of a confirmed network. Real values are seconds since 2020, never negative. */
    public static final int CONFIRMED = -1;

    public static final int BYTES = 48 + (16 + 8 * NETWORK_SLOTS) + (16 + 4 * NETWORK_SLOTS)
            + 2 * (16 + 4 * BUCKETS * CATEGORIES) + (16 + 4 * BUCKETS) + 3 * (16 + 4 * CATEGORIES)
            + (16 + 4 * RECENT_IDS) + 80 * RECENT_IDS;

    final long[] networks = new long[NETWORK_SLOTS];
    /** Per network slot: the second (since 2020) it was first seen, or {@link #CONFIRMED}. */
    final int[] networkSince = new int[NETWORK_SLOTS];
    int actions;
    /** The busiest window of all categories together. */
    int usualPeak;
    /** The busiest window of each category on its own, so onboarding batches do not hide a burst of deletes. */
    final int[] usualPeaks = new int[CATEGORIES];
    /** The busiest counts of the current tumbling window, held when it ends quiet. */
    int pendingPeak;
    final int[] pendingPeaks = new int[CATEGORIES];
    int pendingWindow = -1;
    boolean pendingFired;
    /** A finished quiet window, learned into the usual peaks once the window after it ends quiet too. */
    int heldPeak;
    final int[] heldPeaks = new int[CATEGORIES];
    boolean held;
    final int[] counts = new int[BUCKETS * CATEGORIES];
    final int[] stamps = new int[BUCKETS];
    final String[] recentIds = new String[RECENT_IDS];
    int nextId;

    public long[] networks() {
        return networks;
    }

    /** Per network slot: the second it was first seen, or {@link #CONFIRMED}; for snapshots. */
    public int[] networkSince() {
        return networkSince;
    }

    public int actions() {
        return actions;
    }

    public int usualPeak() {
        return usualPeak;
    }

    /** The busiest earlier window of one category; for snapshots and evidence. */
    public int usualPeak(int category) {
        return usualPeaks[category];
    }

    /** Whether the admin has used this network at two moments more than an hour apart (or it was dismissed). */
    public boolean knowsNetwork(int network) {
        int slot = TopK.indexOf(networks, 0, NETWORK_SLOTS, network);
        return slot >= 0 && networkSince[slot] == CONFIRMED;
    }

    /** Whether any network is confirmed: until then "a network this admin never used" means nothing. */
    public boolean hasKnownNetwork() {
        for (int slot = 0; slot < NETWORK_SLOTS; slot++) {
            if (TopK.count(networks[slot]) > 0 && networkSince[slot] == CONFIRMED) {
                return true;
            }
        }
        return false;
    }

    /** The confirmed networks, most used first, at most {@code max}; for evidence. */
    public int[] knownNetworks(int max) {
        int[] strongest = TopK.strongest(networks, 0, NETWORK_SLOTS, NETWORK_SLOTS);
        int[] known = new int[Math.min(max, strongest.length)];
        int n = 0;
        for (int i = 0; i < strongest.length && n < known.length; i++) {
            if (knowsNetwork(strongest[i])) {
                known[n++] = strongest[i];
            }
        }
        return Arrays.copyOf(known, n);
    }

    /**
     * A change from this network at {@code second}: counted, and confirmed if it was first seen more than
     * {@link #CONFIRM_AFTER_SECONDS} away (either way, so events replayed out of order confirm too).
     */
    public void seeNetwork(int network, int second, int day) {
        boolean present = TopK.indexOf(networks, 0, NETWORK_SLOTS, network) >= 0;
        int slot = TopK.put(networks, 0, NETWORK_SLOTS, network, 1, day);
        if (!present) {
            networkSince[slot] = second; // a newcomer (perhaps in an evicted slot) starts unconfirmed
        } else if (networkSince[slot] != CONFIRMED && Math.abs(second - networkSince[slot]) > CONFIRM_AFTER_SECONDS) {
            networkSince[slot] = CONFIRMED;
        }
    }

    /** When the admin first used this network, if not yet confirmed; -1 if confirmed or never used. */
    public int unconfirmedSince(int network) {
        int slot = TopK.indexOf(networks, 0, NETWORK_SLOTS, network);
        return slot < 0 || networkSince[slot] == CONFIRMED ? -1 : networkSince[slot];
    }

    /** A person said this network is the admin's: known at once, with {@code weight} sightings. */
    public void confirmNetwork(int network, int weight, int day) {
        networkSince[TopK.put(networks, 0, NETWORK_SLOTS, network, weight, day)] = CONFIRMED;
    }

    public void countAction() {
        actions++;
    }

    public void raiseUsualPeak(int peak) {
        usualPeak = Math.max(usualPeak, peak);
    }

    public void raiseUsualPeak(int category, int peak) {
        usualPeaks[category] = Math.max(usualPeaks[category], peak);
    }

    /**
     * Restores the counters from a snapshot; the networks and {@link #networkSince} arrays are filled in
     * place.
     */
    public void restore(int actions, int usualPeak, int[] categoryPeaks) {
        this.actions = actions;
        this.usualPeak = usualPeak;
        System.arraycopy(categoryPeaks, 0, usualPeaks, 0, CATEGORIES);
    }

    /**
     * Restores from a snapshot of format 1 or 2 (the networks array filled in place), which had one
     * combined peak and no network confirmation. Every category starts at the combined peak: it bounds each category's own peak,
     * so an upgrade raises no alert the old scorer would not have. Every stored network counts as confirmed:
     * they were learned as the admin's, and doubting them would flag the admin's usual office.
     */
    public void restoreCombinedPeak(int actions, int usualPeak) {
        this.actions = actions;
        this.usualPeak = usualPeak;
        Arrays.fill(usualPeaks, usualPeak);
        Arrays.fill(networkSince, CONFIRMED);
    }
}
