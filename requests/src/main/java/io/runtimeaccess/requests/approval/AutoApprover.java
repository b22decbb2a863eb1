package io.runtimeaccess.requests.approval;

import io.runtimeaccess.governance.queue.ProposalEntity;
import io.runtimeaccess.governance.queue.ProposalQueue;
import io.runtimeaccess.governance.queue.ProposalStatus;
import io.runtimeaccess.governance.queue.ProposalStore;
import io.runtimeaccess.governance.riskstore.UserRisks;
import io.runtimeaccess.governance.settings.GovernanceMode;
import io.runtimeaccess.governance.settingsstore.SettingsStore;
import io.runtimeaccess.requests.access.RequestedAccess;
import io.runtimeaccess.requests.audit.RequestEvents;
import io.runtimeaccess.requests.fulfilment.ManualStep;
import io.runtimeaccess.requests.item.ItemPolicies;
import io.runtimeaccess.requests.lifecycle.RequestStatus;
import io.runtimeaccess.requests.notice.RequestNotices;
import io.runtimeaccess.requests.policy.AutoApproval;
import io.runtimeaccess.requests.policy.ItemKind;
import io.runtimeaccess.requests.request.RequestView;
import io.runtimeaccess.requests.store.AccessRequestEntity;
import io.runtimeaccess.requests.store.RequestDecisionEntity;
import io.runtimeaccess.requests.store.RequestStore;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Auto-approval of a new request, when its item enables it: the governance peer recommender has a waiting
 * recommendation of exactly this access for the requester (a {@code PEER_RECOMMENDATION}/{@code ADD} proposal) with
 * at least the item's confidence, and the requester's risk score (stored by the last run, or computed now) is below
 * the item's maximum. It runs after the request is committed, in its own transaction: when a separation-of-duties rule
 * refuses the access, or anything else fails, that transaction alone rolls back and the request waits for a human.
 */
public final class AutoApprover {

    /** The approver id of an automatic decision; no user has it (user ids are UUIDs or {@code f:} federated ids). */
    public static final String APPROVER = "auto-approval";
    private static final Logger LOG = Logger.getLogger(AutoApprover.class);

    private AutoApprover() {
    }

    /** Enlists the attempt after the creating transaction's commit. */
    public static void afterCommit(KeycloakSession session, RealmModel realm, String requestId) {
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        String realmId = realm.getId();
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                boolean approved = false;
                try {
                    approved = KeycloakModelUtils.runJobInTransactionWithResult(factory,
                            s -> attempt(s, realmId, requestId));
                } catch (RuntimeException e) {
                    LOG.infof("Access request %s was not auto-approved (%s); it waits for an approver", requestId,
                            e.getMessage());
                }
                if (!approved) {
                    tellApprovers(factory, realmId, requestId);
                }
            }

            @Override
            protected void rollbackImpl() {
                // the request was not created: nothing to approve
            }
        });
    }

    /** The approvers were not told of the new request in case it was approved at once; now they are. */
    private static void tellApprovers(KeycloakSessionFactory factory, String realmId, String requestId) {
        try {
            KeycloakModelUtils.runJobInTransaction(factory, session -> {
                RealmModel realm = session.realms().getRealm(realmId);
                AccessRequestEntity request = session.getProvider(JpaConnectionProvider.class).getEntityManager()
                        .find(AccessRequestEntity.class, requestId);
                if (realm != null && request != null && RequestStatus.PENDING.name().equals(request.getStatus())) {
                    session.getContext().setRealm(realm);
                    RequestNotices.awaitingApproval(session, realm, RequestView.of(session, realm, request,
                            new RequestStore(session, realmId).decisions(requestId)));
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf("The approvers of access request %s were not told: %s", requestId, e.getMessage());
        }
    }

    /** Whether the request was approved; false when it is not pending any more or the rule does not allow it. */
    private static boolean attempt(KeycloakSession session, String realmId, String requestId) {
        RealmModel realm = session.realms().getRealm(realmId);
        // locked like every decision (RequestStore.requestToDecide): the requester may be cancelling meanwhile
        AccessRequestEntity request = session.getProvider(JpaConnectionProvider.class).getEntityManager()
                .find(AccessRequestEntity.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (realm == null || request == null || !RequestStatus.PENDING.name().equals(request.getStatus())) {
            return false;
        }
        session.getContext().setRealm(realm);
        RequestStore store = new RequestStore(session, realmId);
        AutoApproval rule = ItemPolicies.policy(store.item("itemId", request.getItemId())).autoApproval();
        UserModel requester = session.users().getUserById(realm, request.getRequesterId());
        if (rule == null || requester == null || !requester.isEnabled()) {
            return false;
        }
        Double confidence = confidence(session, realm, request);
        int risk = UserRisks.storedOrComputed(session, realm, requester).risk().score();
        if (!rule.allows(confidence, risk)) {
            return false;
        }
        if (!new RequestedAccess(session, realm).givable(ItemKind.valueOf(request.getKind()), request.getScopeId(),
                request.getTarget())) {
            return false; // gone since it was requested: left pending for a person to reject
        }
        String why = "recommended with confidence " + confidence + ", user risk " + risk;
        store.decide(request, APPROVER, RequestDecisionEntity.APPROVED, why);
        long now = System.currentTimeMillis();
        Instant expiresAt = Instant.ofEpochMilli(now).plusSeconds(request.getDurationSeconds());
        new RequestedAccess(session, realm).give(request, requester, APPROVER, null, expiresAt);
        request.setStatus(RequestStatus.ACTIVE.name());
        request.setDecidedAt(now);
        request.setExpiresAt(expiresAt.toEpochMilli());
        ManualStep.open(session, realm, request, store.item("itemId", request.getItemId()), requester);
        Map<String, Object> rep = new LinkedHashMap<>(RequestView.of(session, realm, request,
                store.decisions(request.getId())));
        rep.put("confidence", confidence);
        rep.put("risk", risk);
        RequestEvents.record(session, realm, OperationType.ACTION, "auto-approved", rep, null);
        return true;
    }

    /**
     * The highest confidence of a waiting peer recommendation of the requested access, or null if none. A realm whose
     * governance mode is off makes none, and one older than a proposal may wait has stale evidence: the governance
     * queue itself refuses to approve it, so neither counts here.
     */
    private static Double confidence(KeycloakSession session, RealmModel realm, AccessRequestEntity request) {
        if (SettingsStore.of(session, realm).mode() == GovernanceMode.OFF) {
            return null;
        }
        String key = ItemKind.valueOf(request.getKind()).accessKey(request.getScopeId(), request.getTarget());
        long freshSince = System.currentTimeMillis() - ProposalQueue.EXPIRE_AFTER.toMillis();
        return new ProposalStore(session, realm).list(ProposalStatus.PROPOSED.name(), "PEER_RECOMMENDATION",
                Set.of(request.getRequesterId()), 0, 500).stream()
                .filter(p -> "ADD".equals(p.getChangeType()) && key.equals(p.getItemKey())
                        && p.getCreatedAt() >= freshSince)
                .map(ProposalEntity::getConfidence).max(Double::compare).orElse(null);
    }
}
