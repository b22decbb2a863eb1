package io.runtimeaccess.requests.request;

import io.runtimeaccess.requests.access.RequestedAccess;
import io.runtimeaccess.requests.audit.RequestEvents;
import io.runtimeaccess.requests.lifecycle.RequestStatus;
import io.runtimeaccess.requests.store.AccessRequestEntity;
import io.runtimeaccess.requests.store.RequestStore;
import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * A request ending without a decision: cancelled, or expired with what it gave taken away. The requester's cancel, the
 * expiry sweep and an offboarding end requests through here, so each gets the same state, event and notices. The
 * caller has locked the request's row and checked its status.
 */
public final class RequestEnd {

    private RequestEnd() {
    }

    /** Cancels a pending request: an UPDATE {@code cancelled} event, with {@code reason} when not null. */
    public static Map<String, Object> cancel(KeycloakSession session, RealmModel realm, AccessRequestEntity request,
            AuthDetails actor, String reason) {
        return end(session, realm, request, RequestStatus.CANCELLED, OperationType.UPDATE, "cancelled", actor, reason);
    }

    /**
     * Takes away what an active request gave and marks it expired: a DELETE {@code expired} event, with
     * {@code reason} when not null. Ended before its time, its {@code expiresAt} becomes the end.
     */
    public static Map<String, Object> expire(KeycloakSession session, RealmModel realm, AccessRequestEntity request,
            AuthDetails actor, String reason) {
        new RequestedAccess(session, realm).take(request, actor);
        return end(session, realm, request, RequestStatus.EXPIRED, OperationType.DELETE, "expired", actor, reason);
    }

    /**
     * True when an active request's time is up at {@code now} (its access stopped counting then), whether or not the
     * expiry sweep has ended it yet; the sweep picks requests by the same bound.
     */
    public static boolean ranOut(AccessRequestEntity request, long now) {
        return request.getExpiresAt() != null && request.getExpiresAt() <= now;
    }

    private static Map<String, Object> end(KeycloakSession session, RealmModel realm, AccessRequestEntity request,
            RequestStatus status, OperationType operation, String event, AuthDetails actor, String reason) {
        long now = System.currentTimeMillis();
        request.setStatus(status.name());
        request.setEndedAt(now);
        if (request.getExpiresAt() != null && request.getExpiresAt() > now) {
            request.setExpiresAt(now);
        }
        Map<String, Object> view = new LinkedHashMap<>(RequestView.of(session, realm, request,
                new RequestStore(session, realm.getId()).decisions(request.getId())));
        if (reason != null) {
            view.put("reason", reason);
        }
        RequestEvents.record(session, realm, operation, event, view, actor);
        return view;
    }
}
