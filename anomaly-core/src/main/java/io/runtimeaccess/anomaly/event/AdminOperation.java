package io.runtimeaccess.anomaly.event;

/** Keycloak's admin operation types. */
public enum AdminOperation {
    CREATE,
    UPDATE,
    DELETE,
    ACTION
}
