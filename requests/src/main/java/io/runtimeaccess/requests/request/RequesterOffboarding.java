package io.runtimeaccess.requests.request;

import io.runtimeaccess.requests.lifecycle.RequestStatus;
import io.runtimeaccess.requests.notice.RequestChange;
import io.runtimeaccess.requests.store.AccessRequestEntity;
import io.runtimeaccess.requests.store.RequestStore;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import io.runtimeaccess.requests.access.RequestedAccess;
import io.runtimeaccess.requests.policy.ItemKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
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

    /** Bounded IN lists: some databases refuse or plan badly a list of thousands. */
    private static final int IDS_PER_QUERY = 500;

    private RequesterOffboarding() {
    }

    /**
     * The Keycloak roles that ending these users' active requests would unmap, each once: the admin applying an
     * offboarding must be allowed to map each of them, as Keycloak's role-mapping API asks for the same change.
     */
    public static Set<RoleModel> rolesToUnmap(KeycloakSession session, RealmModel realm, Collection<String> userIds) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        RequestedAccess access = new RequestedAccess(session, realm);
        Set<RoleModel> roles = new LinkedHashSet<>();
        List<String> ids = new ArrayList<>(userIds);
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            for (Object[] item : em.createQuery("select distinct r.kind, r.scopeId, r.target from AccessRequestEntity r"
                    + " where r.realmId = :realmId and r.status = :active and r.kind in :kinds"
                    + " and r.requesterId in :ids", Object[].class).setParameter("realmId", realm.getId())
                    .setParameter("active", RequestStatus.ACTIVE.name())
                    .setParameter("kinds", List.of(ItemKind.REALM_ROLE.name(), ItemKind.CLIENT_ROLE.name()))
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)))
                    .getResultList()) {
                RoleModel role = access.role(ItemKind.valueOf((String) item[0]), (String) item[1], (String) item[2]);
                if (role != null) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    /**
     * What {@link #end} would do to the user's open requests now, for an offboarding's dry run: each with its status
     * and what happens to it ({@code cancel} a pending one, {@code end} an active one, taking what it gave, a Keycloak
     * role mapping included).
     */
    public static List<Map<String, Object>> planned(KeycloakSession session, RealmModel realm, String userId) {
        List<Map<String, Object>> requests = new ArrayList<>();
        for (AccessRequestEntity request : new RequestStore(session, realm.getId()).openRequestsOf(userId)) {
            boolean pending = RequestStatus.PENDING.name().equals(request.getStatus());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", request.getId());
            row.put("status", request.getStatus().toLowerCase(Locale.ROOT));
            row.put("then", pending ? "cancel" : "end");
            row.put("kind", ItemKind.valueOf(request.getKind()).apiName());
            row.put("scopeId", request.getScopeId());
            row.put("target", request.getTarget());
            requests.add(row);
        }
        return requests;
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
        for (AccessRequestEntity request : store.openRequestsOf(user.getId())) { // an ended request never opens again
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
