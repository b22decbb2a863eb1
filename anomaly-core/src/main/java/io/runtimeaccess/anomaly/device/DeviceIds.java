package io.runtimeaccess.anomaly.device;

import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.observation.Observation;
import io.runtimeaccess.anomaly.score.Novelty;
import io.runtimeaccess.anomaly.score.ScoreCard;
import io.runtimeaccess.anomaly.score.Surprise;
import io.runtimeaccess.anomaly.state.Level;
import io.runtimeaccess.anomaly.state.UserProfile;

/**
 * The device cookie's word on a sign-in. A browser that signed in before presents the id it was given
 * then; an attacker's browser, even one sending the victim's exact headers from the victim's ISP, does
 * not. Headers and addresses are guesses about the device; the id is the device's own answer.
 *
 * <ul>
 *   <li>a <b>known</b> id: the user's own browser. A newer version or another exact header is that
 *       browser updating, not a new device; a new address is that browser somewhere new, so the
 *       network's surprise keeps {@value #KNOWN_DEVICE_NETWORK_FACTOR} of its bits. A known id on
 *       another platform or browser family is no update (a browser does not change its OS) and is
 *       judged as before;</li>
 *   <li>a <b>new</b> id, for a user whose browsers presented ids on at least {@value #MIN_TRIALS}
 *       earlier sign-ins after the first (the first id is no comparison): a new browser profile, worth
 *       {@code log2(1 / p_new)} bits, where {@code p_new} is how often this user's sign-ins brought a new
 *       id (a new phone, a cleared cookie, a private window), smoothed toward {@value #PRIOR_NEW_RATE};</li>
 *   <li>no id (a password grant, a realm without the device cookie step, a user's first id): nothing changes.</li>
 * </ul>
 */
public final class DeviceIds {

    /**
     * Earlier sign-ins with an id, after the first, before a new id says something (four sign-ins in all): a
     * user's first few browsers are all new.
     */
    static final int MIN_TRIALS = 3;

    /** The new-id rate assumed before a user's own history says otherwise, and its weight in sign-ins. */
    static final double PRIOR_NEW_RATE = 0.1;
    static final double PRIOR_SIGN_INS = 2.0;

    /** Most bits a new id alone carries. */
    static final double MAX_BITS = 5.0;

    /** Share of a new network's bits kept when the user's own browser (a known id) signs in from it. */
    static final double KNOWN_DEVICE_NETWORK_FACTOR = 0.3;

    /** Share of a new id's bits kept when the headers and the network are the user's usual ones. */
    static final double USUAL_PLACE_FACTOR = 0.5;

    /** Share of an unusual time's bits kept when the user's own browser signs in. */
    static final double KNOWN_DEVICE_TIME_FACTOR = 0.5;

    /** What the sign-in's id says. */
    public enum Verdict {
        /** No id, or too little id history to judge a new one. */
        SILENT,
        /** An id this user's browsers presented before. */
        KNOWN,
        /** An id none of this user's browsers presented. */
        NEW
    }

    public Verdict judge(UserProfile profile, Observation o) {
        if (o.deviceKey == 0 || profile == null || !profile.hasDeviceIds()) {
            return Verdict.SILENT;
        }
        if (profile.knowsDeviceId(o.deviceKey)) {
            return Verdict.KNOWN;
        }
        return profile.deviceIdTrials() >= MIN_TRIALS ? Verdict.NEW : Verdict.SILENT;
    }

    /**
     * The device novelty once the id has spoken: none for the user's own browser updating, at least the
     * new id's bits for a new browser profile.
     */
    public Novelty device(Verdict verdict, UserProfile profile, Novelty fromHeaders, Novelty network) {
        if (verdict == Verdict.KNOWN) {
            return changedPlatformOrBrowser(fromHeaders) ? fromHeaders : null;
        }
        if (verdict != Verdict.NEW) {
            return fromHeaders;
        }
        double idBits = newIdBits(profile);
        if (fromHeaders == null && network == null) {
            // The user's usual headers from the user's usual network: a private window or cleared cookies
            // far more often than an attacker inside the user's own network.
            idBits *= USUAL_PLACE_FACTOR;
        }
        // A newer version without the cookie is not the user's browser updating: it is judged in full.
        double bits = Math.max(idBits, fromHeaders == null ? 0 : fromHeaders.bitsUnlessUpdate);
        Novelty novelty = fromHeaders == null
                ? new Novelty(null, bits, 1, "")
                : new Novelty(fromHeaders.level, bits, fromHeaders.share, fromHeaders.note);
        novelty.newDeviceId = true;
        return novelty;
    }

    /** The user's own browser signed in from a new network: it is less of a surprise. */
    public void network(Verdict verdict, Novelty device, Novelty network) {
        if (verdict == Verdict.KNOWN && device == null && network != null) {
            double kept = network.bits * KNOWN_DEVICE_NETWORK_FACTOR;
            network.knownDeviceDiscount = network.bits - kept;
            network.bits = kept;
        }
    }

    /** The user's own browser at an unusual hour is the user at an unusual hour more often than not. */
    public Reason time(Verdict verdict, Reason unusualTime) {
        if (verdict != Verdict.KNOWN || unusualTime == null) {
            return unusualTime;
        }
        double weight = ScoreCard.weightOfBits(KNOWN_DEVICE_TIME_FACTOR * ScoreCard.bitsOfWeight(unusualTime.weight()));
        return new Reason(unusualTime.detection(), weight, unusualTime.text() + " (from a browser the user signed in with before)",
                unusualTime.evidence());
    }

    public void learn(UserProfile profile, Observation o, int weight) {
        if (o.deviceKey != 0) {
            profile.addDeviceId(o.deviceKey, weight, o.dayStamp());
        }
    }

    static double newIdBits(UserProfile profile) {
        double rate = (profile.newDeviceIds() + PRIOR_NEW_RATE * PRIOR_SIGN_INS)
                / (profile.deviceIdTrials() + PRIOR_SIGN_INS);
        return Math.min(MAX_BITS, Surprise.log2(1 / rate));
    }

    private static boolean changedPlatformOrBrowser(Novelty fromHeaders) {
        return fromHeaders != null && (fromHeaders.level == Level.PLATFORM || fromHeaders.level == Level.FAMILY);
    }
}
