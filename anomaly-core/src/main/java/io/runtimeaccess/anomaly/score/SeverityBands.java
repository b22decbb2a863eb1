package io.runtimeaccess.anomaly.score;

import io.runtimeaccess.anomaly.finding.Severity;

/**
 * Maps a score to its severity (default NONE &lt;20, LOW &lt;40, MEDIUM &lt;60, HIGH &lt;80, CRITICAL); the
 * thresholds come from the scorer's settings, which check their order.
 */
public final class SeverityBands {

    private final int lowFrom;
    private final int mediumFrom;
    private final int highFrom;
    private final int criticalFrom;

    public SeverityBands(int lowFrom, int mediumFrom, int highFrom, int criticalFrom) {
        this.lowFrom = lowFrom;
        this.mediumFrom = mediumFrom;
        this.highFrom = highFrom;
        this.criticalFrom = criticalFrom;
    }

    public Severity of(int score) {
        if (score >= criticalFrom) {
            return Severity.CRITICAL;
        }
        if (score >= highFrom) {
            return Severity.HIGH;
        }
        if (score >= mediumFrom) {
            return Severity.MEDIUM;
        }
        return score >= lowFrom ? Severity.LOW : Severity.NONE;
    }

    /** The score in the middle of a band, LOW to CRITICAL: for a finding that has a severity but no measure. */
    public int middleOf(Severity severity) {
        switch (severity) {
            case LOW:
                return (lowFrom + mediumFrom) / 2;
            case MEDIUM:
                return (mediumFrom + highFrom) / 2;
            case HIGH:
                return (highFrom + criticalFrom) / 2;
            case CRITICAL:
                return (criticalFrom + 100) / 2;
            default:
                throw new IllegalArgumentException("the middle of a band is for LOW, MEDIUM, HIGH or CRITICAL");
        }
    }
}
