package io.runtimeaccess.governance.queue;

import io.runtimeaccess.governance.proposal.ChangeType;
import io.runtimeaccess.governance.settings.GovernanceMode;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import io.runtimeaccess.governance.settingsstore.SettingsStore;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.WebApplicationException;
import java.util.Map;
import java.util.function.BiFunction;
import org.jboss.logging.Logger;
import org.keycloak.Token;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Approving and rejecting one proposal. An approval claims the proposal (proposed → approved, so two admins approving
 * at once apply it once), applies the change and records the outcome in one transaction of its own, so the proposal's
 * row is locked only by a transaction the database sees waiting: a change that waits for a row another request holds
 * while that request waits for the proposal (Keycloak deleting the proposal's user) is a deadlock the database breaks,
 * not a wait without end. (A caller that itself holds rows while it waits for an approval, an access review's close
 * or a run in auto-low-risk, is bounded by {@link LockWaitLimit} instead.) A change that fails (a target that is
 * gone, a role the Active Policy no longer offers) is rolled back with its claim and recorded as the proposal's error
 * in another transaction, and the decision stays. A separation-of-duties refusal (409) is passed on and the proposal
 * still waits, for a decision with an override.
 */
public final class ProposalDecisions {

    private static final Logger LOG = Logger.getLogger(ProposalDecisions.class);

    /**
     * The proposal was decided already. Not a {@code BadRequest}, which would mark the whole request for
     * rollback: a bulk decision reports it and goes on.
     */
    public static final class NotWaiting extends RuntimeException {
        NotWaiting(String message) {
            super(message, null, false, false);
        }
    }

    /** Who decided, with what comment, when: the same on the proposal whether its change applied or failed. */
    private record Decision(String by, String reason, long at) {
    }

    private final KeycloakSession session;
    private final RealmModel realm;

    public ProposalDecisions(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /**
     * Whether the realm's mode lets anyone decide proposals: {@code report} and {@code off} keep the queue read-only,
     * for an admin's decision and for an access review's revocation alike.
     */
    public static boolean decisionsOpen(GovernanceSettings settings) {
        return settings.mode() != GovernanceMode.REPORT && settings.mode() != GovernanceMode.OFF;
    }

    /**
     * Approves and applies a stored proposal; it ends applied or failed, with its admin events written in the
     * transaction that wrote the outcome, and {@code proposal} (then no longer managed by this transaction, which
     * writes nothing of it) shows how. A 409 if it is not waiting, or refused by SoD: then nothing was written.
     */
    public void approve(ProposalEntity proposal, Actor actor, String comment, String sodOverride) {
        requireWaiting(proposal);
        ProposalEntity outcome;
        try {
            outcome = applyOrFail(ProposalApplier.Change.of(proposal), actor, decision(actor, comment), sodOverride);
        } catch (NotWaiting decided) {
            showStoredStatus(proposal);
            throw decided;
        }
        em().detach(proposal);
        copyOutcome(outcome, proposal);
    }

    /** The claimed proposal as its transaction wrote it: applied, or failed with the reason. */
    private ProposalEntity applyOrFail(ProposalApplier.Change change, Actor actor, Decision decision,
            String sodOverride) {
        String id = change.proposalId();
        try {
            return inOwnTransaction(actor, (applying, applyingRealm) -> {
                ProposalEntity claimed = claimIn(applying, id);
                String note = new ProposalApplier(applying, applyingRealm, actor, sodOverride).apply(change);
                // written now, so a lock wait or a deadlock ends here, before the events reach any listener
                applying.getProvider(JpaConnectionProvider.class).getEntityManager().flush();
                return recorded(applying, applyingRealm, actor,
                        settle(applying, claimed, decision, ProposalStatus.APPLIED, note));
            });
        } catch (RuntimeException failure) {
            return failed(actor, id, decision, failureNote(failure, id));
        }
    }

    /**
     * What a failed change leaves in the proposal's error. Not a failure of the change, and so passed on: another
     * decision came first, or a separation-of-duties rule refused it (409), when the proposal still waits.
     */
    private String failureNote(RuntimeException failure, String proposalId) {
        if (failure instanceof NotWaiting
                || failure instanceof WebApplicationException refused && refused.getResponse().getStatus() == 409) {
            throw failure;
        }
        if (failure instanceof WebApplicationException refused) {
            return message(refused);
        }
        if (failure instanceof ProposalApplier.Failed) {
            return failure.getMessage();
        }
        String waited = LockWaitLimit.reason(failure);
        if (waited != null) {
            return waited;
        }
        LOG.warnf(failure, "Realm '%s': applying proposal %s failed", realm.getName(), proposalId);
        return "could not apply the change: " + failure.getClass().getSimpleName();
    }

    /**
     * After another decision came first: {@code proposal} shows the stored status (a caller tells an applied one from
     * a rejected one), read without refreshing it, which would fail this transaction were the row gone.
     */
    private void showStoredStatus(ProposalEntity proposal) {
        em().detach(proposal);
        em().createQuery("select p.status from ProposalEntity p where p.id = :id", String.class)
                .setParameter("id", proposal.getId()).getResultList().forEach(proposal::setStatus);
    }

    /**
     * Mode auto-low-risk: approves a proposal stored by this transaction, which nobody else sees yet, so there is
     * nothing to claim. The change is applied in a transaction of its own, so a failure is rolled back alone.
     */
    void approveNew(ProposalEntity proposal, Actor actor) {
        ProposalApplier.Change change = ProposalApplier.Change.of(proposal);
        Decision decision = decision(actor, null);
        ProposalStatus status = ProposalStatus.APPLIED;
        String note;
        try {
            note = inOwnTransaction(actor, (applying, applyingRealm) ->
                    new ProposalApplier(applying, applyingRealm, actor, null).apply(change));
        } catch (RuntimeException failure) {
            note = failureNote(failure, proposal.getId());
            status = ProposalStatus.FAILED;
        }
        settle(session, proposal, decision, status, note);
        ProposalEvents.decided(session, realm, proposal, actor, ProposalStatus.APPROVED);
        ProposalEvents.applied(session, realm, proposal, actor);
    }

    /** Rejects; the same change is not proposed again for {@code suppressionDays}. */
    public void reject(ProposalEntity proposal, Actor actor, String reason, int suppressionDays) {
        claim(proposal);
        long now = System.currentTimeMillis();
        proposal.setStatus(ProposalStatus.REJECTED.name());
        proposal.setDecidedAt(now);
        proposal.setDecidedBy(actor.id() == null ? actor.source() : actor.id());
        proposal.setReason(reason);
        proposal.setSuppressedUntil(now + suppressionDays * 86_400_000L);
        ProposalEvents.decided(session, realm, proposal, actor, ProposalStatus.REJECTED);
    }

    /** Moves the proposal from proposed to approved in the database, or a 409 if someone decided it first. */
    private void claim(ProposalEntity proposal) {
        requireWaiting(proposal);
        if (claimed(em(), proposal.getId()) == 0) {
            em().refresh(proposal);
            throw notWaiting(proposal.getStatus());
        }
    }

    private static void requireWaiting(ProposalEntity proposal) {
        if (!ProposalStatus.PROPOSED.name().equals(proposal.getStatus())) {
            throw notWaiting(proposal.getStatus());
        }
        // expiry is marked when the next proposals are stored; a realm no run reaches must not apply stale evidence
        if (proposal.getCreatedAt() < System.currentTimeMillis() - ProposalQueue.EXPIRE_AFTER.toMillis()) {
            throw new NotWaiting("the proposal is older than " + ProposalQueue.EXPIRE_AFTER.toDays()
                    + " days and has expired; the next run proposes again what still holds");
        }
    }

    /** {@link #claim} in another transaction's session: the proposal as that transaction now holds it. */
    private static ProposalEntity claimIn(KeycloakSession applying, String id) {
        EntityManager em = applying.getProvider(JpaConnectionProvider.class).getEntityManager();
        int claimed;
        try {
            claimed = claimed(em, id);
        } catch (RuntimeException failure) {
            if (LockWaitLimit.reason(failure) == null) {
                throw failure;
            }
            // another request held the row past the limit (a bulk rejection, a removal of the user): nothing was
            // decided, and recording a failure would only wait for the same row again
            throw new NotWaiting("another request held the proposal for longer than the database waits for a lock;"
                    + " nothing was decided, try again");
        }
        ProposalEntity proposal = em.find(ProposalEntity.class, id);
        if (claimed == 0 || proposal == null) {
            throw proposal == null ? new NotWaiting("the proposal is gone") : notWaiting(proposal.getStatus());
        }
        return proposal;
    }

    private static int claimed(EntityManager em, String id) {
        return em.createQuery("update ProposalEntity p set p.status = :approved where p.id = :id"
                + " and p.status = :proposed").setParameter("approved", ProposalStatus.APPROVED.name())
                .setParameter("id", id).setParameter("proposed", ProposalStatus.PROPOSED.name()).executeUpdate();
    }

    /** The failed change's outcome, claimed and written in a transaction of its own (the change's rolled back). */
    private ProposalEntity failed(Actor actor, String id, Decision decision, String note) {
        return inOwnTransaction(actor, (recording, recordingRealm) -> recorded(recording, recordingRealm, actor,
                settle(recording, claimIn(recording, id), decision, ProposalStatus.FAILED, note)));
    }

    /** The decision's and the application's admin events, in the transaction that wrote the outcome. */
    private static ProposalEntity recorded(KeycloakSession writing, RealmModel writingRealm, Actor actor,
            ProposalEntity proposal) {
        ProposalEvents.decided(writing, writingRealm, proposal, actor, ProposalStatus.APPROVED);
        ProposalEvents.applied(writing, writingRealm, proposal, actor);
        return proposal;
    }

    private Decision decision(Actor actor, String reason) {
        return new Decision(actor.id() == null ? actor.source() : actor.id(), reason, System.currentTimeMillis());
    }

    /** Writes the decision and its outcome on {@code proposal}; returns it. */
    private ProposalEntity settle(KeycloakSession writing, ProposalEntity proposal, Decision decision,
            ProposalStatus status, String note) {
        proposal.setStatus(status.name());
        proposal.setDecidedAt(decision.at());
        proposal.setDecidedBy(decision.by());
        proposal.setReason(decision.reason());
        proposal.setError(note);
        if (status == ProposalStatus.APPLIED) {
            proposal.setAppliedAt(System.currentTimeMillis());
            if (ChangeType.REVIEW.name().equals(proposal.getChangeType())) {
                // a review approved is one seen: like a rejection, it is not raised again for the suppression time,
                // or every run would put the same acknowledged violation back in the queue
                proposal.setSuppressedUntil(proposal.getAppliedAt()
                        + SettingsStore.of(writing, realm).rejectionSuppressionDays() * 86_400_000L);
            }
        }
        return proposal;
    }

    private static void copyOutcome(ProposalEntity from, ProposalEntity to) {
        to.setStatus(from.getStatus());
        to.setDecidedAt(from.getDecidedAt());
        to.setDecidedBy(from.getDecidedBy());
        to.setReason(from.getReason());
        to.setError(from.getError());
        to.setAppliedAt(from.getAppliedAt());
        to.setSuppressedUntil(from.getSuppressedUntil());
    }

    private static NotWaiting notWaiting(String status) {
        return new NotWaiting("the proposal is " + ProposalStatus.valueOf(status).apiName() + ", not proposed");
    }

    private <T> T inOwnTransaction(Actor actor, BiFunction<KeycloakSession, RealmModel, T> work) {
        String realmId = realm.getId();
        // a server's decision (auto-low-risk) carries no admin's token, even in a run an admin started
        Token adminToken = actor.id() == null ? null : session.getContext().getBearerToken();
        return KeycloakModelUtils.runJobInTransactionWithResult(session.getKeycloakSessionFactory(),
                session.getContext(), own -> {
                    // The guards record who overrode a rule from the admin's token; a nightly run has none.
                    own.getContext().setBearerToken(adminToken);
                    LockWaitLimit.apply(own.getProvider(JpaConnectionProvider.class).getEntityManager());
                    return work.apply(own, own.realms().getRealm(realmId));
                }, "runtime-access governance proposal");
    }

    private static String message(WebApplicationException refused) {
        Object entity = refused.getResponse().getEntity();
        if (entity instanceof Map<?, ?> body && body.get("error") != null) {
            return String.valueOf(body.get("error"));
        }
        return refused.getMessage();
    }

    private EntityManager em() {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }
}
