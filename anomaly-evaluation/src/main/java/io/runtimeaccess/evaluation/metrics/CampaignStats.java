package io.runtimeaccess.evaluation.metrics;

import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.evaluation.dataset.Scenario;

/**
 * How one attack campaign (a spray, a brute force, a bulk delete) went: attempts and time until the first
 * alert, and whether its successes were alerted.
 */
public final class CampaignStats {

    private final String id;
    private final Scenario scenario;
    private final long startMillis;
    private long attempts;
    private long lastMillis;
    private long firstAlertAttempt = -1;
    private long firstAlertMillis = -1;
    private Detection firstAlertReason;
    private long alerts;
    private long successes;
    private long successesAlerted;
    private long firstCampaignFindingAttempt = -1;

    public CampaignStats(String id, Scenario scenario, long startMillis) {
        this.id = id;
        this.scenario = scenario;
        this.startMillis = startMillis;
    }

    /** One of the campaign's events, in time order. */
    public void record(long timeMillis, boolean success, boolean alert, Detection topReason) {
        attempts++;
        lastMillis = Math.max(lastMillis, timeMillis);
        if (topReason == Detection.CREDENTIAL_CAMPAIGN && firstCampaignFindingAttempt < 0) {
            firstCampaignFindingAttempt = attempts;
        }
        if (alert) {
            alerts++;
            if (firstAlertAttempt < 0) {
                firstAlertAttempt = attempts;
                firstAlertMillis = timeMillis;
                firstAlertReason = topReason;
            }
        }
        if (success) {
            successes++;
            if (alert) {
                successesAlerted++;
            }
        }
    }

    public String id() {
        return id;
    }

    public Scenario scenario() {
        return scenario;
    }

    public long startMillis() {
        return startMillis;
    }

    /** The time of the campaign's last event so far. */
    public long lastMillis() {
        return lastMillis;
    }

    public long attempts() {
        return attempts;
    }

    public boolean detected() {
        return firstAlertAttempt > 0;
    }

    /** The attempt (1-based) that was alerted first, or -1. */
    public long attemptsToDetection() {
        return firstAlertAttempt;
    }

    /** Seconds from the campaign's first event to its first alert, or -1. */
    public double secondsToDetection() {
        return firstAlertMillis < 0 ? -1 : (firstAlertMillis - startMillis) / 1000.0;
    }

    /** The attempt (1-based) on which the realm-level campaign finding was raised, or -1. */
    public long attemptsToCampaignFinding() {
        return firstCampaignFindingAttempt;
    }

    public Detection firstAlertReason() {
        return firstAlertReason;
    }

    public long alerts() {
        return alerts;
    }

    public long successes() {
        return successes;
    }

    public long successesAlerted() {
        return successesAlerted;
    }
}
