package io.runtimeaccess.governance.risk;

/** The three bands of a 0–100 risk score, spelled in the API as {@code low}, {@code medium}, {@code high}. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH;

    /** A score from this value up is at least medium. */
    public static final int MEDIUM_FROM = 40;
    /** A score from this value up is high. */
    public static final int HIGH_FROM = 70;

    public static RiskLevel of(int score) {
        if (score >= HIGH_FROM) {
            return HIGH;
        }
        return score >= MEDIUM_FROM ? MEDIUM : LOW;
    }

    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
