package io.runtimeaccess.requests.approval;

import io.runtimeaccess.governance.snapshot.RealmAdminRoles;
import io.runtimeaccess.requests.access.RequestedAccess;
import io.runtimeaccess.requests.audit.RequestEvents;
import io.runtimeaccess.requests.fulfilment.ManualStep;
import io.runtimeaccess.requests.item.Approvers;
import io.runtimeaccess.requests.item.ItemPolicies;
import io.runtimeaccess.requests.lifecycle.ApprovalRules;
import io.runtimeaccess.requests.lifecycle.RequestStatus;
import io.runtimeaccess.requests.policy.AccessPolicy;
import io.runtimeaccess.requests.policy.ApproverRule;
import io.runtimeaccess.requests.policy.ApproverType;
import io.runtimeaccess.requests.policy.ItemKind;
import io.runtimeaccess.requests.request.Refusal;
import io.runtimeaccess.requests.request.RequestView;
import io.runtimeaccess.requests.store.AccessRequestEntity;
import io.runtimeaccess.requests.store.PendingForApprover;
import io.runtimeaccess.requests.store.RequestDecisionEntity;
import io.runtimeaccess.requests.store.RequestStore;
import io.runtimeaccess.requests.store.RequestableItemEntity;
import io.runtimeaccess.sharing.api.BadRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

/**
 * An approver's side: the pending requests it may decide, and approval or rejection with a comment. The last
 * approval a policy needs gives the access at once, through the separation-of-duties guards: a preventive rule's 409
 * rolls the whole approval back, a warn rule lets it through and records the warning.
 */
public final class Approving {

    public static final int COMMENT_MAX = 1000;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final RequestStore store;

    public Approving(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.store = new RequestStore(session, realm.getId());
    }

    /**
     * A page of the pending requests of others that the user may approve and has not decided yet, newest first. The
     * items' rules are read here (the realm's items are few); the requests are selected and paged in the database.
     */
    public List<Map<String, Object>> waitingFor(UserModel approver, int first, int max) {
        List<String> itemIds = new ArrayList<>();
        Map<String, List<String>> managerItemIds = new LinkedHashMap<>();
        for (RequestableItemEntity item : store.items()) {
            ApproverRule rule = ItemPolicies.policy(item).approvers();
            if (rule.type() == ApproverType.MANAGER) {
                managerItemIds.computeIfAbsent(rule.values().get(0), attribute -> new ArrayList<>()).add(item.getId());
            } else if (Approvers.allows(session, realm, rule, approver, null)) {
                itemIds.add(item.getId()); // the rule does not depend on who asks
            }
        }
        return RequestView.page(session, realm, store, new PendingForApprover(session, realm.getId())
                .page(approver, itemIds, managerItemIds, first, max));
    }

    private boolean stillApprover(String approverId, AccessPolicy policy, String requesterId,
            Predicate<UserModel> mayApproveRole) {
        UserModel earlier = session.users().getUserById(realm, approverId);
        return earlier != null && earlier.isEnabled()
                && Approvers.allows(session, realm, policy.approvers(), earlier, requesterId)
                && mayApproveRole.test(earlier);
    }

    /**
     * Who may approve the request as far as the role it asks for goes. A Keycloak role that administers the realm
     * (realm-admin, manage-users, a composite including one) only someone who holds it, or every admin role it
     * includes, as Keycloak maps an admin role only for an admin who holds it: an admin with manage-users alone may
     * put any account of their making in the approvers' group or role, and would otherwise approve their own request
     * through it. Read once per approval, for the approver and each earlier one.
     */
    private Predicate<UserModel> mayApproveRole(AccessRequestEntity request) {
        ItemKind kind = ItemKind.valueOf(request.getKind());
        RoleModel role = kind != ItemKind.REALM_ROLE && kind != ItemKind.CLIENT_ROLE ? null
                : new RequestedAccess(session, realm).role(kind, request.getScopeId(), request.getTarget());
        // no Keycloak role, or one gone meanwhile (refused as such, further on)
        List<RoleModel> admin = role == null ? List.of() : RealmAdminRoles.of(realm).includedBy(role);
        return approver -> admin.isEmpty() || approver.hasRole(role) || admin.stream().allMatch(approver::hasRole);
    }

    public Map<String, Object> approve(UserModel approver, AuthDetails actor, String id, String comment) {
        AccessRequestEntity request = store.requestToDecide(id);
        AccessPolicy policy = ItemPolicies.policy(item(request));
        refuseUnlessMayDecide(request, policy, approver);
        if (!Approvers.trusted(session, realm, policy.approvers())) {
            // checked again at each approval: the profile may have changed since the item was saved (a reject,
            // which gives nothing, is still the named manager's)
            throw Refusal.conflict("approver_attribute_editable", "id",
                    Approvers.untrustedWhy(policy.approvers().values().get(0)));
        }
        Predicate<UserModel> mayApproveRole = mayApproveRole(request);
        if (!mayApproveRole.test(approver)) {
            throw Refusal.forbidden("admin_role_not_held", "this request asks for a role that administers the realm;"
                    + " only an approver who holds that role, or every admin role it includes, may approve it, as"
                    + " only such an admin may map it");
        }
        UserModel requester = session.users().getUserById(realm, request.getRequesterId());
        refuseUnlessOpenToApprove(request, requester);
        // an earlier approval counts only while its approver still is one: the approver list applies to pending
        // requests, and someone removed from it (or disabled, or gone) no longer speaks for the policy
        Set<String> prior = store.decisionsToCount(request.getId()).stream()
                .filter(d -> d.getOutcome().equals(RequestDecisionEntity.APPROVED))
                .map(RequestDecisionEntity::getApproverId)
                .filter(earlier -> stillApprover(earlier, policy, request.getRequesterId(), mayApproveRole))
                .collect(Collectors.toSet());
        ApprovalRules.Outcome outcome = ApprovalRules.approve(RequestStatus.valueOf(request.getStatus()),
                request.getRequesterId(), approver.getId(), prior, policy.approvalsNeeded());
        refuseUnless(outcome, request);
        refuseIfGone(request);
        String note = comment(comment);
        store.decide(request, approver.getId(), RequestDecisionEntity.APPROVED, note);
        if (outcome == ApprovalRules.Outcome.NEEDS_MORE) {
            RequestEvents.record(session, realm, OperationType.UPDATE, "approved", view(request), actor);
            return view(request);
        }
        long now = System.currentTimeMillis();
        Instant expiresAt = Instant.ofEpochMilli(now).plusSeconds(request.getDurationSeconds());
        new RequestedAccess(session, realm).give(request, requester, approver.getId(), actor, expiresAt);
        request.setStatus(RequestStatus.ACTIVE.name());
        request.setDecidedAt(now);
        request.setExpiresAt(expiresAt.toEpochMilli());
        ManualStep.open(session, realm, request, item(request), requester);
        Map<String, Object> active = view(request);
        RequestEvents.record(session, realm, OperationType.ACTION, "activated", active, actor);
        return active;
    }

    public Map<String, Object> reject(UserModel approver, AuthDetails actor, String id, String comment) {
        AccessRequestEntity request = store.requestToDecide(id);
        AccessPolicy policy = ItemPolicies.policy(item(request));
        refuseUnlessMayDecide(request, policy, approver);
        ApprovalRules.Outcome outcome = ApprovalRules.reject(RequestStatus.valueOf(request.getStatus()),
                request.getRequesterId(), approver.getId());
        refuseUnless(outcome, request);
        store.decide(request, approver.getId(), RequestDecisionEntity.REJECTED, comment(comment));
        request.setStatus(RequestStatus.REJECTED.name());
        long now = System.currentTimeMillis();
        request.setDecidedAt(now);
        request.setEndedAt(now);
        Map<String, Object> rejected = view(request);
        RequestEvents.record(session, realm, OperationType.UPDATE, "rejected", rejected, actor);
        return rejected;
    }

    /** A request no longer pending is refused as such first; then its requester must still exist and be enabled. */
    private static void refuseUnlessOpenToApprove(AccessRequestEntity request, UserModel requester) {
        if (!RequestStatus.PENDING.name().equals(request.getStatus())) {
            return; // ApprovalRules answers not_pending
        }
        if (requester == null) {
            throw Refusal.conflict("requester_gone", "id", "the requester no longer exists");
        }
        if (!requester.isEnabled()) {
            // a disabled account cannot cancel its own pending requests: approving one would give it access again
            throw Refusal.conflict("requester_disabled", "id", "the requester's account is disabled; the request can "
                    + "only be rejected");
        }
    }

    /**
     * Who may decide comes before anything about the request's state: someone neither its requester nor its approver
     * learns nothing of a request (pending or not, its requester gone or disabled) from a refusal.
     */
    private void refuseUnlessMayDecide(AccessRequestEntity request, AccessPolicy policy, UserModel approver) {
        if (request.getRequesterId().equals(approver.getId())) {
            throw Refusal.forbidden("self_approval", "a requester never approves or rejects their own request");
        }
        if (!Approvers.allows(session, realm, policy.approvers(), approver, request.getRequesterId())) {
            throw Refusal.forbidden("not_an_approver", "you are not an approver of this request");
        }
    }

    /**
     * What the request gives must still exist: a group or role deleted, or a runtime role the Active Policy no longer
     * offers, while the request waited. The same refusal as when requesting it, naming the request; it can be rejected.
     */
    private void refuseIfGone(AccessRequestEntity request) {
        if (!new RequestedAccess(session, realm).givable(ItemKind.valueOf(request.getKind()), request.getScopeId(),
                request.getTarget())) {
            throw Refusal.conflict("target_gone", "id", "what this request gives no longer exists (a deleted group"
                    + " or role, or a runtime role the Active Policy no longer offers); reject it");
        }
    }

    /** After {@link #refuseUnlessMayDecide}: not pending (409), approved already (409). */
    private static void refuseUnless(ApprovalRules.Outcome outcome, AccessRequestEntity request) {
        switch (outcome) {
            case NOT_PENDING -> throw Refusal.conflict("not_pending", "id", "the request is "
                    + request.getStatus().toLowerCase(Locale.ROOT) + ", only a pending request can be decided");
            case SELF_APPROVAL -> throw new IllegalStateException("refused before: the requester decides nothing");
            case ALREADY_APPROVED -> throw Refusal.conflict("already_approved", "id",
                    "you approved this request already; it needs another approver");
            default -> {
                // counted
            }
        }
    }

    private RequestableItemEntity item(AccessRequestEntity request) {
        return store.item("itemId", request.getItemId());
    }

    private Map<String, Object> view(AccessRequestEntity request) {
        return RequestView.of(session, realm, request, store.decisions(request.getId()));
    }

    private static String comment(String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        String trimmed = comment.trim();
        if (trimmed.length() > COMMENT_MAX || trimmed.indexOf('\u0000') >= 0) {
            throw BadRequest.invalid("comment", "must be at most " + COMMENT_MAX + " characters without NUL ("
                    + trimmed.length() + " given)");
        }
        return trimmed;
    }
}
