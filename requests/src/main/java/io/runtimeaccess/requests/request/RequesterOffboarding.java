package io.runtimeaccess.requests.request;

import io.runtimeaccess.requests.lifecycle.RequestStatus;
import io.runtimeaccess.requests.notice.RequestChange;
import io.runtimeaccess.requests.store.AccessRequestEntity;
import io.runtimeaccess.requests.store.RequestStore;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Ends what an offboarded user asked for, in the offboarding's transaction. A pending request is cancelled, so its
 * approvers stop seeing it and are told there is nothing left to do. An active one ends at once as its expiry would
 * end it: what it gave goes, Keycloak role mappings included, which the offboarding itself does not touch. Both
 * events carry {@code reason: offboarded} and name the admin who applied the plan.
 *
 * <p>Each request's row is locked and read again first, as every decision does: an approval racing the offboarding
 * either commits before it, and its request is then ended here, or waits and finds the request cancelled.
 */
public final class RequesterOffboarding {

    private RequesterOffboarding() {
    }

    /**
     * Ends the user's open requests in the name of {@code actor}, the admin applying the plan; answers the ids
     * cancelled and ended, for the offboarding's record.
     */
    public static Map<String, List<String>> end(KeycloakSession session, RealmModel realm, AuthDetails actor,
            UserModel user) {
        RequestStore store = new RequestStore(session, realm.getId());
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        List<String> cancelled = new ArrayList<>();
        List<String> ended = new ArrayList<>();
        for (AccessRequestEntity request : store.requestsOf(user.getId())) {
            em.refresh(request, LockModeType.PESSIMISTIC_WRITE);
            if (RequestStatus.PENDING.name().equals(request.getStatus())) {
                RequestEnd.cancel(session, realm, request, actor, RequestChange.OFFBOARDED);
                cancelled.add(request.getId());
            } else if (RequestStatus.ACTIVE.name().equals(request.getStatus())) {
                RequestEnd.expire(session, realm, request, actor, RequestChange.OFFBOARDED);
                ended.add(request.getId());
            }
        }
        Map<String, List<String>> record = new LinkedHashMap<>();
        record.put("cancelledRequests", cancelled);
        record.put("endedRequests", ended);
        return record;
    }
}
