package io.runtimeaccess.requests.request;

import io.runtimeaccess.requests.access.RequestedAccess;
import io.runtimeaccess.requests.audit.RequestEvents;
import io.runtimeaccess.requests.item.ItemPolicies;
import io.runtimeaccess.requests.item.ItemView;
import io.runtimeaccess.requests.lifecycle.NewRequest;
import io.runtimeaccess.requests.lifecycle.RequestStatus;
import io.runtimeaccess.requests.notice.RequestChange;
import io.runtimeaccess.requests.policy.AccessPolicy;
import io.runtimeaccess.requests.store.AccessRequestEntity;
import io.runtimeaccess.requests.store.RequestStore;
import io.runtimeaccess.requests.store.RequestableItemEntity;
import io.runtimeaccess.sharing.api.BadRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** A signed-in user's side: what it may request, its requests, a new request and the cancellation of a pending one. */
public final class Requesting {

    /** Requests one user may make in any hour. */
    static final int PER_HOUR = 20;
    private static final long HOUR_MILLIS = 3_600_000L;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final RequestStore store;
    private final Consumer<String> autoApproval;

    /**
     * @param autoApproval called with a new request's id when its item enables auto-approval; it runs after the
     *                     request is committed (see the approval package's AutoApprover, which depends on this one)
     */
    public Requesting(KeycloakSession session, RealmModel realm, Consumer<String> autoApproval) {
        this.session = session;
        this.realm = realm;
        this.autoApproval = autoApproval;
        this.store = new RequestStore(session, realm.getId());
    }

    /** Every item of the realm, with whether the user holds it already or has an open request for it. */
    public List<Map<String, Object>> requestable(UserModel user) {
        List<AccessRequestEntity> mine = store.openRequestsOf(user.getId());
        RequestedAccess access = new RequestedAccess(session, realm);
        return store.items().stream().map(item -> {
            Map<String, Object> rep = ItemView.forRequester(item);
            boolean held = access.holds(ItemPolicies.kind(item), item.getScopeId(), item.getTarget(), user);
            rep.put("held", held);
            // an active request whose access was taken away meanwhile is no longer open: it may be asked again
            rep.put("openRequestId", open(mine, item.getId(), held));
            return rep;
        }).toList();
    }

    /** A page of the user's requests, newest first. */
    public List<Map<String, Object>> mine(UserModel user, int first, int max) {
        return RequestView.page(session, realm, store, store.requestsOf(user.getId(), first, max));
    }

    /** Checks everything before writing: the item, the policy's rules, no open request, not held already. */
    public Map<String, Object> create(UserModel user, AuthDetails actor, String itemId, String duration,
            String justification, String ticket) {
        if (itemId == null || itemId.isBlank()) {
            throw BadRequest.invalid("itemId", "is required: the id of a requestable item");
        }
        RequestableItemEntity item = store.itemToRequest("itemId", itemId);
        AccessPolicy policy = ItemPolicies.policy(item);
        NewRequest asked = ItemPolicies.checked(() -> NewRequest.of(policy, duration, justification, ticket));
        RequestedAccess access = new RequestedAccess(session, realm);
        AccessRequestEntity open = store.openRequestOf(user.getId(), item.getId());
        if (open != null && !endedElsewhere(open, item, access, user, actor)) {
            throw Refusal.conflict("already_requested", "itemId", "you have an open request " + open.getId()
                    + " for this item");
        }
        if (!access.givable(ItemPolicies.kind(item), item.getScopeId(), item.getTarget())) {
            throw Refusal.conflict("target_gone", "itemId", "what this item gives no longer exists (a deleted group "
                    + "or role, or a role the solution's Active Policy no longer offers); ask an admin to fix the item");
        }
        if (access.holds(ItemPolicies.kind(item), item.getScopeId(), item.getTarget(), user)) {
            throw Refusal.conflict("already_held", "itemId", "you hold this access already");
        }
        refuseUnlessWithinRate(user);
        AccessRequestEntity request = store.newRequest(item, user.getId());
        request.setDurationSeconds(asked.duration().getSeconds());
        request.setJustification(asked.justification());
        request.setTicket(asked.ticket());
        store.persist(request);
        Map<String, Object> created = view(request);
        RequestEvents.record(session, realm, OperationType.CREATE, "requested", created, actor);
        if (policy.autoApproval() != null) {
            autoApproval.accept(request.getId());
        }
        return created;
    }

    /**
     * Each request mails its approvers and stays listed: a user who requests and cancels in a loop would flood both,
     * so a user makes at most {@value #PER_HOUR} requests in any hour. Two requests sent at the same moment may
     * both pass the count; the bound is meant for loops, not for a race.
     */
    private void refuseUnlessWithinRate(UserModel user) {
        long now = System.currentTimeMillis();
        RequestStore.Recent recent = store.createdSince(user.getId(), now - HOUR_MILLIS);
        if (recent.count() >= PER_HOUR) {
            long retryAfter = Math.max(1, (recent.oldest() + HOUR_MILLIS - now + 999) / 1000);
            throw Refusal.tooMany("too_many_requests", "itemId", "you made " + recent.count()
                    + " requests in the last hour, the most there may be; try again in " + retryAfter + " seconds",
                    retryAfter);
        }
    }

    /**
     * An active request whose access an admin or a review took away (a revoked grant, a removed membership or role
     * mapping) is ended now, as expired with the reason {@value RequestChange#ACCESS_REMOVED}, rather than blocking
     * a new request until its own expiry. One whose time is up is ended as the expiry sweep would end it.
     */
    private boolean endedElsewhere(AccessRequestEntity open, RequestableItemEntity item, RequestedAccess access,
            UserModel user, AuthDetails actor) {
        // a membership or role mapping a request gave stays until the sweep takes it away: one whose time is up
        // still "holds", yet is no open request
        if (!RequestStatus.ACTIVE.name().equals(open.getStatus()) || (!RequestEnd.ranOut(open, System.currentTimeMillis())
                && access.holds(ItemPolicies.kind(item), item.getScopeId(), item.getTarget(), user))) {
            return false;
        }
        AccessRequestEntity locked = store.requestToDecide(open.getId());
        if (!RequestStatus.ACTIVE.name().equals(locked.getStatus())) {
            return !RequestStatus.PENDING.name().equals(locked.getStatus());
        }
        if (RequestEnd.ranOut(locked, System.currentTimeMillis())) {
            // its time is up and the sweep has not come yet: nobody took the access away, it ended as the sweep ends it
            RequestEnd.expire(session, realm, locked, null, null);
        } else {
            RequestEnd.expire(session, realm, locked, actor, RequestChange.ACCESS_REMOVED);
        }
        return true;
    }

    /** Only the requester cancels, and only while the request is pending. */
    public Map<String, Object> cancel(UserModel user, AuthDetails actor, String id) {
        AccessRequestEntity request = store.requestToDecide(id);
        if (!request.getRequesterId().equals(user.getId())) {
            throw Refusal.forbidden("not_the_requester", "only the requester cancels a request");
        }
        if (!RequestStatus.PENDING.name().equals(request.getStatus())) {
            throw Refusal.conflict("not_pending", "id", "the request is " + request.getStatus().toLowerCase(Locale.ROOT)
                    + ", only a pending request can be cancelled");
        }
        return RequestEnd.cancel(session, realm, request, actor, null);
    }

    private Map<String, Object> view(AccessRequestEntity request) {
        return RequestView.of(session, realm, request, store.decisions(request.getId()));
    }

    private static String open(List<AccessRequestEntity> openRequests, String itemId, boolean held) {
        return openRequests.stream().filter(r -> r.getItemId().equals(itemId))
                .filter(r -> held || RequestStatus.PENDING.name().equals(r.getStatus()))
                .map(AccessRequestEntity::getId).findFirst().orElse(null);
    }
}
