package io.runtimeaccess.anomaly.score;

import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.finding.Reason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the reasons for one event and combines their weights into a 0–100 score.
 *
 * <p>Weights combine like independent pieces of evidence (noisy-OR): {@code 100·(1 − Π(1 − wᵢ/100))}.
 * Two reasons of 50 make 75, never more than 100, and adding a reason never lowers the score. Because
 * {@code −ln(1 − w/100)} adds up, a weight is best read as evidence: a detection that turns "bits of
 * surprise" into a weight with {@link #weightOfBits} makes the combined score a sum of surprises.
 *
 * <p>Some detections only corroborate ({@link #corroboratingOnly}): an unusual hour is a habit changing
 * (a night shift, a deadline) far more often than an attacker, so it adds its weight to other evidence but
 * does not make a finding alone. When the other reasons together stay below the LOW band, the score is
 * held just below MEDIUM, and the corroborating reasons say so in their text.
 *
 * <p>Reused for every event, so a clean event allocates nothing here.
 */
public final class ScoreCard {

    /** Reasons lighter than this are dropped: they cannot move the rounded score. */
    public static final double MIN_REASON_WEIGHT = 0.5;

    /** Bits of surprise that make a weight of 50; see {@link #weightOfBits}. */
    public static final double BITS_PER_HALF = 6.0;

    private static final Comparator<Reason> STRONGEST_FIRST =
            Comparator.comparingDouble(Reason::weight).reversed();

    /** Earlier events a finding covers are listed up to this many. */
    public static final int MAX_COVERED = 50;

    /** Appended to a corroborating reason's text when nothing else supports it. */
    static final String UNCORROBORATED_NOTE = " (alone this is no finding: it adds to other evidence only, so the"
            + " score stays below MEDIUM)";

    private final ArrayList<Reason> reasons = new ArrayList<>(4);
    private final ArrayList<String> covered = new ArrayList<>();
    private final int corroborationFrom;
    private final int uncorroboratedCeiling;
    private double cleanProduct = 1.0;
    private double independentCleanProduct = 1.0;
    private boolean corroborating;

    /** A card without corroboration limits (every reason counts alone). */
    public ScoreCard() {
        this(0, 100);
    }

    /**
     * @param corroborationFrom      the score the other reasons must reach (the LOW band) before a
     *                               corroborating reason counts in full
     * @param uncorroboratedCeiling  the most a score held back for want of corroboration can be (just below
     *                               the MEDIUM band)
     */
    public ScoreCard(int corroborationFrom, int uncorroboratedCeiling) {
        this.corroborationFrom = corroborationFrom;
        this.uncorroboratedCeiling = uncorroboratedCeiling;
    }

    /** Detections that only corroborate other evidence: an unusual time. */
    public static boolean corroboratingOnly(Detection detection) {
        return detection == Detection.UNUSUAL_TIME;
    }

    public void clear() {
        reasons.clear();
        covered.clear();
        cleanProduct = 1.0;
        independentCleanProduct = 1.0;
        corroborating = false;
    }

    /** Earlier events the reasons build on (the failures of a spray, say). */
    public void cover(List<String> eventIds) {
        for (String id : eventIds) {
            if (covered.size() < MAX_COVERED && id != null && !covered.contains(id)) {
                covered.add(id);
            }
        }
    }

    /** The covered events: the earlier ones, oldest first, then this one. */
    public List<String> coveredEventIds(String eventId) {
        if (covered.isEmpty()) {
            return eventId == null ? List.of() : List.of(eventId);
        }
        ArrayList<String> all = new ArrayList<>(covered);
        all.remove(eventId);
        if (eventId != null) {
            all.add(eventId);
        }
        return all;
    }

    /** Adds a reason unless it is {@code null} or too light to matter. */
    public void add(Reason reason) {
        if (reason == null) {
            return;
        }
        double weight = Math.max(0, Math.min(100, reason.weight()));
        if (weight < MIN_REASON_WEIGHT) {
            return;
        }
        reasons.add(reason);
        cleanProduct *= 1 - weight / 100.0;
        if (corroboratingOnly(reason.detection())) {
            corroborating = true;
        } else {
            independentCleanProduct *= 1 - weight / 100.0;
        }
    }

    public boolean isEmpty() {
        return reasons.isEmpty();
    }

    /** The combined score, 0–100. */
    public int score() {
        int score = (int) Math.round(100.0 * (1 - cleanProduct));
        return uncorroborated() ? Math.min(score, uncorroboratedCeiling) : score;
    }

    /** There are corroborating reasons, and the others are too weak to be corroborated. */
    public boolean uncorroborated() {
        return corroborating && Math.round(100.0 * (1 - independentCleanProduct)) < corroborationFrom
                && Math.round(100.0 * (1 - cleanProduct)) > uncorroboratedCeiling;
    }

    /** The reasons, strongest first (a new list); corroborating ones say when nothing supported them. */
    public List<Reason> sortedReasons() {
        if (reasons.isEmpty()) {
            return List.of();
        }
        ArrayList<Reason> copy = new ArrayList<>(reasons);
        if (uncorroborated()) {
            for (int i = 0; i < copy.size(); i++) {
                Reason r = copy.get(i);
                if (corroboratingOnly(r.detection())) {
                    copy.set(i, new Reason(r.detection(), r.weight(), r.text() + UNCORROBORATED_NOTE, r.evidence()));
                }
            }
        }
        copy.sort(STRONGEST_FIRST);
        return copy;
    }

    /**
     * Turns surprise into a weight: {@code 100·(1 − 2^(−bits/BITS_PER_HALF))}. Six bits (a one-in-64
     * event for this user) weigh 50, twelve bits 75, 18 bits 87.5. Adding bits of two reasons is the same as
     * combining their weights, so the score is monotone in the total surprise.
     */
    public static double weightOfBits(double bits) {
        if (!(bits > 0)) {
            return 0;
        }
        return 100.0 * (1 - Math.pow(2, -bits / BITS_PER_HALF));
    }

    /** The inverse of {@link #weightOfBits}. */
    public static double bitsOfWeight(double weight) {
        if (!(weight > 0)) {
            return 0;
        }
        return -BITS_PER_HALF * Math.log(1 - Math.min(weight, 99.999) / 100.0) / Math.log(2);
    }
}
