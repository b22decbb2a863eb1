package io.runtimeaccess.anomaly.finding;

/** Severity of an assessment, from its 0–100 score. */
public enum Severity {
    NONE,
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
