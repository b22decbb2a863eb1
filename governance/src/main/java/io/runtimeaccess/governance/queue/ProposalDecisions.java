package io.runtimeaccess.governance.queue;

import io.runtimeaccess.governance.proposal.ChangeType;
import io.runtimeaccess.governance.settings.GovernanceMode;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import io.runtimeaccess.governance.settingsstore.SettingsStore;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.WebApplicationException;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.Token;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Approving and rejecting one proposal. An approval first claims the proposal (proposed → approved, so two admins
 * approving at once apply it once), then applies the change in a transaction of its own: a change that fails
 * (a target that is gone, a role the Active Policy no longer offers) is rolled back alone and recorded as the
 * proposal's error, and the decision stays. A separation-of-duties refusal (409) is passed on and the proposal
 * waits again, for a decision with an override.
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

    /** Approves and applies; the proposal ends applied or failed. A 409 if it is not waiting, or refused by SoD. */
    public void approve(ProposalEntity proposal, Actor actor, String comment, String sodOverride) {
        claim(proposal);
        long now = System.currentTimeMillis();
        proposal.setStatus(ProposalStatus.APPROVED.name());
        proposal.setDecidedAt(now);
        proposal.setDecidedBy(actor.id() == null ? actor.source() : actor.id());
        proposal.setReason(comment);
        String note;
        try {
            note = applyAlone(ProposalApplier.Change.of(proposal), actor, sodOverride);
            proposal.setStatus(ProposalStatus.APPLIED.name());
            proposal.setAppliedAt(System.currentTimeMillis());
        } catch (WebApplicationException refused) {
            if (refused.getResponse().getStatus() == 409) {
                unclaim(proposal);
                throw refused;
            }
            note = message(refused);
            proposal.setStatus(ProposalStatus.FAILED.name());
        } catch (ProposalApplier.Failed failed) {
            note = failed.getMessage();
            proposal.setStatus(ProposalStatus.FAILED.name());
        } catch (RuntimeException unexpected) {
            LOG.warnf(unexpected, "Realm '%s': applying proposal %s failed", realm.getName(), proposal.getId());
            note = "could not apply the change: " + unexpected.getClass().getSimpleName();
            proposal.setStatus(ProposalStatus.FAILED.name());
        }
        proposal.setError(note);
        if (ProposalStatus.APPLIED.name().equals(proposal.getStatus())
                && ChangeType.REVIEW.name().equals(proposal.getChangeType())) {
            // a review approved is one seen: like a rejection, it is not raised again for the suppression time,
            // or every run would put the same acknowledged violation back in the queue
            proposal.setSuppressedUntil(proposal.getAppliedAt()
                    + SettingsStore.of(session, realm).rejectionSuppressionDays() * 86_400_000L);
        }
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
        if (!ProposalStatus.PROPOSED.name().equals(proposal.getStatus())) {
            throw notWaiting(proposal.getStatus());
        }
        // expiry is marked when the next proposals are stored; a realm no run reaches must not apply stale evidence
        if (proposal.getCreatedAt() < System.currentTimeMillis() - ProposalQueue.EXPIRE_AFTER.toMillis()) {
            throw new NotWaiting("the proposal is older than " + ProposalQueue.EXPIRE_AFTER.toDays()
                    + " days and has expired; the next run proposes again what still holds");
        }
        int claimed = em().createQuery("update ProposalEntity p set p.status = :approved where p.id = :id"
                + " and p.status = :proposed").setParameter("approved", ProposalStatus.APPROVED.name())
                .setParameter("id", proposal.getId()).setParameter("proposed", ProposalStatus.PROPOSED.name())
                .executeUpdate();
        if (claimed == 0) {
            em().refresh(proposal);
            throw notWaiting(proposal.getStatus());
        }
    }

    private void unclaim(ProposalEntity proposal) {
        proposal.setStatus(ProposalStatus.PROPOSED.name());
        proposal.setDecidedAt(null);
        proposal.setDecidedBy(null);
        proposal.setReason(null);
        em().createQuery("update ProposalEntity p set p.status = :proposed where p.id = :id")
                .setParameter("proposed", ProposalStatus.PROPOSED.name()).setParameter("id", proposal.getId())
                .executeUpdate();
    }

    private static NotWaiting notWaiting(String status) {
        return new NotWaiting("the proposal is " + ProposalStatus.valueOf(status).apiName() + ", not proposed");
    }

    private String applyAlone(ProposalApplier.Change change, Actor actor, String sodOverride) {
        String realmId = realm.getId();
        // a server's decision (auto-low-risk) carries no admin's token, even in a run an admin started
        Token adminToken = actor.id() == null ? null : session.getContext().getBearerToken();
        return KeycloakModelUtils.runJobInTransactionWithResult(session.getKeycloakSessionFactory(),
                session.getContext(), applying -> {
                    // The guards record who overrode a rule from the admin's token; a nightly run has none.
                    applying.getContext().setBearerToken(adminToken);
                    return new ProposalApplier(applying, applying.realms().getRealm(realmId), actor, sodOverride)
                            .apply(change);
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
