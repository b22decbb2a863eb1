package io.runtimeaccess.events.listener;

import io.runtimeaccess.anomaly.event.AdminAction;
import io.runtimeaccess.anomaly.event.AdminOperation;
import io.runtimeaccess.anomaly.event.GrantedAccess;
import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.event.UserEventType;
import java.util.List;
import java.util.Locale;
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
            case IDENTITY_PROVIDER_FIRST_LOGIN:
                return UserEventType.IDENTITY_PROVIDER_LOGIN;
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

    static UserEvent user(Event event, UserEventType type, String userAgent) {
        String username = event.getDetails() == null ? null : event.getDetails().get(Details.USERNAME);
        return new UserEvent(event.getId(), event.getTime(), event.getRealmId(), event.getUserId(),
                username == null ? null : username.toLowerCase(Locale.ROOT), type, event.getIpAddress(), userAgent,
                event.getSessionId(), event.getError());
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
