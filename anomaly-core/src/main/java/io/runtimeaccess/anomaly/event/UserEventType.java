package io.runtimeaccess.anomaly.event;

/** The user events the scorer reads; everything else Keycloak emits arrives as {@link #OTHER}. */
public enum UserEventType {
    LOGIN,
    LOGIN_ERROR,
    IDENTITY_PROVIDER_LOGIN,
    CODE_TO_TOKEN,
    REFRESH_TOKEN,
    LOGOUT,
    UPDATE_PASSWORD,
    OTHER
}
