package io.runtimeaccess.anomaly.device;

import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.observation.DeviceType;
import io.runtimeaccess.anomaly.observation.Observation;
import io.runtimeaccess.anomaly.observation.UserAgent;
import io.runtimeaccess.anomaly.score.Evidence;
import io.runtimeaccess.anomaly.score.Novelty;
import io.runtimeaccess.anomaly.score.Surprise;
import io.runtimeaccess.anomaly.state.Level;
import io.runtimeaccess.anomaly.state.RealmStats;
import io.runtimeaccess.anomaly.state.UserProfile;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Detection 1: a sign-in from a device or browser this user never used, judged down the hierarchy
 * platform (OS and device type) → browser family → browser version (family and major; Safari's minor
 * too, see {@link UserAgent}) → exact User-Agent header at the coarsest new level (see {@link Surprise}
 * for the bits).
 *
 * <p>Browsers update themselves every few weeks, and an update is expected: it counts {@value
 * #UPGRADE_FACTOR} of its bits, with the realm rarity of the browser family rather than of the new
 * version. Someone is always the first in the realm to get a release, so the new version's rarity says
 * when it came out, not whether this user's browser updated. An update is a newer version at most
 * {@value #MAX_UPDATE_STEP} majors ahead of the family's newest the user has shown, or a new header that
 * differs from a known one only in version numbers (a patch build, the OS version). A bigger jump is no
 * update and counts fully; an older version than the user has ever shown is not how updates go, so it
 * counts extra.
 */
public final class NewDevice {

    static final Level[] HIERARCHY = {Level.PLATFORM, Level.FAMILY, Level.BROWSER, Level.AGENT};

    /** Share of its bits an update of a known browser keeps. */
    static final double UPGRADE_FACTOR = 0.35;

    /**
     * Browsers update one or two major versions at a time; a bigger jump is not an update. Safari's minor
     * releases within those majors are updates too (iPhones often take several at once).
     */
    static final int MAX_UPDATE_STEP = 2;

    /** Extra bits for a version older than any this user has shown for that family. */
    static final double DOWNGRADE_BITS = 1.0;

    /** Extra bits for a script or bot where this user never used one. */
    static final double SCRIPT_BITS = 2.0;

    /** Most bits one new device can carry. */
    static final double MAX_BITS = 12.0;

    /** The note of an update below the version level. */
    private static final String VERSION_NUMBERS_ONLY = ", an update: only version numbers differ from a usual header";

    /** How new the sign-in's device is for the user; {@code null} when nothing is new or nothing is known yet. */
    public Novelty assess(UserProfile profile, RealmStats realm, Observation o) {
        if (o.agent == null || profile == null || profile.total(Level.PLATFORM) == 0) {
            return null; // no usual device yet: nothing to differ from (realm rarity is the network's job)
        }
        Level level = Surprise.firstNew(profile, o, HIERARCHY);
        if (level == null || knownBeforeKeysChanged(profile, o, level)) {
            return null;
        }
        if (level == Level.BROWSER) {
            return newVersion(profile, realm, o);
        }
        if (level == Level.AGENT && profile.knowsUpperHalf(Level.AGENT, o.agent.headerKey())) {
            return update(Level.AGENT, profile, realm, o, VERSION_NUMBERS_ONLY);
        }
        double extra = level == Level.PLATFORM && o.agent.device() == DeviceType.BOT ? SCRIPT_BITS : 0;
        return judged(level, profile, realm, o, extra, "");
    }

    /** A browser family the user has, at a version the user never showed. */
    private static Novelty newVersion(UserProfile profile, RealmStats realm, Observation o) {
        int newestKey = newestOfFamily(profile, o.agent.familyKey());
        if (newestKey == 0) {
            return judged(Level.BROWSER, profile, realm, o, 0, ""); // no version of the family to compare with
        }
        String newest = UserAgent.versionLabel(newestKey);
        if (UserAgent.comparableVersion(o.agent.browserKey()) < UserAgent.comparableVersion(newestKey)) {
            return judged(Level.BROWSER, profile, realm, o, DOWNGRADE_BITS,
                    " (older than version " + newest + " used before)");
        }
        int majors = o.agent.major() - UserAgent.majorOf(newestKey);
        if (majors > MAX_UPDATE_STEP) {
            return judged(Level.BROWSER, profile, realm, o, 0,
                    " (" + majors + " versions past " + newest + ", more than an update)");
        }
        return update(Level.BROWSER, profile, realm, o, " (an update from version " + newest + ")");
    }

    /** The user's browser updated: its novelty at the level, with the family's realm rarity, scaled down. */
    private static Novelty update(Level level, UserProfile profile, RealmStats realm, Observation o, String note) {
        double novelty = Surprise.noveltyBits(profile, realm, level, o);
        double familyShare = Surprise.realmShare(realm, o, Level.FAMILY); // also the evidence's realm share
        double rarity = Math.max(0, Surprise.rarityBits(realm, Level.FAMILY, familyShare));
        Novelty update = new Novelty(level, bounded(UPGRADE_FACTOR * (novelty + rarity)), familyShare, note);
        // What it weighs if it is not the user's browser updating (a device id says so): the version's own rarity.
        double ownRarity = Surprise.rarityBits(realm, level, Surprise.realmShare(realm, o, level));
        update.bitsUnlessUpdate = bounded(novelty + ownRarity);
        return update;
    }

    /** A value new at the level, judged on the user's novelty rate and the value's realm rarity. */
    private static Novelty judged(Level level, UserProfile profile, RealmStats realm, Observation o, double extraBits,
            String note) {
        double share = Surprise.realmShare(realm, o, level);
        double bits = Surprise.noveltyBits(profile, realm, level, o) + Surprise.rarityBits(realm, level, share);
        return new Novelty(level, bounded(bits + extraBits), share, note);
    }

    private static double bounded(double bits) {
        return Math.max(0, Math.min(MAX_BITS, bits));
    }

    /**
     * Profiles restored from snapshots written before Safari's minor joined the version level and the
     * exact header's key carried its build hold a Safari version as its major alone and plain header
     * hashes. Such a value still counts as known (a Safari of that major; that very header), and {@link
     * #learn} renames its slot to today's key, so a restore brings no wave of "new device".
     */
    private static boolean knownBeforeKeysChanged(UserProfile profile, Observation o, Level level) {
        if (level == Level.BROWSER) {
            return o.agent.versionHasMinor() && profile.knows(Level.BROWSER, o.agent.majorOnlyBrowserKey());
        }
        return level == Level.AGENT && profile.knows(Level.AGENT, o.agent.agentKey());
    }

    /** The reason for a novelty from {@link #assess}, or {@code null} if too light. */
    public Reason reason(UserProfile profile, Observation o, Novelty novelty) {
        double weight = novelty == null ? 0 : novelty.weight();
        if (weight == 0) {
            return null;
        }
        Map<String, String> evidence = evidence(profile, o, novelty.bits, novelty.share);
        novelty.putDiscounts(evidence);
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
            renameKeysOfOlderSnapshots(profile, o.agent);
            Surprise.learn(profile, realm, o, returning, HIERARCHY);
        }
    }

    /** See {@link #knownBeforeKeysChanged}. */
    private static void renameKeysOfOlderSnapshots(UserProfile profile, UserAgent agent) {
        if (agent.versionHasMinor()) {
            profile.rename(Level.BROWSER, agent.majorOnlyBrowserKey(), agent.browserKey());
        }
        profile.rename(Level.AGENT, agent.agentKey(), agent.headerKey());
    }

    /** The browser key of the newest version of the family the user has shown, 0 if none (or none with a version). */
    private static int newestOfFamily(UserProfile profile, int familyKey) {
        int newest = 0;
        for (int key : profile.usual(Level.BROWSER, Level.BROWSER.length())) {
            if (UserAgent.familyKeyOf(key) == familyKey && UserAgent.versionOf(key) > 0
                    && (newest == 0 || UserAgent.comparableVersion(key) > UserAgent.comparableVersion(newest))) {
                newest = key;
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
                return "First sign-in with this exact browser build (" + browser + " on " + platform + ")" + change
                        + "; the user's usual " + browsers(profile) + " sent different headers";
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
