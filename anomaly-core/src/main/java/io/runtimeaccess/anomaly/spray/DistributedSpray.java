package io.runtimeaccess.anomaly.spray;

import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.observation.Observation;
import io.runtimeaccess.anomaly.score.Evidence;
import io.runtimeaccess.anomaly.score.Novelty;
import io.runtimeaccess.anomaly.score.ScoreCard;
import io.runtimeaccess.anomaly.state.Level;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Detection 6: a realm-wide spike of failed sign-ins (a spray spread over many addresses, each trying a
 * few usernames, so no single source stands out), and a success that follows it.
 *
 * <p>A spike is a window with at least {@code realmSpikeMinFailures} failures and {@code
 * realmSpikeFactor} times the realm's usual: both its usual rate per minute and what its sign-ins in the
 * same window predict ({@link RealmTraffic#failuresPerSuccess()}), so a Monday morning with many times the
 * night's sign-ins, and their typos, is no spike at any realm size. For {@value #FOLLOW_UP_WINDOWS} windows after it, a success
 * is suspicious when its username failed during the spike or its address failed for other usernames:
 * the sprayer's one correct guess. An address where many others sign in too (an office NAT: fewer failing
 * others than {@link PasswordSpray#SHARED_EGRESS_RATIO} per recent success) is a shared egress, not a
 * sprayer's, and a success from the user's known network and device is the owner (see {@link #familiar}).
 */
public final class DistributedSpray {

    /**
     * A success after this username failed during the spike, from the user's usual network and device, is
     * most likely the owner who mistyped while the spike went on; it stays a reason, at this fraction.
     */
    static final double FAMILIAR_OWNER_FACTOR = 0.3;

    /** How many spike windows after the last spiking failure a success is still checked. */
    static final int FOLLOW_UP_WINDOWS = 3;

    static final double FAILURE_WEIGHT = 30;
    static final double SUCCESS_AFTER_OWN_FAILURE_WEIGHT = 60;
    static final double SUCCESS_FROM_SPRAYING_ADDRESS_WEIGHT = 65;

    private final int windowSeconds;
    private final int minFailures;
    private final double factor;

    public DistributedSpray(int windowSeconds, int minFailures, double factor) {
        this.windowSeconds = windowSeconds;
        this.minFailures = minFailures;
        this.factor = factor;
    }

    public double factor() {
        return factor;
    }

    /**
     * Counts a failure into the realm's rate. One minute can teach the usual rate at most the factor times
     * the usual plus a floor: the rate at which the smallest spike ({@code minFailures} in a window) still
     * stands out. From nothing, a burst teaches only that floor, so the next one is still a spike.
     */
    public void count(RealmFailures realm, int second) {
        realm.record(second, factor, learningFloorPerMinute());
    }

    double learningFloorPerMinute() {
        return minFailures / (windowSeconds / 60.0) / factor;
    }

    /** Judges a failure already recorded in the realm's counts and its traffic. */
    public void judgeFailure(RealmFailures realm, RealmTraffic traffic, int second, ScoreCard card) {
        int recent = realm.recent(second, windowSeconds);
        double usual = Math.max(usualPerWindow(realm), expectedFromTraffic(traffic, second));
        if (recent < minFailures || recent < factor * usual) {
            return;
        }
        realm.markSpike(second, second + FOLLOW_UP_WINDOWS * windowSeconds, recent);
        card.add(new Reason(Detection.DISTRIBUTED_SPRAY, FAILURE_WEIGHT,
                "Part of a realm-wide failure spike: " + recent + " failed sign-ins in the last "
                        + windowSeconds / 60 + " minutes, usually " + Math.round(usual),
                evidence(recent, usual, null)));
    }

    /**
     * Judges a success during or soon after a spike: {@code ownFailures} is the username's window,
     * {@code address} the success address's failure window (either may be {@code null}).
     */
    public void judgeSuccess(RealmFailures realm, FailureWindow ownFailures, FailureWindow address, int user,
            Observation o, int second, boolean familiar, ScoreCard card) {
        if (!realm.inSpike(second)) {
            return;
        }
        int followUp = FOLLOW_UP_WINDOWS * windowSeconds;
        boolean addressSprayed = address != null && sprayedFrom(address, second, followUp, user);
        boolean ownFailed = ownFailures != null && ownFailures.failures(second, followUp) > 0;
        if (!addressSprayed && !ownFailed) {
            return;
        }
        double weight = (addressSprayed ? SUCCESS_FROM_SPRAYING_ADDRESS_WEIGHT : SUCCESS_AFTER_OWN_FAILURE_WEIGHT)
                * (familiar ? FAMILIAR_OWNER_FACTOR : 1);
        String why = addressSprayed
                ? "from " + o.ip + ", which failed for other usernames during the spike"
                : "after this username failed during the spike";
        card.add(new Reason(Detection.DISTRIBUTED_SPRAY, weight,
                "Signed in " + why + " (" + realm.spikeFailures() + " realm-wide failures in "
                        + windowSeconds / 60 + " minutes, usually " + Math.round(usualPerWindow(realm)) + ")",
                evidence(realm.spikeFailures(), usualPerWindow(realm), o)));
        FailureWindow covering = addressSprayed ? address : ownFailures;
        card.cover(covering.eventIds(second, followUp, ScoreCard.MAX_COVERED));
    }

    /**
     * The user's known network and known device: the profile knows the /24 or at least its operator (a home
     * address moves within the ISP), and the browser presented a device id the user's browsers presented
     * before, or (no id) the headers are the user's at most a version update apart.
     */
    public static boolean familiar(boolean hasProfile, Novelty network, Novelty device, boolean knownDeviceId) {
        if (!hasProfile || (device != null && device.newDeviceId)) {
            return false;
        }
        boolean knownNetwork = network == null || network.level == null || network.level == Level.NETWORK;
        boolean knownDevice = knownDeviceId ? device == null
                : device == null || device.level == null || device.level == Level.BROWSER || device.level == Level.AGENT;
        return knownNetwork && knownDevice;
    }

    /** Failures this address had for other usernames, unless many others sign in through it too. */
    private static boolean sprayedFrom(FailureWindow address, int second, int followUp, int user) {
        int others = address.distinct(second, followUp, user);
        return others > 0 && others >= PasswordSpray.SHARED_EGRESS_RATIO * address.recentSuccesses(second, followUp);
    }

    /** Failures the realm's successes in the window predict. */
    private double expectedFromTraffic(RealmTraffic traffic, int second) {
        return traffic == null ? 0 : traffic.failuresPerSuccess() * traffic.successes(second, windowSeconds);
    }

    private double usualPerWindow(RealmFailures realm) {
        return realm.usualPerMinute() * windowSeconds / 60.0;
    }

    private Map<String, String> evidence(int failures, double usual, Observation o) {
        Map<String, String> evidence = new LinkedHashMap<>();
        if (o != null) {
            evidence.put(Evidence.IP, String.valueOf(o.ip));
        }
        evidence.put(Evidence.REALM_FAILURES, Integer.toString(failures));
        evidence.put(Evidence.USUAL_REALM_FAILURES, Evidence.oneDecimal(usual));
        evidence.put(Evidence.WINDOW_SECONDS, Integer.toString(windowSeconds));
        return evidence;
    }
}
