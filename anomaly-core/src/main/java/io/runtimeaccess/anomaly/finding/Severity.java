package io.runtimeaccess.anomaly.finding;

/** Severity of an assessment, from its 0–100 score. */
public enum Severity {
    NONE,
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    /** Whether a stored severity name is HIGH or above; false for a name that is none. */
    public static boolean isHighOrAbove(String name) {
        return HIGH.name().equals(name) || CRITICAL.name().equals(name);
    }
}
