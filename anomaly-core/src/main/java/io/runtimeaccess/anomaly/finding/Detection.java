package io.runtimeaccess.anomaly.finding;

/** The detections the scorer ships; each reason names the one that produced it. */
public enum Detection {
    NEW_DEVICE,
    NEW_NETWORK,
    IMPOSSIBLE_TRAVEL,
    UNUSUAL_TIME,
    PASSWORD_SPRAY,
    DISTRIBUTED_SPRAY,
    BRUTE_FORCE,
    TOKEN_ANOMALY,
    PRIVILEGE_ESCALATION,
    BULK_ADMIN_ACTIVITY,
    /** A realm-level guessing campaign (stuffing, a slow spray); its assessment names no user. */
    CREDENTIAL_CAMPAIGN,
    /** An admin change that makes the realm record less about itself (listener removed, events off, shorter expiry). */
    AUDIT_TAMPERING
}
