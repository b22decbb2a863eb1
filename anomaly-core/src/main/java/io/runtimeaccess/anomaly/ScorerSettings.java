package io.runtimeaccess.anomaly;

import io.runtimeaccess.anomaly.score.SeverityBands;

/**
 * The caps and thresholds of {@link AnomalyScorer}. Immutable; start from {@link #defaults()} and change
 * what you need with {@link #toBuilder()}.
 *
 * <h2>Memory caps and eviction</h2>
 * Every table the scorer keeps is bounded. When a table is full, the entry used least recently (the user
 * who signed in longest ago, the source that failed longest ago, ...) is dropped to make room: LRU.
 * <ul>
 *   <li>{@code maxUsers}: user profiles, one per (realm, user); about 470 bytes each.</li>
 *   <li>{@code maxSources}: failure windows per kind of source (IP, network, ASN, user agent) and the
 *       per-username brute-force windows; made by failures only, most hold a few entries, and one idle
 *       for a day is also dropped (oldest first, as new windows are made).</li>
 *   <li>{@code maxSessions}: where each user session signed in, for the token check; a session older
 *       than {@code sessionMaxAgeSeconds} is also dropped (oldest first, as new sessions arrive).</li>
 *   <li>{@code maxAdmins}: admin profiles (usual networks, burst baseline).</li>
 *   <li>{@code maxRealms}: realm-wide statistics (exact counts, at most 192 KiB plus 384 bytes per user
 *       profile held, see {@code RealmStats}).</li>
 * </ul>
 *
 * <h2>Severity bands</h2>
 * A score below {@code lowFrom} is NONE, below {@code mediumFrom} LOW, below {@code highFrom} MEDIUM,
 * below {@code criticalFrom} HIGH, else CRITICAL. Defaults 20/40/60/80.
 */
public final class ScorerSettings {

    private final int maxUsers;
    private final int maxSources;
    private final int maxSessions;
    private final int maxAdmins;
    private final int maxRealms;
    private final int sessionMaxAgeSeconds;
    private final int userAgentCacheSize;

    private final int lowFrom;
    private final int mediumFrom;
    private final int highFrom;
    private final int criticalFrom;
    private final int learnBelowScore;

    private final int minHistoryForTime;
    private final double maxTravelSpeedKmh;
    private final double minTravelDistanceKm;

    private final int sprayWindowSeconds;
    private final int sprayMinDistinctUsers;
    private final int bruteForceWindowSeconds;
    private final int bruteForceMinDistinctIps;
    private final int realmSpikeWindowSeconds;
    private final int realmSpikeMinFailures;
    private final double realmSpikeFactor;

    private final int bulkWindowSeconds;
    private final int bulkMinActions;
    private final int bulkMinDeletes;
    private final double bulkFactor;

    ScorerSettings(ScorerSettingsBuilder b) {
        maxUsers = positive(b.maxUsers, "maxUsers");
        maxSources = positive(b.maxSources, "maxSources");
        maxSessions = positive(b.maxSessions, "maxSessions");
        maxAdmins = positive(b.maxAdmins, "maxAdmins");
        maxRealms = positive(b.maxRealms, "maxRealms");
        sessionMaxAgeSeconds = positive(b.sessionMaxAgeSeconds, "sessionMaxAgeSeconds");
        userAgentCacheSize = positive(b.userAgentCacheSize, "userAgentCacheSize");
        if (!(0 < b.lowFrom && b.lowFrom < b.mediumFrom && b.mediumFrom < b.highFrom
                && b.highFrom < b.criticalFrom && b.criticalFrom <= 100)) {
            throw new IllegalArgumentException("severity bands must rise within 1..100: "
                    + b.lowFrom + "/" + b.mediumFrom + "/" + b.highFrom + "/" + b.criticalFrom);
        }
        lowFrom = b.lowFrom;
        mediumFrom = b.mediumFrom;
        highFrom = b.highFrom;
        criticalFrom = b.criticalFrom;
        if (b.learnBelowScore < 1 || b.learnBelowScore > 101) {
            throw new IllegalArgumentException("learnBelowScore must be 1..101: " + b.learnBelowScore);
        }
        learnBelowScore = b.learnBelowScore;
        minHistoryForTime = positive(b.minHistoryForTime, "minHistoryForTime");
        maxTravelSpeedKmh = positive(b.maxTravelSpeedKmh, "maxTravelSpeedKmh");
        minTravelDistanceKm = positive(b.minTravelDistanceKm, "minTravelDistanceKm");
        sprayWindowSeconds = positive(b.sprayWindowSeconds, "sprayWindowSeconds");
        sprayMinDistinctUsers = atLeast(b.sprayMinDistinctUsers, 2, "sprayMinDistinctUsers");
        bruteForceWindowSeconds = positive(b.bruteForceWindowSeconds, "bruteForceWindowSeconds");
        bruteForceMinDistinctIps = atLeast(b.bruteForceMinDistinctIps, 2, "bruteForceMinDistinctIps");
        realmSpikeWindowSeconds = positive(b.realmSpikeWindowSeconds, "realmSpikeWindowSeconds");
        realmSpikeMinFailures = positive(b.realmSpikeMinFailures, "realmSpikeMinFailures");
        realmSpikeFactor = atLeast(b.realmSpikeFactor, 1, "realmSpikeFactor");
        bulkWindowSeconds = positive(b.bulkWindowSeconds, "bulkWindowSeconds");
        bulkMinActions = atLeast(b.bulkMinActions, 2, "bulkMinActions");
        bulkMinDeletes = atLeast(b.bulkMinDeletes, 2, "bulkMinDeletes");
        bulkFactor = atLeast(b.bulkFactor, 1, "bulkFactor");
    }

    /** The documented defaults; see each getter. */
    public static ScorerSettings defaults() {
        return new ScorerSettingsBuilder().build();
    }

    public static ScorerSettingsBuilder builder() {
        return new ScorerSettingsBuilder();
    }

    public ScorerSettingsBuilder toBuilder() {
        return new ScorerSettingsBuilder(this);
    }

    /** User profiles kept (LRU beyond). Default 250,000 (about 120 MB). */
    public int maxUsers() {
        return maxUsers;
    }

    /** Failure windows kept per kind of source (IP, /24, ASN, user agent, username); LRU beyond. Default 50,000. */
    public int maxSources() {
        return maxSources;
    }

    /** Sessions whose sign-in location is remembered for the token check; LRU beyond. Default 200,000. */
    public int maxSessions() {
        return maxSessions;
    }

    /**
     * A session's sign-in location is kept this long, then dropped (oldest first, as new sessions
     * arrive). Default 36,000 s, Keycloak's default SSO Session Max of 10 hours; set it to the longest session
     * lifespan of the realms (the listener's {@code session-max-age} option).
     */
    public int sessionMaxAgeSeconds() {
        return sessionMaxAgeSeconds;
    }

    /** Admin profiles kept; LRU beyond. Default 10,000. */
    public int maxAdmins() {
        return maxAdmins;
    }

    /** Realms with statistics; LRU beyond. Default 256. */
    public int maxRealms() {
        return maxRealms;
    }

    /** Parsed user agents cached (direct-mapped: a new string replaces the one in its slot). Default 1,024. */
    public int userAgentCacheSize() {
        return userAgentCacheSize;
    }

    /** Lowest score that is LOW. Default 20. */
    /** The severity bands these settings define. */
    public SeverityBands severityBands() {
        return new SeverityBands(lowFrom, mediumFrom, highFrom, criticalFrom);
    }

    public int lowFrom() {
        return lowFrom;
    }

    /** Lowest score that is MEDIUM. Default 40. */
    public int mediumFrom() {
        return mediumFrom;
    }

    /** Lowest score that is HIGH. Default 60. */
    public int highFrom() {
        return highFrom;
    }

    /** Lowest score that is CRITICAL. Default 80. */
    public int criticalFrom() {
        return criticalFrom;
    }

    /**
     * A sign-in scoring this or more does not become part of the user's normal until a person dismisses
     * it, so an attacker who got in once does not look normal the second time. The price: a traveller's
     * every sign-in abroad stays flagged until someone dismisses the first. Default 101: learn every
     * sign-in (after scoring it), as Freeman et al. do; set 80 to hold back CRITICAL ones.
     */
    public int learnBelowScore() {
        return learnBelowScore;
    }

    /** Sign-ins a user needs before an unusual hour or weekday counts. Default 8. */
    public int minHistoryForTime() {
        return minHistoryForTime;
    }

    /** Faster than this between two sign-ins is impossible travel. Default 1,000 km/h (a jet with margin). */
    public double maxTravelSpeedKmh() {
        return maxTravelSpeedKmh;
    }

    /** Moves shorter than this are geolocation noise, never travel. Default 500 km. */
    public double minTravelDistanceKm() {
        return minTravelDistanceKm;
    }

    /** Window of the per-source failure counts. Default 600 s. */
    public int sprayWindowSeconds() {
        return sprayWindowSeconds;
    }

    /** Distinct failing usernames from one IP in the window that make a spray. Default 8. */
    public int sprayMinDistinctUsers() {
        return sprayMinDistinctUsers;
    }

    /** Window of the per-username failure counts. Default 3,600 s. */
    public int bruteForceWindowSeconds() {
        return bruteForceWindowSeconds;
    }

    /** Distinct IPs failing on one username in the window that make brute force. Default 5. */
    public int bruteForceMinDistinctIps() {
        return bruteForceMinDistinctIps;
    }

    /** Window of the realm-wide failure count. Default 600 s. */
    public int realmSpikeWindowSeconds() {
        return realmSpikeWindowSeconds;
    }

    /** Realm-wide failures in the window below which there is never a spike. Default 30. */
    public int realmSpikeMinFailures() {
        return realmSpikeMinFailures;
    }

    /** How many times the realm's usual failure count a window needs to be a spike. Default 5. */
    public double realmSpikeFactor() {
        return realmSpikeFactor;
    }

    /** Window of an admin's change count. Default 600 s. */
    public int bulkWindowSeconds() {
        return bulkWindowSeconds;
    }

    /** Changes in the window below which an admin is never bulk-active. Default 20. */
    public int bulkMinActions() {
        return bulkMinActions;
    }

    /**
     * Deletes in the window below which an admin's deletes alone are never a burst (judged against the
     * admin's own busiest window of deletes). Lower than {@link #bulkMinActions()}: deletes are rare in
     * routine work and cannot be undone. Default 10.
     */
    public int bulkMinDeletes() {
        return bulkMinDeletes;
    }

    /**
     * How many times the admin's usual busiest window a burst needs (all changes together, or one
     * category against its own busiest window). Default 3.
     */
    public double bulkFactor() {
        return bulkFactor;
    }

    @Override
    public String toString() {
        return "ScorerSettings[maxUsers=" + maxUsers + ", maxSources=" + maxSources + ", maxSessions=" + maxSessions
                + ", maxAdmins=" + maxAdmins + ", maxRealms=" + maxRealms + ", bands=" + lowFrom + "/" + mediumFrom
                + "/" + highFrom + "/" + criticalFrom + ", learnBelowScore=" + learnBelowScore + "]";
    }

    private static int positive(int value, String name) {
        return atLeast(value, 1, name);
    }

    private static int atLeast(int value, int min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ": " + value);
        }
        return value;
    }

    private static double positive(double value, String name) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }

    private static double atLeast(double value, double min, String name) {
        if (!(value >= min)) {
            throw new IllegalArgumentException(name + " must be at least " + min + ": " + value);
        }
        return value;
    }
}
