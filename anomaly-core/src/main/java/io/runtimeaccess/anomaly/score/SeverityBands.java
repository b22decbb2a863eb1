package io.runtimeaccess.anomaly.score;

import io.runtimeaccess.anomaly.ScorerSettings;
import io.runtimeaccess.anomaly.finding.Severity;

/** Maps a score to its severity with the bands of {@link ScorerSettings} (default NONE &lt;20, LOW &lt;40, MEDIUM &lt;60, HIGH &lt;80, CRITICAL). */
public final class SeverityBands {

    private final int lowFrom;
    private final int mediumFrom;
    private final int highFrom;
    private final int criticalFrom;

    public SeverityBands(ScorerSettings settings) {
        lowFrom = settings.lowFrom();
        mediumFrom = settings.mediumFrom();
        highFrom = settings.highFrom();
        criticalFrom = settings.criticalFrom();
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
}
