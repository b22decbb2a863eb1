package io.runtimeaccess.anomaly.spray;

import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.observation.CountryCodes;
import io.runtimeaccess.anomaly.observation.IpAddresses;
import io.runtimeaccess.anomaly.observation.Observation;
import io.runtimeaccess.anomaly.score.Evidence;
import io.runtimeaccess.anomaly.score.ScoreCard;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Detection 5: one source (an IP, a /24, an ASN or a user agent) failing for many distinct usernames in
 * a short window, unknown usernames included; and a success from such a source, which is how a spray
 * that worked looks.
 *
 * <p>Not a spray: failures that the same user's success from the same source followed (typos); a source
 * where many users also succeed (a shared office NAT: {@value #SHARED_EGRESS_RATIO} distinct failing
 * users per recent success at least); a source that always fails this much (a busy ISP: the count must be
 * {@value #OVER_USUAL} times the source's own usual count).
 */
public final class PasswordSpray {

    /** The window's distinct failing users must be this many times the source's usual per window. */
    public static final double OVER_USUAL = 4.0;

    /** Distinct failing users per recent success below which the source is a shared egress. */
    static final double SHARED_EGRESS_RATIO = 0.5;

    /** Weight at the threshold; each doubling of the failing users adds {@value #WEIGHT_PER_DOUBLING}. */
    static final double BASE_WEIGHT = 40;
    static final double WEIGHT_PER_DOUBLING = 20;
    static final double MAX_FAILURE_WEIGHT = 85;

    /** Added when a third or more of the usernames tried do not exist (a list, not a typo). */
    static final double UNKNOWN_USERNAME_BONUS = 10;

    /** A success from a spraying source weighs at least this. */
    static final double SUCCESS_WEIGHT = 80;

    private static final SourceKind[] KINDS = SourceKind.values();

    private final int windowSeconds;
    private final int minDistinctUsers;

    public PasswordSpray(int windowSeconds, int minDistinctUsers) {
        this.windowSeconds = windowSeconds;
        this.minDistinctUsers = minDistinctUsers;
    }

    public int windowSeconds() {
        return windowSeconds;
    }

    /** Judges a failure already recorded in the windows. */
    public void judgeFailure(FailureWindow[] windows, Observation o, int second, ScoreCard card) {
        judge(windows, o, second, 0, false, card);
    }

    /** Judges a success of {@code user} (not yet recorded), not counting that user's own failures. */
    public void judgeSuccess(FailureWindow[] windows, Observation o, int second, int user, ScoreCard card) {
        judge(windows, o, second, user, true, card);
    }

    private void judge(FailureWindow[] windows, Observation o, int second, int except, boolean success,
            ScoreCard card) {
        double best = 0;
        SourceKind bestKind = null;
        for (SourceKind kind : KINDS) {
            if (success && (kind == SourceKind.ASN || kind == SourceKind.AGENT)) {
                // Thousands of people share an operator or a browser header: a success through one proves little.
                continue;
            }
            FailureWindow window = windows[kind.ordinal()];
            double weight = window == null ? 0 : weight(window, kind, second, except);
            if (weight > best) {
                best = weight;
                bestKind = kind;
            }
        }
        if (bestKind == null) {
            return;
        }
        FailureWindow window = windows[bestKind.ordinal()];
        double weight = success ? Math.max(SUCCESS_WEIGHT, best) : best;
        card.add(new Reason(Detection.PASSWORD_SPRAY, weight, text(window, bestKind, o, second, except, success),
                evidence(window, bestKind, o, second, except)));
        card.cover(window.eventIds(second, windowSeconds, ScoreCard.MAX_COVERED));
    }

    private double weight(FailureWindow window, SourceKind kind, int second, int except) {
        double threshold = Math.ceil(minDistinctUsers * kind.thresholdFactor());
        int failing = window.distinct(second, windowSeconds, except);
        if (failing < threshold
                || failing < OVER_USUAL * window.usualPerWindow(second, windowSeconds)
                || failing < SHARED_EGRESS_RATIO * window.recentSuccesses(second, windowSeconds)) {
            return 0;
        }
        double weight = Math.min(MAX_FAILURE_WEIGHT,
                BASE_WEIGHT + WEIGHT_PER_DOUBLING * Math.log(failing / threshold) / Math.log(2));
        if (3 * window.distinctUnknown(second, windowSeconds) >= failing) {
            weight += UNKNOWN_USERNAME_BONUS;
        }
        return weight;
    }

    private String text(FailureWindow window, SourceKind kind, Observation o, int second, int except, boolean success) {
        int failing = window.distinct(second, windowSeconds, except);
        String source = source(kind, o);
        String spray = "failed for " + failing + (success ? " other" : "") + " usernames in the last "
                + windowSeconds / 60 + " minutes (" + window.distinctUnknown(second, windowSeconds) + " of them unknown)";
        return success
                ? "Signed in from " + kind.label() + " " + source + ", which " + spray
                : "Password spray: " + kind.label() + " " + source + " " + spray;
    }

    private Map<String, String> evidence(FailureWindow window, SourceKind kind, Observation o, int second, int except) {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put(Evidence.SOURCE_KIND, kind.name());
        evidence.put(Evidence.SOURCE, source(kind, o));
        evidence.put(Evidence.IP, String.valueOf(o.ip));
        evidence.put(Evidence.COUNTRY, CountryCodes.unpack(o.country));
        evidence.put(Evidence.FAILING_USERS, Integer.toString(window.distinct(second, windowSeconds, except)));
        evidence.put(Evidence.UNKNOWN_USERNAMES, Integer.toString(window.distinctUnknown(second, windowSeconds)));
        evidence.put(Evidence.USUAL_FAILING_USERS,
                Evidence.oneDecimal(window.usualPerWindow(second, windowSeconds)));
        evidence.put(Evidence.WINDOW_SECONDS, Integer.toString(windowSeconds));
        return evidence;
    }

    static String source(SourceKind kind, Observation o) {
        switch (kind) {
            case IP:
                return String.valueOf(o.ip);
            case NETWORK:
                return IpAddresses.networkLabel(o.network);
            case ASN:
                return Evidence.asn(o.asn);
            default:
                return String.valueOf(o.userAgentText);
        }
    }
}
