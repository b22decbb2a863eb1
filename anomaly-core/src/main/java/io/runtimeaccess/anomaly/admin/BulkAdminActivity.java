package io.runtimeaccess.anomaly.admin;

import io.runtimeaccess.anomaly.event.AdminAction;
import io.runtimeaccess.anomaly.event.AdminOperation;
import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.score.Evidence;
import io.runtimeaccess.anomaly.score.ScoreCard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Detection 10: a burst of creates, deletes or role/group changes by one admin, against that admin's
 * own busiest window so far. An admin whose provisioning job makes 200 users every Monday is not
 * bursting at 200; a help-desk admin who deletes 60 users in ten minutes is.
 *
 * <p>The busiest window is learned when a window ends, and only from windows that did not fire (a burst
 * does not become normal by happening); a dismissal raises it to the dismissed count.
 */
public final class BulkAdminActivity {

    static final int CREATES = 0;
    static final int DELETES = 1;
    static final int ACCESS_CHANGES = 2;

    /** Weight at the minimum burst; each doubling adds {@value #WEIGHT_PER_DOUBLING}. */
    static final double BASE_WEIGHT = 45;
    static final double WEIGHT_PER_DOUBLING = 15;
    static final double MAX_WEIGHT = 85;
    /** Added when most of the burst is deletes: destruction is harder to undo. */
    static final double DELETE_BONUS = 10;

    private final int windowSeconds;
    private final int bucketSeconds;
    private final int minActions;
    private final double factor;

    public BulkAdminActivity(int windowSeconds, int minActions, double factor) {
        this.windowSeconds = windowSeconds;
        this.bucketSeconds = Math.max(1, windowSeconds / AdminProfile.BUCKETS);
        this.minActions = minActions;
        this.factor = factor;
    }

    /** Which bulk category a change falls in, or -1 if none (attribute updates and actions do not count). */
    public static int category(AdminAction action) {
        String type = action.resourceType() == null ? "" : action.resourceType();
        if (!action.granted().isEmpty() || type.contains("ROLE_MAPPING") || type.contains("GROUP_MEMBERSHIP")) {
            return ACCESS_CHANGES;
        }
        if (action.operation() == AdminOperation.CREATE) {
            return CREATES;
        }
        return action.operation() == AdminOperation.DELETE ? DELETES : -1;
    }

    /** Records a bulk-relevant change, then judges the admin's window; learns the usual peak if quiet. */
    public void judge(AdminProfile admin, AdminAction action, int category, int second, ScoreCard card) {
        record(admin, category, second, action.id());
        int[] byCategory = window(admin, second);
        int count = byCategory[CREATES] + byCategory[DELETES] + byCategory[ACCESS_CHANGES];
        boolean fires = count >= minActions && count >= factor * admin.usualPeak;
        learnPeak(admin, second, count, fires);
        if (!fires) {
            return;
        }
        double weight = BASE_WEIGHT + WEIGHT_PER_DOUBLING * Math.log((double) count / minActions) / Math.log(2);
        if (2 * byCategory[DELETES] > count) {
            weight += DELETE_BONUS;
        }
        weight = Math.min(MAX_WEIGHT, weight);
        String breakdown = byCategory[CREATES] + " creates, " + byCategory[DELETES] + " deletes, "
                + byCategory[ACCESS_CHANGES] + " role/group changes";
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put(Evidence.CHANGES, Integer.toString(count));
        evidence.put(Evidence.BY_OPERATION, breakdown);
        evidence.put(Evidence.USUAL_PEAK, Integer.toString(admin.usualPeak));
        evidence.put(Evidence.WINDOW_SECONDS, Integer.toString(windowSeconds));
        evidence.put(Evidence.IP, String.valueOf(action.ip()));
        card.add(new Reason(Detection.BULK_ADMIN_ACTIVITY, weight,
                "Bulk admin activity: " + count + " changes in " + windowSeconds / 60 + " minutes (" + breakdown
                        + "); this admin's busiest window so far had " + admin.usualPeak,
                evidence));
        card.cover(recentIds(admin));
    }

    /**
     * The usual peak learns from whole windows only (so a burst cannot raise its own bar while it
     * builds up) and only from windows that never fired.
     */
    private void learnPeak(AdminProfile admin, int second, int count, boolean fires) {
        int window = second / windowSeconds;
        if (window != admin.pendingWindow) {
            if (!admin.pendingFired) {
                admin.raiseUsualPeak(admin.pendingPeak);
            }
            admin.pendingWindow = window;
            admin.pendingPeak = 0;
            admin.pendingFired = false;
        }
        admin.pendingPeak = Math.max(admin.pendingPeak, count);
        admin.pendingFired |= fires;
    }

    private void record(AdminProfile admin, int category, int second, String eventId) {
        int bucket = second / bucketSeconds;
        int slot = Math.floorMod(bucket, AdminProfile.BUCKETS);
        if (admin.stamps[slot] != bucket) {
            admin.stamps[slot] = bucket;
            for (int c = 0; c < AdminProfile.CATEGORIES; c++) {
                admin.counts[slot * AdminProfile.CATEGORIES + c] = 0;
            }
        }
        admin.counts[slot * AdminProfile.CATEGORIES + category]++;
        admin.recentIds[admin.nextId] = eventId;
        admin.nextId = (admin.nextId + 1) % AdminProfile.RECENT_IDS;
    }

    private int[] window(AdminProfile admin, int second) {
        int bucket = second / bucketSeconds;
        int[] totals = new int[AdminProfile.CATEGORIES];
        for (int b = bucket - AdminProfile.BUCKETS + 1; b <= bucket; b++) {
            int slot = Math.floorMod(b, AdminProfile.BUCKETS);
            if (admin.stamps[slot] == b) {
                for (int c = 0; c < AdminProfile.CATEGORIES; c++) {
                    totals[c] += admin.counts[slot * AdminProfile.CATEGORIES + c];
                }
            }
        }
        return totals;
    }

    private static List<String> recentIds(AdminProfile admin) {
        List<String> ids = new ArrayList<>(AdminProfile.RECENT_IDS);
        for (int k = 0; k < AdminProfile.RECENT_IDS; k++) {
            String id = admin.recentIds[(admin.nextId + k) % AdminProfile.RECENT_IDS];
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }
}
