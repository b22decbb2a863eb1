package io.runtimeaccess.requests.store;

import io.runtimeaccess.requests.lifecycle.RequestStatus;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.store.RealmRows;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.KeycloakModelUtils;

/** The realm's requestable items, requests and decisions; every lookup is scoped to the realm, so nothing crosses realms. */
public final class RequestStore {

    private static final int IDS_PER_QUERY = 500;

    private final EntityManager em;
    private final String realmId;

    public RequestStore(KeycloakSession session, String realmId) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realmId = realmId;
    }

    public List<RequestableItemEntity> items() {
        return em.createNamedQuery("RequestableItem.byRealm", RequestableItemEntity.class)
                .setParameter("realmId", realmId).getResultList();
    }

    /** The item, or a 404 naming {@code field}. */
    public RequestableItemEntity item(String field, String id) {
        RequestableItemEntity item = !Limits.lookable(id) ? null
                : em.find(RequestableItemEntity.class, id);
        if (item == null || !item.getRealmId().equals(realmId)) {
            throw BadRequest.notFound(field, "no requestable item '" + Limits.shown(id) + "'");
        }
        return item;
    }

    /**
     * The item, locked until the transaction ends, or a 404 naming {@code field}: a new request and the item's
     * deletion take it first, so two requests sent at once (a double click) are made one after the other and the
     * second sees the first, and no request is made for an item being deleted.
     */
    public RequestableItemEntity itemToRequest(String field, String id) {
        RequestableItemEntity item = !Limits.lookable(id) ? null
                : RealmRows.lockedInRealm(em, RequestableItemEntity.class, id, realmId, RequestableItemEntity::getRealmId);
        if (item == null) {
            throw BadRequest.notFound(field, "no requestable item '" + Limits.shown(id) + "'");
        }
        return item;
    }

    public RequestableItemEntity newItem() {
        RequestableItemEntity item = new RequestableItemEntity();
        item.setId(KeycloakModelUtils.generateId());
        item.setRealmId(realmId);
        item.setCreatedAt(System.currentTimeMillis());
        return item;
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    /**
     * Pending and active requests of an item: while there are any, the item cannot be deleted. A locking read, after
     * {@link #itemToRequest}: it sees a request committed while the item's lock was awaited.
     */
    public long openRequests(String itemId) {
        return em.createNamedQuery("AccessRequest.openForItem", AccessRequestEntity.class).setParameter("itemId", itemId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().size();
    }

    /** Pending requests of an item: a locking read, as {@link #openRequests}, after {@link #itemToRequest}. */
    public List<AccessRequestEntity> pendingRequests(String itemId) {
        return em.createNamedQuery("AccessRequest.pendingForItem", AccessRequestEntity.class)
                .setParameter("itemId", itemId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** The request, or a 404 naming {@code id}. */
    public AccessRequestEntity request(String id) {
        AccessRequestEntity request = !Limits.lookable(id) ? null : em.find(AccessRequestEntity.class, id);
        return found(request == null || !request.getRealmId().equals(realmId) ? null : request, id);
    }

    /**
     * The request, locked until the transaction ends, or a 404 naming {@code id}. Every decision takes it first, so an
     * approval and a cancellation, or two approvers of a two-approval request, decide one after the other and each
     * sees what the other committed: never an approval giving access to a request cancelled meanwhile.
     */
    public AccessRequestEntity requestToDecide(String id) {
        return found(!Limits.lookable(id) ? null
                : RealmRows.lockedInRealm(em, AccessRequestEntity.class, id, realmId, AccessRequestEntity::getRealmId), id);
    }

    private static AccessRequestEntity found(AccessRequestEntity request, String id) {
        if (request == null) {
            throw BadRequest.notFound("id", "no access request '" + Limits.shown(id) + "'");
        }
        return request;
    }

    public AccessRequestEntity newRequest(RequestableItemEntity item, String requesterId) {
        AccessRequestEntity request = new AccessRequestEntity();
        request.setId(KeycloakModelUtils.generateId());
        request.setRealmId(realmId);
        request.setItemId(item.getId());
        request.setKind(item.getKind());
        request.setScopeId(item.getScopeId());
        request.setTarget(item.getTarget());
        request.setRequesterId(requesterId);
        request.setStatus(RequestStatus.PENDING.name());
        request.setCreatedAt(System.currentTimeMillis());
        return request;
    }

    /** A page of the requester's requests, newest first. */
    public List<AccessRequestEntity> requestsOf(String requesterId, int first, int max) {
        return em.createNamedQuery("AccessRequest.byRequester", AccessRequestEntity.class)
                .setParameter("realmId", realmId).setParameter("requesterId", requesterId)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** The requester's pending and active requests, newest first: the ones that can still change. */
    public List<AccessRequestEntity> openRequestsOf(String requesterId) {
        return em.createNamedQuery("AccessRequest.openOfUser", AccessRequestEntity.class)
                .setParameter("realmId", realmId).setParameter("requesterId", requesterId).getResultList();
    }

    /** How many requests the requester made since {@code since} (epoch milliseconds), and when the oldest of them was. */
    public Recent createdSince(String requesterId, long since) {
        Object[] row = em.createNamedQuery("AccessRequest.createdSince", Object[].class)
                .setParameter("realmId", realmId).setParameter("requesterId", requesterId)
                .setParameter("since", since).getSingleResult();
        long count = ((Number) row[0]).longValue();
        return new Recent(count, count == 0 ? since : ((Number) row[1]).longValue());
    }

    /** A requester's recent requests: how many, and the oldest one's creation (epoch milliseconds). */
    public record Recent(long count, long oldest) {
    }

    /**
     * The requester's pending or active request for the item, if any, read as a locking read after
     * {@link #itemToRequest}: where a transaction reads from a snapshot taken earlier (MariaDB's repeatable read), a
     * plain read would miss a request committed meanwhile. It locks only the item's entries of
     * {@code IDX_RA_REQ_REQUEST_ITEM}, which only requests for the same item, holding its lock first, insert into.
     */
    public AccessRequestEntity openRequestOf(String requesterId, String itemId) {
        return em.createNamedQuery("AccessRequest.openOfRequester", AccessRequestEntity.class)
                .setParameter("itemId", itemId).setParameter("requesterId", requesterId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
    }

    public List<AccessRequestEntity> requests(RequestStatus status, int first, int max) {
        return (status == null
                ? em.createNamedQuery("AccessRequest.byRealm", AccessRequestEntity.class)
                : em.createNamedQuery("AccessRequest.byStatus", AccessRequestEntity.class)
                        .setParameter("status", status.name()))
                .setParameter("realmId", realmId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** The decisions of a page of requests by request id, in order; a query per 500 requests, not one each. */
    public Map<String, List<RequestDecisionEntity>> decisions(List<String> requestIds) {
        Map<String, List<RequestDecisionEntity>> byRequest = new HashMap<>();
        for (int from = 0; from < requestIds.size(); from += IDS_PER_QUERY) {
            em.createNamedQuery("RequestDecision.byRequests", RequestDecisionEntity.class)
                    .setParameter("requestIds", requestIds.subList(from, Math.min(requestIds.size(),
                            from + IDS_PER_QUERY)))
                    .getResultList().forEach(d -> byRequest.computeIfAbsent(d.getRequestId(), id -> new ArrayList<>())
                            .add(d));
        }
        return byRequest;
    }

    public List<RequestDecisionEntity> decisions(String requestId) {
        return em.createNamedQuery("RequestDecision.byRequest", RequestDecisionEntity.class)
                .setParameter("requestId", requestId).getResultList();
    }

    /**
     * The decisions, read as a locking read after {@link #requestToDecide}: where a transaction reads from a snapshot
     * taken before it waited for the lock (MariaDB's repeatable read), a plain read could miss the approval that
     * committed meanwhile.
     */
    public List<RequestDecisionEntity> decisionsToCount(String requestId) {
        return em.createNamedQuery("RequestDecision.byRequest", RequestDecisionEntity.class)
                .setParameter("requestId", requestId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    public RequestDecisionEntity decide(AccessRequestEntity request, String approverId, String outcome, String note) {
        RequestDecisionEntity decision = new RequestDecisionEntity();
        decision.setId(KeycloakModelUtils.generateId());
        decision.setRealmId(realmId);
        decision.setRequestId(request.getId());
        decision.setApproverId(approverId);
        decision.setOutcome(outcome);
        decision.setNote(note);
        decision.setDecidedAt(System.currentTimeMillis());
        em.persist(decision);
        return decision;
    }

    /**
     * Active requests past their expiry, across realms (the sweep runs for the whole server), by expiry and id; with
     * {@code after}, only those after that request in this order.
     */
    public static List<AccessRequestEntity> expired(KeycloakSession session, long now, ExpiryPosition after,
            int max) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        TypedQuery<AccessRequestEntity> query = after == null
                ? em.createNamedQuery("AccessRequest.expired", AccessRequestEntity.class)
                : em.createNamedQuery("AccessRequest.expiredAfter", AccessRequestEntity.class)
                        .setParameter("afterAt", after.expiresAt()).setParameter("afterId", after.id());
        return query.setParameter("now", now).setMaxResults(max).getResultList();
    }

    /** An active request's place in the expiry order. */
    public record ExpiryPosition(long expiresAt, String id) {

        public static ExpiryPosition of(AccessRequestEntity request) {
            return new ExpiryPosition(request.getExpiresAt(), request.getId());
        }
    }

    /**
     * The requester's active requests for the same access as {@code request} (kind, scope and target), other than
     * itself, as this transaction reads them: another transaction ending one of them meanwhile is not seen.
     */
    public List<AccessRequestEntity> activeForSameAccess(AccessRequestEntity request) {
        return activeForSameAccess(request, LockModeType.NONE);
    }

    /**
     * The same as {@link #activeForSameAccess}, read as a locking read (newest first, the order in which an offboarding
     * locks them on PostgreSQL; MariaDB locks through its index in its own order): a request another transaction is
     * ending is waited for and, once that commits, no longer listed.
     */
    public List<AccessRequestEntity> lockActiveForSameAccess(AccessRequestEntity request) {
        return activeForSameAccess(request, LockModeType.PESSIMISTIC_WRITE);
    }

    private List<AccessRequestEntity> activeForSameAccess(AccessRequestEntity request, LockModeType lock) {
        return em.createNamedQuery("AccessRequest.activeForTarget", AccessRequestEntity.class)
                .setParameter("realmId", realmId).setParameter("requesterId", request.getRequesterId())
                .setParameter("kind", request.getKind()).setParameter("target", request.getTarget())
                .setLockMode(lock).getResultStream()
                .filter(other -> !other.getId().equals(request.getId())
                        && Objects.equals(other.getScopeId(), request.getScopeId()))
                .toList();
    }

    /** A removed user's requests and the decisions on them go with the user. */
    public static void deleteUser(KeycloakSession session, String realmId, String userId) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        em.createQuery("delete from RequestDecisionEntity d where d.requestId in (select r.id from AccessRequestEntity r"
                + " where r.realmId = :realmId and r.requesterId = :userId)").setParameter("realmId", realmId)
                .setParameter("userId", userId).executeUpdate();
        em.createQuery("delete from AccessRequestEntity r where r.realmId = :realmId and r.requesterId = :userId")
                .setParameter("realmId", realmId).setParameter("userId", userId).executeUpdate();
    }

    public static void deleteRealm(KeycloakSession session, String realmId) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        for (String entity : List.of("RequestDecisionEntity", "AccessRequestEntity", "RequestableItemEntity")) {
            em.createQuery("delete from " + entity + " e where e.realmId = :realmId").setParameter("realmId", realmId)
                    .executeUpdate();
        }
    }
}
