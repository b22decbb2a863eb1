package io.runtimeaccess.anomaly.admin;

import io.runtimeaccess.anomaly.event.AdminAction;
import io.runtimeaccess.anomaly.event.AdminOperation;
import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.score.Evidence;
import io.runtimeaccess.anomaly.score.ScoreCard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Detection 10: a burst of creates, deletes or role/group changes by one admin, against that admin's
 * own busiest window so far. An admin whose provisioning job makes 200 users every Monday is not
 * bursting at 200; a help-desk admin who deletes 60 users in ten minutes is.
 *
 * <p>Each category is judged against its own busiest window, and all of them together against the
 * busiest window overall. Onboarding batches (creates and grants) set a high combined peak; judged only
 * together, a burst of deletes would need three times that. An admin who never deleted more than two
 * users in a window and now deletes twenty is the anomaly, so deletes also have their own, lower minimum.
 *
 * <p>The busiest windows are learned when a window ends, only from windows that did not fire (a burst
 * does not become normal by happening) and only once the next window has ended quiet too (so the start
 * of a burst is not learned either); a dismissal raises them to the dismissed counts.
 */
public final class BulkAdminActivity {

    static final int CREATES = 0;
    static final int DELETES = 1;
    static final int ACCESS_CHANGES = 2;
    /** The scope of the combined rule, in {@link Burst#category}. */
    private static final int ALL = -1;
    private static final String[] CATEGORY_NAMES = {"creates", "deletes", "role/group changes"};
    /** The evidence key of each category's count, for dismissals. */
    private static final String[] CATEGORY_EVIDENCE = {Evidence.CREATES, Evidence.DELETES, Evidence.ACCESS_CHANGES};

    /** Weight at the minimum burst; each doubling adds {@value #WEIGHT_PER_DOUBLING}. */
    static final double BASE_WEIGHT = 45;
    static final double WEIGHT_PER_DOUBLING = 15;
    static final double MAX_WEIGHT = 85;
    /** Added when most of the burst is deletes: destruction is harder to undo. */
    static final double DELETE_BONUS = 10;

    private final int windowSeconds;
    private final int bucketSeconds;
    private final int minActions;
    private final int minDeletes;
    private final double factor;

    /** What fired: all changes together ({@link #ALL}) or one category, its count, usual peak and weight. */
    private record Burst(int category, int count, int usualPeak, double weight) {
    }

    public BulkAdminActivity(int windowSeconds, int minActions, int minDeletes, double factor) {
        this.windowSeconds = windowSeconds;
        this.bucketSeconds = Math.max(1, windowSeconds / AdminProfile.BUCKETS);
        this.minActions = minActions;
        this.minDeletes = minDeletes;
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

    /** Records a bulk-relevant change, then judges the admin's window; learns the usual peaks if quiet. */
    public void judge(AdminProfile admin, AdminAction action, int category, int second, ScoreCard card) {
        record(admin, category, second, action.id());
        int[] byCategory = window(admin, second);
        int total = byCategory[CREATES] + byCategory[DELETES] + byCategory[ACCESS_CHANGES];
        Burst burst = strongestBurst(admin, byCategory, total);
        learnPeaks(admin, second, byCategory, total, burst != null);
        if (burst != null) {
            card.add(reason(admin, action, byCategory, total, burst));
            card.cover(recentIds(admin));
        }
    }

    /**
     * A dismissed burst becomes the admin's usual: every peak rises to its count in the dismissed window.
     * An assessment from before the per-category counts has only the total, which bounds each category.
     */
    public static void dismissed(AdminProfile admin, Map<String, String> evidence) {
        int total = parseCount(evidence.get(Evidence.CHANGES));
        admin.raiseUsualPeak(total);
        for (int c = 0; c < AdminProfile.CATEGORIES; c++) {
            String count = evidence.get(CATEGORY_EVIDENCE[c]);
            admin.raiseUsualPeak(c, count == null ? total : parseCount(count));
        }
    }

    /** The firing rule with the highest weight, or null if none fires. */
    private Burst strongestBurst(AdminProfile admin, int[] byCategory, int total) {
        Burst strongest = fires(total, minActions, admin.usualPeak)
                ? new Burst(ALL, total, admin.usualPeak, weight(total, minActions, 2 * byCategory[DELETES] > total))
                : null;
        for (int c = 0; c < AdminProfile.CATEGORIES; c++) {
            int minimum = c == DELETES ? minDeletes : minActions;
            if (fires(byCategory[c], minimum, admin.usualPeaks[c])) {
                double weight = weight(byCategory[c], minimum, c == DELETES);
                if (strongest == null || weight > strongest.weight()) {
                    strongest = new Burst(c, byCategory[c], admin.usualPeaks[c], weight);
                }
            }
        }
        return strongest;
    }

    private boolean fires(int count, int minimum, int usualPeak) {
        return count >= minimum && count >= factor * usualPeak;
    }

    private static double weight(int count, int minimum, boolean deletes) {
        double weight = BASE_WEIGHT + WEIGHT_PER_DOUBLING * Math.log((double) count / minimum) / Math.log(2);
        return Math.min(MAX_WEIGHT, deletes ? weight + DELETE_BONUS : weight);
    }

    private Reason reason(AdminProfile admin, AdminAction action, int[] byCategory, int total, Burst burst) {
        String breakdown = byCategory[CREATES] + " creates, " + byCategory[DELETES] + " deletes, "
                + byCategory[ACCESS_CHANGES] + " role/group changes";
        String what = burst.category() == ALL ? "changes" : CATEGORY_NAMES[burst.category()];
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put(Evidence.CHANGES, Integer.toString(total));
        evidence.put(Evidence.BY_OPERATION, breakdown);
        for (int c = 0; c < AdminProfile.CATEGORIES; c++) {
            evidence.put(CATEGORY_EVIDENCE[c], Integer.toString(byCategory[c]));
        }
        evidence.put(Evidence.BURST_OF, what);
        evidence.put(Evidence.USUAL_PEAK, Integer.toString(burst.usualPeak()));
        evidence.put(Evidence.WINDOW_SECONDS, Integer.toString(windowSeconds));
        evidence.put(Evidence.IP, String.valueOf(action.ip()));
        String text = "Bulk admin activity: " + burst.count() + " " + what + " in " + windowSeconds / 60 + " minutes ("
                + breakdown + "); this admin's busiest window so far had " + burst.usualPeak()
                + (burst.category() == ALL ? "" : " " + what + " (" + admin.usualPeak + " changes of all kinds)");
        return new Reason(Detection.BULK_ADMIN_ACTIVITY, burst.weight(), text, evidence);
    }

    /**
     * The usual peaks learn from whole windows only (so a burst cannot raise its own bar while it builds
     * up), only from windows that never fired, and only once the window after them has ended quiet too:
     * a burst that starts shortly before a window boundary stays under the minimum in its first window,
     * and would otherwise teach its own start as usual a moment before it fires.
     */
    private void learnPeaks(AdminProfile admin, int second, int[] byCategory, int total, boolean fires) {
        int window = second / windowSeconds;
        if (window != admin.pendingWindow) {
            if (admin.pendingWindow >= 0) {
                closeWindow(admin, window);
            }
            admin.pendingWindow = window;
            admin.pendingPeak = 0;
            Arrays.fill(admin.pendingPeaks, 0);
            admin.pendingFired = false;
        }
        admin.pendingPeak = Math.max(admin.pendingPeak, total);
        for (int c = 0; c < AdminProfile.CATEGORIES; c++) {
            admin.pendingPeaks[c] = Math.max(admin.pendingPeaks[c], byCategory[c]);
        }
        admin.pendingFired |= fires;
    }

    /**
     * The pending window has ended. A held window (the one before it) is learned if this one was quiet
     * too; this one is held if quiet, and learned at once when no change follows in the next window.
     */
    private static void closeWindow(AdminProfile admin, int nextWindow) {
        boolean quiet = !admin.pendingFired;
        if (admin.held && quiet) {
            learnHeld(admin);
        }
        admin.held = quiet;
        admin.heldPeak = admin.pendingPeak;
        System.arraycopy(admin.pendingPeaks, 0, admin.heldPeaks, 0, AdminProfile.CATEGORIES);
        if (quiet && nextWindow != admin.pendingWindow + 1) {
            learnHeld(admin);
        }
    }

    private static void learnHeld(AdminProfile admin) {
        admin.raiseUsualPeak(admin.heldPeak);
        for (int c = 0; c < AdminProfile.CATEGORIES; c++) {
            admin.raiseUsualPeak(c, admin.heldPeaks[c]);
        }
        admin.held = false;
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

    private static int parseCount(String text) {
        try {
            return text == null ? 0 : Math.max(0, Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
