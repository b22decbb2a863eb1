package io.runtimeaccess.anomaly;

/**
 * Builds {@link ScorerSettings}; starts at the defaults, which are documented on the getters of
 * {@link ScorerSettings}. Holds values unchecked: {@link #build()} is where they are validated, so a
 * caller can set related values (the severity bands) in any order.
 */
public final class ScorerSettingsBuilder {
    int maxUsers = 250_000;
    int maxSources = 50_000;
    int maxSessions = 200_000;
    int maxAdmins = 10_000;
    int maxRealms = 256;
    int sessionMaxAgeSeconds = 36_000;
    int userAgentCacheSize = 1024;
    int lowFrom = 20;
    int mediumFrom = 40;
    int highFrom = 60;
    int criticalFrom = 80;
    int learnBelowScore = 101;
    int minHistoryForTime = 8;
    double maxTravelSpeedKmh = 1000;
    double minTravelDistanceKm = 500;
    int sprayWindowSeconds = 600;
    int sprayMinDistinctUsers = 8;
    int bruteForceWindowSeconds = 3600;
    int bruteForceMinDistinctIps = 5;
    int realmSpikeWindowSeconds = 600;
    int realmSpikeMinFailures = 30;
    double realmSpikeFactor = 5;
    int bulkWindowSeconds = 600;
    int bulkMinActions = 20;
    int bulkMinDeletes = 10;
    double bulkFactor = 3;

    ScorerSettingsBuilder() {
    }

    ScorerSettingsBuilder(ScorerSettings s) {
        maxUsers = s.maxUsers();
        maxSources = s.maxSources();
        maxSessions = s.maxSessions();
        maxAdmins = s.maxAdmins();
        maxRealms = s.maxRealms();
        sessionMaxAgeSeconds = s.sessionMaxAgeSeconds();
        userAgentCacheSize = s.userAgentCacheSize();
        lowFrom = s.lowFrom();
        mediumFrom = s.mediumFrom();
        highFrom = s.highFrom();
        criticalFrom = s.criticalFrom();
        learnBelowScore = s.learnBelowScore();
        minHistoryForTime = s.minHistoryForTime();
        maxTravelSpeedKmh = s.maxTravelSpeedKmh();
        minTravelDistanceKm = s.minTravelDistanceKm();
        sprayWindowSeconds = s.sprayWindowSeconds();
        sprayMinDistinctUsers = s.sprayMinDistinctUsers();
        bruteForceWindowSeconds = s.bruteForceWindowSeconds();
        bruteForceMinDistinctIps = s.bruteForceMinDistinctIps();
        realmSpikeWindowSeconds = s.realmSpikeWindowSeconds();
        realmSpikeMinFailures = s.realmSpikeMinFailures();
        realmSpikeFactor = s.realmSpikeFactor();
        bulkWindowSeconds = s.bulkWindowSeconds();
        bulkMinActions = s.bulkMinActions();
        bulkMinDeletes = s.bulkMinDeletes();
        bulkFactor = s.bulkFactor();
    }

    public ScorerSettingsBuilder maxUsers(int value) {
        maxUsers = value;
        return this;
    }

    public ScorerSettingsBuilder maxSources(int value) {
        maxSources = value;
        return this;
    }

    public ScorerSettingsBuilder maxSessions(int value) {
        maxSessions = value;
        return this;
    }

    public ScorerSettingsBuilder maxAdmins(int value) {
        maxAdmins = value;
        return this;
    }

    public ScorerSettingsBuilder maxRealms(int value) {
        maxRealms = value;
        return this;
    }

    public ScorerSettingsBuilder sessionMaxAgeSeconds(int value) {
        sessionMaxAgeSeconds = value;
        return this;
    }

    public ScorerSettingsBuilder userAgentCacheSize(int value) {
        userAgentCacheSize = value;
        return this;
    }

    /** The four band thresholds at once: LOW, MEDIUM, HIGH and CRITICAL start at these scores. */
    public ScorerSettingsBuilder severityBands(int lowFrom, int mediumFrom, int highFrom, int criticalFrom) {
        this.lowFrom = lowFrom;
        this.mediumFrom = mediumFrom;
        this.highFrom = highFrom;
        this.criticalFrom = criticalFrom;
        return this;
    }

    public ScorerSettingsBuilder learnBelowScore(int value) {
        learnBelowScore = value;
        return this;
    }

    public ScorerSettingsBuilder minHistoryForTime(int value) {
        minHistoryForTime = value;
        return this;
    }

    public ScorerSettingsBuilder maxTravelSpeedKmh(double value) {
        maxTravelSpeedKmh = value;
        return this;
    }

    public ScorerSettingsBuilder minTravelDistanceKm(double value) {
        minTravelDistanceKm = value;
        return this;
    }

    public ScorerSettingsBuilder sprayWindowSeconds(int value) {
        sprayWindowSeconds = value;
        return this;
    }

    public ScorerSettingsBuilder sprayMinDistinctUsers(int value) {
        sprayMinDistinctUsers = value;
        return this;
    }

    public ScorerSettingsBuilder bruteForceWindowSeconds(int value) {
        bruteForceWindowSeconds = value;
        return this;
    }

    public ScorerSettingsBuilder bruteForceMinDistinctIps(int value) {
        bruteForceMinDistinctIps = value;
        return this;
    }

    public ScorerSettingsBuilder realmSpikeWindowSeconds(int value) {
        realmSpikeWindowSeconds = value;
        return this;
    }

    public ScorerSettingsBuilder realmSpikeMinFailures(int value) {
        realmSpikeMinFailures = value;
        return this;
    }

    public ScorerSettingsBuilder realmSpikeFactor(double value) {
        realmSpikeFactor = value;
        return this;
    }

    public ScorerSettingsBuilder bulkWindowSeconds(int value) {
        bulkWindowSeconds = value;
        return this;
    }

    public ScorerSettingsBuilder bulkMinActions(int value) {
        bulkMinActions = value;
        return this;
    }

    public ScorerSettingsBuilder bulkMinDeletes(int value) {
        bulkMinDeletes = value;
        return this;
    }

    public ScorerSettingsBuilder bulkFactor(double value) {
        bulkFactor = value;
        return this;
    }

    public ScorerSettings build() {
        return new ScorerSettings(this);
    }
}
