package io.runtimeaccess.anomaly.admin;

import io.runtimeaccess.anomaly.state.TopK;

/**
 * One admin's normal: the networks they administer from (a {@link TopK} of 6 /24s), how many changes
 * they made, their busiest window so far, and a sliding window of recent bulk-relevant changes in ten
 * buckets (creates, deletes and access changes counted apart).
 */
public final class AdminProfile {

    public static final int NETWORK_SLOTS = 6;
    static final int BUCKETS = 10;
    static final int CATEGORIES = 3;
    static final int RECENT_IDS = 16;

    public static final int BYTES = 48 + (16 + 8 * NETWORK_SLOTS) + 2 * (16 + 4 * BUCKETS * CATEGORIES)
            + (16 + 4 * BUCKETS) + (16 + 4 * RECENT_IDS) + 80 * RECENT_IDS;

    final long[] networks = new long[NETWORK_SLOTS];
    int actions;
    int usualPeak;
    /** The busiest count of the current tumbling window, learned into usualPeak when the window ends quiet. */
    int pendingPeak;
    int pendingWindow = -1;
    boolean pendingFired;
    final int[] counts = new int[BUCKETS * CATEGORIES];
    final int[] stamps = new int[BUCKETS];
    final String[] recentIds = new String[RECENT_IDS];
    int nextId;

    public long[] networks() {
        return networks;
    }

    public int actions() {
        return actions;
    }

    public int usualPeak() {
        return usualPeak;
    }

    public boolean knowsNetwork(int network) {
        return TopK.countOf(networks, 0, NETWORK_SLOTS, network) > 0;
    }

    public void addNetwork(int network, int weight, int day) {
        TopK.add(networks, 0, NETWORK_SLOTS, network, weight, day);
    }

    public void countAction() {
        actions++;
    }

    public void raiseUsualPeak(int peak) {
        usualPeak = Math.max(usualPeak, peak);
    }

    /** Restores the counters from a snapshot (the networks array is filled in place). */
    public void restore(int actions, int usualPeak) {
        this.actions = actions;
        this.usualPeak = usualPeak;
    }
}
