package io.runtimeaccess.anomaly.spray;

import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.observation.Observation;
import io.runtimeaccess.anomaly.score.Evidence;
import io.runtimeaccess.anomaly.score.ScoreCard;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Detection 7: one account failing from many addresses (a botnet guessing one password), or failing
 * very often from few; and a success on such an account.
 *
 * <p>Not brute force: a user mistyping a few times from their own devices (fewer addresses than the
 * threshold; failures followed by that address's success are typos and stop counting).
 */
public final class BruteForce {

    /** Weight at the address threshold; each doubling of the addresses adds {@value #WEIGHT_PER_DOUBLING}. */
    static final double BASE_WEIGHT = 40;
    static final double WEIGHT_PER_DOUBLING = 20;
    static final double MAX_FAILURE_WEIGHT = 80;

    /** Failures (from any number of addresses) that count as hammering: this times the address threshold. */
    static final int HAMMERING_FACTOR = 3;
    static final double HAMMERING_WEIGHT = 30;

    /** A success on an account under brute force. */
    static final double SUCCESS_WEIGHT = 75;

    private final int windowSeconds;
    private final int minDistinctIps;

    public BruteForce(int windowSeconds, int minDistinctIps) {
        this.windowSeconds = windowSeconds;
        this.minDistinctIps = minDistinctIps;
    }

    public int windowSeconds() {
        return windowSeconds;
    }

    /** Judges a failure already recorded in the username's window. */
    public void judgeFailure(FailureWindow window, Observation o, String username, int second, ScoreCard card) {
        double weight = weight(window, second);
        if (weight > 0) {
            card.add(new Reason(Detection.BRUTE_FORCE, weight, text(window, username, second, false),
                    evidence(window, o, username, second)));
            card.cover(window.eventIds(second, windowSeconds, ScoreCard.MAX_COVERED));
        }
    }

    /** Judges a success (not yet recorded) on the username. */
    public void judgeSuccess(FailureWindow window, Observation o, String username, int second, ScoreCard card) {
        if (window != null && weight(window, second) > 0) {
            card.add(new Reason(Detection.BRUTE_FORCE, SUCCESS_WEIGHT, text(window, username, second, true),
                    evidence(window, o, username, second)));
            card.cover(window.eventIds(second, windowSeconds, ScoreCard.MAX_COVERED));
        }
    }

    private double weight(FailureWindow window, int second) {
        int addresses = window.distinct(second, windowSeconds, 0);
        if (addresses >= minDistinctIps) {
            return Math.min(MAX_FAILURE_WEIGHT,
                    BASE_WEIGHT + WEIGHT_PER_DOUBLING * Math.log((double) addresses / minDistinctIps) / Math.log(2));
        }
        return window.failures(second, windowSeconds) >= HAMMERING_FACTOR * minDistinctIps ? HAMMERING_WEIGHT : 0;
    }

    private String text(FailureWindow window, String username, int second, boolean success) {
        String failures = window.failures(second, windowSeconds) + " failed sign-ins from "
                + window.distinct(second, windowSeconds, 0) + " addresses in the last " + windowSeconds / 60 + " minutes";
        return success
                ? "Signed in to \"" + username + "\" after " + failures
                : "Brute force on \"" + username + "\": " + failures;
    }

    private Map<String, String> evidence(FailureWindow window, Observation o, String username, int second) {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put(Evidence.USERNAME, String.valueOf(username));
        evidence.put(Evidence.IP, String.valueOf(o.ip));
        evidence.put(Evidence.FAILURES, Integer.toString(window.failures(second, windowSeconds)));
        evidence.put(Evidence.FAILING_IPS, Integer.toString(window.distinct(second, windowSeconds, 0)));
        evidence.put(Evidence.WINDOW_SECONDS, Integer.toString(windowSeconds));
        return evidence;
    }
}
