package io.runtimeaccess.anomaly.event;

/**
 * A sign-in related event of one realm, as the scorer sees it.
 *
 * @param id          unique id of the event (Keycloak's event id), used to name the events a finding covers
 * @param timeMillis  when it happened (epoch milliseconds)
 * @param realmId     the realm
 * @param userId      the user, or {@code null} when the username matched no user (a failed login to an unknown account)
 * @param username    the username that was tried (lower case), never {@code null} for a login attempt
 * @param type        the event type
 * @param ip          the client's IP address as text (IPv4 or IPv6)
 * @param userAgent   the User-Agent header, or {@code null}
 * @param sessionId   the user session, or {@code null}
 * @param error       Keycloak's error code for a failed event (e.g. {@code invalid_user_credentials}), else {@code null}
 * @param deviceId    an opaque, stable id of the browser profile that signed in (a digest of a long-lived
 *                    device cookie, never the cookie itself), or {@code null} when the sign-in carried none
 *                    (a password grant, a realm without the device cookie step)
 */
public record UserEvent(String id, long timeMillis, String realmId, String userId, String username,
        UserEventType type, String ip, String userAgent, String sessionId, String error, String deviceId) {

    /** An event without a device id. */
    public UserEvent(String id, long timeMillis, String realmId, String userId, String username,
            UserEventType type, String ip, String userAgent, String sessionId, String error) {
        this(id, timeMillis, realmId, userId, username, type, ip, userAgent, sessionId, error, null);
    }

    public boolean failed() {
        return error != null || type == UserEventType.LOGIN_ERROR;
    }

    /** A successful interactive sign-in: the events that establish where and how a user usually signs in. */
    public boolean successfulLogin() {
        return !failed() && (type == UserEventType.LOGIN || type == UserEventType.IDENTITY_PROVIDER_LOGIN);
    }
}
