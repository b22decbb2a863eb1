package io.runtimeaccess.requests.audit;

import io.runtimeaccess.requests.notice.RequestNotices;
import io.runtimeaccess.sharing.audit.ServerAdminEvents;
import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.representations.AccessToken;

/**
 * Every state change of a request is a CUSTOM admin event at {@code runtime-access/requests/{id}}: CREATE when
 * requested, UPDATE when an approval is counted, on rejection and on cancellation, ACTION when the access is given,
 * DELETE when it expired and was removed. The representation is the request with {@code event} naming the change.
 * The auth details name the user who acted (from its token), or only the realm for the expiry sweep. Written through
 * {@link ServerAdminEvents} because the user API has no admin to build an admin event for. Every change is also told:
 * a CloudEvent and the mails of {@link RequestNotices}, after the transaction committed.
 */
public final class RequestEvents {

    public static final String PATH = "requests/";

    private RequestEvents() {
    }

    public static void record(KeycloakSession session, RealmModel realm, OperationType operation, String event,
            Map<String, Object> request, AuthDetails actor) {
        Map<String, Object> rep = new LinkedHashMap<>(request);
        rep.put("event", event);
        ServerAdminEvents.record(session, realm, operation, PATH + request.get("id"), rep, actor);
        RequestNotices.told(session, realm, event, request, actor == null ? null : actor.getUserId());
    }

    /** The user of a verified token, as an admin event's auth details. */
    public static AuthDetails actor(RealmModel realm, AccessToken token) {
        return ServerAdminEvents.tokenUser(realm, token);
    }
}
