package io.runtimeaccess.anomaly.device;

import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.score.Evidence;
import io.runtimeaccess.anomaly.score.Novelty;
import io.runtimeaccess.anomaly.score.Observation;
import io.runtimeaccess.anomaly.score.ScoreCard;
import io.runtimeaccess.anomaly.score.Surprise;
import io.runtimeaccess.anomaly.state.Level;
import io.runtimeaccess.anomaly.state.RealmStats;
import io.runtimeaccess.anomaly.state.UserProfile;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Detection 1: a sign-in from a device or browser this user never used, judged down the hierarchy
 * platform (OS and device type) → browser family → browser version (family and major) → exact
 * User-Agent header at the coarsest new level (see {@link Surprise} for the bits).
 *
 * <p>Browsers update themselves every few weeks, so a newer major version (at most {@value
 * #MAX_UPDATE_STEP} ahead) of a browser family the user already has is expected and counts {@value
 * #UPGRADE_FACTOR} of its bits (realm rarity included: someone is always the first in the realm to get
 * the new version). A bigger jump is no update and counts fully; an older version than the user has
 * ever shown is not how updates go, so it counts extra.
 */
public final class NewDevice {

    static final Level[] HIERARCHY = {Level.PLATFORM, Level.FAMILY, Level.BROWSER, Level.AGENT};

    /** Share of its bits a newer major version of a known browser family keeps. */
    static final double UPGRADE_FACTOR = 0.35;

    /** Browsers update one or two major versions at a time; a bigger jump is not an update. */
    static final int MAX_UPDATE_STEP = 2;

    /** Extra bits for a major version older than any this user has shown for that family. */
    static final double DOWNGRADE_BITS = 1.0;

    /** Extra bits for a script or bot where this user never used one. */
    static final double SCRIPT_BITS = 2.0;

    /** Most bits one new device can carry. */
    static final double MAX_BITS = 12.0;

    /** How new the sign-in's device is for the user; {@code null} when nothing is new or nothing is known yet. */
    public Novelty assess(UserProfile profile, RealmStats realm, Observation o) {
        if (o.agent == null || profile == null || profile.total(Level.PLATFORM) == 0) {
            return null; // no usual device yet: nothing to differ from (realm rarity is the network's job)
        }
        Level level = Surprise.firstNew(profile, o, HIERARCHY);
        if (level == null) {
            return null;
        }
        double share = Surprise.realmShare(realm, o, level);
        double novelty = Surprise.noveltyBits(profile, realm, level, o);
        double rarity = Surprise.rarityBits(realm, level, share);
        String note = "";
        boolean update = false;
        if (level == Level.BROWSER) {
            int newest = newestMajorOfFamily(profile, o.agent.familyKey());
            int major = o.agent.major();
            if (newest > 0 && major > newest && major - newest <= MAX_UPDATE_STEP) {
                update = true;
                note = " (an update from version " + newest + ")";
            } else if (newest > 0 && major > newest) {
                note = " (" + (major - newest) + " versions past " + newest + ", more than an update)";
            } else if (newest > 0 && major < newest) {
                novelty += DOWNGRADE_BITS;
                note = " (older than version " + newest + " used before)";
            }
        }
        double bits = update ? UPGRADE_FACTOR * (novelty + Math.max(0, rarity)) : novelty + rarity;
        if (level == Level.PLATFORM && o.agent.device() == DeviceType.BOT) {
            bits += SCRIPT_BITS;
        }
        Novelty result = new Novelty(level, Math.max(0, Math.min(MAX_BITS, bits)), share, note);
        result.bitsUnlessUpdate = Math.max(0, Math.min(MAX_BITS, novelty + rarity));
        return result;
    }

    /** The reason for a novelty from {@link #assess}, or {@code null} if too light. */
    public Reason reason(UserProfile profile, Observation o, Novelty novelty) {
        if (novelty == null) {
            return null;
        }
        double weight = ScoreCard.weightOfBits(novelty.bits);
        if (weight < ScoreCard.MIN_REASON_WEIGHT) {
            return null;
        }
        Map<String, String> evidence = evidence(profile, o, novelty.bits, novelty.share);
        if (novelty.pairedDiscount > 0) {
            evidence.put(Evidence.PAIRED_DISCOUNT_BITS, Evidence.bits(novelty.pairedDiscount));
        }
        if (!novelty.newDeviceId) {
            return new Reason(Detection.NEW_DEVICE, weight, text(profile, o, novelty.level, novelty.note), evidence);
        }
        evidence.put(Evidence.DEVICE_ID, o.deviceId);
        evidence.put(Evidence.KNOWN_DEVICE_IDS, Integer.toString(profile.deviceIdCount()));
        evidence.put(Evidence.DEVICE_ID_SIGN_INS, Integer.toString(profile.deviceIdTrials()));
        String noCookie = "without the device cookie of any of the user's " + profile.deviceIdCount() + " known browsers";
        return new Reason(Detection.NEW_DEVICE, weight, novelty.level == null
                ? "First sign-in from this browser: same headers as the user's " + browsers(profile) + ", but "
                        + noCookie
                : text(profile, o, novelty.level, novelty.note) + "; " + noCookie, evidence);
    }

    public void learn(UserProfile profile, RealmStats realm, Observation o, boolean returning) {
        if (o.agent != null) {
            Surprise.learn(profile, realm, o, returning, HIERARCHY);
        }
    }

    private static int newestMajorOfFamily(UserProfile profile, int familyKey) {
        int newest = 0;
        for (int key : profile.usual(Level.BROWSER, Level.BROWSER.length())) {
            if (UserAgent.familyKeyOf(key) == familyKey) {
                newest = Math.max(newest, UserAgent.majorOf(key));
            }
        }
        return newest;
    }

    private static String text(UserProfile profile, Observation o, Level level, String change) {
        String browser = UserAgent.browserLabel(o.agent.browserKey());
        String platform = UserAgent.platformLabel(o.agent.platformKey());
        switch (level) {
            case PLATFORM:
                return "First sign-in from a " + platform + " (" + browser + "); usually " + platforms(profile);
            case FAMILY:
                return "First sign-in with " + o.agent.browser().label() + " (" + browser + " on " + platform
                        + "); usually " + browsers(profile);
            case BROWSER:
                return "First sign-in with " + browser + change + " on " + platform + "; usually " + browsers(profile);
            default:
                return "First sign-in with this exact browser build (" + browser + " on " + platform
                        + "); the user's usual " + browsers(profile) + " sent different headers";
        }
    }

    private static Map<String, String> evidence(UserProfile profile, Observation o, double bits, double share) {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put(Evidence.USER_AGENT, o.userAgentText);
        if (o.agent != null) {
            evidence.put(Evidence.BROWSER, UserAgent.browserLabel(o.agent.browserKey()));
            evidence.put(Evidence.PLATFORM, UserAgent.platformLabel(o.agent.platformKey()));
        }
        evidence.put(Evidence.USUAL_BROWSERS, browsers(profile));
        evidence.put(Evidence.USUAL_PLATFORMS, platforms(profile));
        evidence.put(Evidence.SIGN_INS_LEARNED, Integer.toString(profile.logins()));
        evidence.put(Evidence.REALM_SHARE, Evidence.percent(share));
        evidence.put(Evidence.SURPRISE_BITS, Evidence.bits(bits));
        return evidence;
    }

    private static String browsers(UserProfile profile) {
        StringJoiner joiner = new StringJoiner(", ");
        for (int key : profile.usual(Level.BROWSER, 3)) {
            joiner.add(UserAgent.browserLabel(key));
        }
        return joiner.toString();
    }

    private static String platforms(UserProfile profile) {
        StringJoiner joiner = new StringJoiner(", ");
        for (int key : profile.usual(Level.PLATFORM, 2)) {
            joiner.add(UserAgent.platformLabel(key));
        }
        return joiner.toString();
    }
}
