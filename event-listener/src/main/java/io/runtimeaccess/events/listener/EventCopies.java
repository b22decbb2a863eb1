package io.runtimeaccess.events.listener;

import io.runtimeaccess.anomaly.event.AdminAction;
import io.runtimeaccess.anomaly.event.AdminOperation;
import io.runtimeaccess.anomaly.event.GrantedAccess;
import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.event.UserEventType;
import io.runtimeaccess.events.device.DeviceId;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;

/**
 * Copies Keycloak's events into the scorer's own immutable events, on the request thread, so the
 * worker never touches a Keycloak object that belongs to a finished request.
 */
final class EventCopies {

    private EventCopies() {
    }

    /** The scorer's type for a Keycloak event type, or {@code null} for events the scorer does not read. */
    static UserEventType typeOf(EventType type) {
        switch (type) {
            case LOGIN:
                return UserEventType.LOGIN;
            case LOGIN_ERROR:
                return UserEventType.LOGIN_ERROR;
            case IDENTITY_PROVIDER_LOGIN:
                return UserEventType.IDENTITY_PROVIDER_LOGIN;
            // IDENTITY_PROVIDER_FIRST_LOGIN is not read: Keycloak sends it before the account exists (no user id, no
            // username), then REGISTER and the LOGIN that ends the sign-in; scored, it would count the sign-in twice
            // and build a profile for nobody.
            case CODE_TO_TOKEN:
            case CODE_TO_TOKEN_ERROR:
                return UserEventType.CODE_TO_TOKEN;
            case REFRESH_TOKEN:
            case REFRESH_TOKEN_ERROR:
                return UserEventType.REFRESH_TOKEN;
            case LOGOUT:
                return UserEventType.LOGOUT;
            case UPDATE_PASSWORD:
            case UPDATE_CREDENTIAL:
                return UserEventType.UPDATE_PASSWORD;
            default:
                return null;
        }
    }

    /**
     * Characters of a User-Agent header kept: a browser's is a few hundred; what a client sends beyond would only
     * cost the queue's memory and the parser's time on the scorer's thread.
     */
    static final int MAX_USER_AGENT = 512;

    /** The scorer's event; {@code deviceId} comes from {@link #deviceId}. */
    static UserEvent user(Event event, UserEventType type, String userAgent, String deviceId) {
        String username = event.getDetails() == null ? null : event.getDetails().get(Details.USERNAME);
        String agent = userAgent == null || userAgent.length() <= MAX_USER_AGENT ? userAgent
                : userAgent.substring(0, MAX_USER_AGENT);
        return new UserEvent(event.getId(), event.getTime(), event.getRealmId(), event.getUserId(),
                username == null ? null : username.toLowerCase(Locale.ROOT), type, event.getIpAddress(), agent,
                event.getSessionId(), event.getError(), deviceId);
    }

    /**
     * The digest of the device cookie that the {@code runtime-access-device-cookie} step put on the event,
     * or {@code null} when the sign-in did not pass that step. Never the cookie itself.
     *
     * <p>When required actions (a new password, a second factor to set up) follow the flow, Keycloak sends
     * the LOGIN event from a later request and rebuilds its details from the auth session, so the step's
     * detail is gone. The step also leaves the digest in the auth session; for a sign-in event without the
     * detail, {@code signInNote} reads it from there (or from the cookie the browser sent).
     */
    static String deviceId(Event event, UserEventType type, Supplier<String> signInNote) {
        String digest = event.getDetails() == null ? null : event.getDetails().get(DeviceId.DETAIL);
        if ((digest == null || digest.isBlank())
                && (type == UserEventType.LOGIN || type == UserEventType.IDENTITY_PROVIDER_LOGIN)) {
            digest = signInNote.get();
        }
        return digest == null || digest.isBlank() ? null : digest;
    }

    static AdminAction admin(AdminEvent event, String targetUserId, List<GrantedAccess> granted) {
        String adminUserId = event.getAuthDetails() == null ? null : event.getAuthDetails().getUserId();
        String ip = event.getAuthDetails() == null ? null : event.getAuthDetails().getIpAddress();
        return new AdminAction(event.getId(), event.getTime(), event.getRealmId(), adminUserId, ip,
                AdminOperation.valueOf(event.getOperationType().name()), event.getResourceTypeAsString(),
                event.getResourcePath(), targetUserId, granted);
    }

    /** The user id in a resource path such as {@code users/<id>/role-mappings/realm}, or {@code null}. */
    static String targetUser(String resourcePath) {
        if (resourcePath == null || !resourcePath.startsWith("users/")) {
            return null;
        }
        int end = resourcePath.indexOf('/', "users/".length());
        return end < 0 ? resourcePath.substring("users/".length()) : resourcePath.substring("users/".length(), end);
    }
}
