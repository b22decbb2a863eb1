package io.runtimeaccess.reviews.close;

import io.runtimeaccess.reviews.audit.ReviewEvents;
import io.runtimeaccess.reviews.campaign.CampaignState;
import io.runtimeaccess.reviews.campaign.DefaultDecision;
import io.runtimeaccess.reviews.campaign.Recurrence;
import io.runtimeaccess.reviews.store.CampaignEntity;
import io.runtimeaccess.reviews.store.ReviewItemEntity;
import io.runtimeaccess.reviews.store.ReviewStore;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Closes a campaign, by an admin or at its deadline. First, in one transaction, undecided items get the campaign's
 * default decision (set-based updates, not one per item), kept items are marked so, and the campaign is closed. Then,
 * if it auto-applies, revocations are applied {@value #CHUNK} per transaction; a chunk that fails is redone item by
 * item so one failure (recorded as {@code failed: ...} in the evidence) leaves the others applied. Each step runs in
 * its own transaction, so a caller's transaction sees none of this until it is done. Last, the realm's ticket sink is
 * asked for one ticket about the campaign's revocations ({@link RevocationTicket}).
 */
public final class CampaignClosing {

    public static final String DEADLINE_DEFAULT = "deadline-default";
    static final int CHUNK = 500;
    static final String SHARED_WITH_KEPT = "not-applied: the same group, composite or membership gives a kept item";
    private static final Logger LOG = Logger.getLogger(CampaignClosing.class);

    private CampaignClosing() {
    }

    /**
     * Closes the campaign and applies its revocations; false if it was closed already. {@code actor} names the closing
     * admin in the admin events, or is null for the server at the deadline.
     */
    public static boolean close(KeycloakSessionFactory factory, String realmId, String campaignId, String closedBy,
            AuthDetails actor) {
        boolean closed = KeycloakModelUtils.runJobInTransactionWithResult(factory,
                session -> closeAndDefault(session, realmId, campaignId, closedBy, actor));
        if (closed) {
            applyRevocations(factory, realmId, campaignId, actor);
        }
        return closed;
    }

    /**
     * Applies the closed campaign's revocations not applied yet, then opens its ticket. The close does it at once; the
     * sweep does it again for a close that stopped half-way (its revocations are recorded in the server's name).
     */
    public static void applyRevocations(KeycloakSessionFactory factory, String realmId, String campaignId,
            AuthDetails actor) {
        while (KeycloakModelUtils.runJobInTransactionWithResult(factory,
                session -> applyChunk(session, realmId, campaignId, actor, false)) == CHUNK) {
            LOG.debugf("Campaign %s: applied %d more revocations", campaignId, CHUNK);
        }
        try {
            KeycloakModelUtils.runJobInTransaction(factory, session -> ticket(session, realmId, campaignId));
        } catch (RuntimeException e) {
            // the close and its revocations are committed: a ticket that cannot be queued must not answer the
            // admin an error for a close that is done (and a retry would only say "closed already")
            LOG.warnf("Campaign %s: closed, but its revocations' ticket was not queued (%s)", campaignId,
                    e.getClass().getSimpleName());
        }
    }

    private static boolean closeAndDefault(KeycloakSession session, String realmId, String campaignId,
            String closedBy, AuthDetails actor) {
        EntityManager em = em(session);
        // locked: an admin's close and the deadline's, or a decision, wait for each other (ReviewStore.campaignToChange)
        CampaignEntity campaign = em.find(CampaignEntity.class, campaignId, LockModeType.PESSIMISTIC_WRITE);
        RealmModel realm = session.realms().getRealm(realmId);
        if (campaign == null || realm == null || !CampaignState.OPEN.name().equals(campaign.getState())) {
            return false;
        }
        session.getContext().setRealm(realm);
        AuthDetails who = actor != null ? actor : ReviewEvents.server(realm);
        long now = System.currentTimeMillis();
        int defaulted = defaults(em, campaign, now);
        int kept = em.createQuery("update ReviewItemEntity i set i.applied = 'kept', i.appliedAt = :now"
                + " where i.campaignId = :campaignId and i.decision = 'APPROVE'").setParameter("now", now)
                .setParameter("campaignId", campaignId).executeUpdate();
        if (!campaign.isAutoApply()) {
            em.createQuery("update ReviewItemEntity i set i.applied = 'not-applied' where i.campaignId = :campaignId"
                    + " and i.decision = 'REVOKE'").setParameter("campaignId", campaignId).executeUpdate();
        } else {
            keptTargetsStay(session, realm, campaignId, now, who);
        }
        campaign.setState(CampaignState.CLOSED.name());
        campaign.setClosedAt(now);
        campaign.setClosedBy(closedBy);
        Recurrence recurrence = Recurrence.parse(campaign.getRecurrence());
        campaign.setNextStartAt(recurrence == null ? null
                : recurrence.next(Instant.ofEpochMilli(campaign.getStartedAt())).toEpochMilli());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("closedBy", closedBy);
        details.put("defaultDecision", campaign.getDefaultDecision().toLowerCase(Locale.ROOT));
        details.put("defaulted", defaulted);
        details.put("kept", kept);
        details.put("autoApply", campaign.isAutoApply());
        ReviewEvents.campaign(session, realm, OperationType.ACTION, "closed", campaignId, details, who);
        return true;
    }

    /**
     * Two items of one user can share what revoking either removes: two admin roles one Keycloak group gives (the
     * user leaves the group), two contained in one composite (its mapping goes), two sources of one end-user group
     * membership (the user leaves the group). A keep wins: such a revoke is not applied and says why, for a person to
     * settle, rather than silently taking away what a reviewer kept.
     */
    private static void keptTargetsStay(KeycloakSession session, RealmModel realm, String campaignId, long now,
            AuthDetails who) {
        EntityManager em = em(session);
        Set<ReviewItemEntity> sharing = new LinkedHashSet<>(em.createQuery("select i from ReviewItemEntity i,"
                + " ReviewItemEntity k where i.campaignId = :campaignId and k.campaignId = :campaignId"
                + " and i.decision = 'REVOKE' and k.decision = 'APPROVE' and k.userId = i.userId"
                + " and k.accessType = i.accessType and k.ref = i.ref"
                + " and i.accessType in ('GROUP_ROLE', 'COMPOSITE_ROLE', 'MEMBERSHIP')", ReviewItemEntity.class)
                .setParameter("campaignId", campaignId).getResultList());
        for (ReviewItemEntity item : sharing) {
            item.setApplied(SHARED_WITH_KEPT);
            item.setAppliedAt(now);
            notApplied(session, realm, item, SHARED_WITH_KEPT, who);
        }
    }

    /** A revoke decided but not carried out is an event too, so the trail shows every revoke's outcome. */
    private static void notApplied(KeycloakSession session, RealmModel realm, ReviewItemEntity item, String applied,
            AuthDetails who) {
        ReviewEvents.item(session, realm, OperationType.ACTION, "revocation-not-applied", item.getCampaignId(),
                item.getId(), outcome(item, applied), who);
    }

    private static Map<String, Object> outcome(ReviewItemEntity item, String applied) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("userId", item.getUserId());
        details.put("access", item.getAccessKey());
        details.put("applied", applied);
        return details;
    }

    /** Gives every undecided (or delegated, undecided) item the campaign's default decision; returns how many. */
    private static int defaults(EntityManager em, CampaignEntity campaign, long now) {
        DefaultDecision fallback = DefaultDecision.valueOf(campaign.getDefaultDecision());
        String justification = "no decision by the deadline: default " + fallback.apiName();
        String undecided = "update ReviewItemEntity i set i.decision = :decision, i.decidedBy = :by,"
                + " i.decidedAt = :now, i.justification = :why where i.campaignId = :campaignId"
                + " and (i.decision is null or i.decision = 'DELEGATE')";
        return switch (fallback) {
            case KEEP, REVOKE -> update(em, undecided, fallback == DefaultDecision.KEEP ? "APPROVE" : "REVOKE",
                    justification, campaign.getId(), now);
            // The recommendation's own words go with it, so the evidence says why each item was revoked.
            case RECOMMENDATION -> update(em, undecided + " and i.suggestion = 'REVOKE'", "REVOKE",
                    justification + " (suggested revoke)", campaign.getId(), now)
                    + update(em, undecided, "APPROVE", justification + " (not suggested for revocation)",
                    campaign.getId(), now);
        };
    }

    private static int update(EntityManager em, String jpql, String decision, String why, String campaignId,
            long now) {
        return em.createQuery(jpql).setParameter("decision", decision).setParameter("by", DEADLINE_DEFAULT)
                .setParameter("now", now).setParameter("why", why).setParameter("campaignId", campaignId)
                .executeUpdate();
    }

    /** Applies up to {@value #CHUNK} revocations; returns how many items it settled. */
    private static int applyChunk(KeycloakSession session, String realmId, String campaignId, AuthDetails actor,
            boolean single) {
        RealmModel realm = session.realms().getRealm(realmId);
        session.getContext().setRealm(realm);
        List<ReviewItemEntity> items = new ReviewStore(session, realmId).toApply(campaignId, single ? 1 : CHUNK);
        if (items.isEmpty()) {
            return 0;
        }
        if (!single) {
            try {
                KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(),
                        chunk -> applyAll(chunk, realmId, items.stream().map(ReviewItemEntity::getId).toList(),
                                actor));
                return items.size();
            } catch (RuntimeException e) {
                LOG.warnf("Campaign %s: a chunk of revocations failed (%s); applying them one by one", campaignId,
                        e.getClass().getSimpleName());
            }
        }
        for (ReviewItemEntity item : items) {
            try {
                KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(),
                        one -> applyAll(one, realmId, List.of(item.getId()), actor));
            } catch (RuntimeException e) {
                // only if nobody settled it meanwhile (another close waited on the same item, say): this copy of
                // the row was read before, and writing it back would put "failed" over their "revoked"
                KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(),
                        mark -> markFailed(mark, realmId, item, "failed: " + e.getClass().getSimpleName(), actor));
            }
        }
        return items.size();
    }

    private static void markFailed(KeycloakSession session, String realmId, ReviewItemEntity item, String failed,
            AuthDetails actor) {
        int marked = em(session).createQuery("update ReviewItemEntity i set i.applied = :failed, i.appliedAt = :now"
                + " where i.id = :id and i.applied is null").setParameter("failed", failed)
                .setParameter("now", System.currentTimeMillis()).setParameter("id", item.getId()).executeUpdate();
        RealmModel realm = session.realms().getRealm(realmId);
        if (marked == 1 && realm != null) {
            // the item is the failed transaction's copy: only read here, never written back
            notApplied(session, realm, item, failed, actor != null ? actor : ReviewEvents.server(realm));
        }
    }

    private static void applyAll(KeycloakSession session, String realmId, List<String> itemIds, AuthDetails actor) {
        RealmModel realm = session.realms().getRealm(realmId);
        session.getContext().setRealm(realm);
        AuthDetails who = actor != null ? actor : ReviewEvents.server(realm);
        Revocation revocation = new Revocation(session, realm, who);
        EntityManager em = em(session);
        for (String id : itemIds) {
            // locked and read again: a close still applying when the sweep takes its campaign up (or a second
            // close of the sweep's on another node) read the same rows; whoever comes second skips what is done
            ReviewItemEntity item = em.find(ReviewItemEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (item == null || item.getApplied() != null) {
                continue;
            }
            item.setApplied(revocation.apply(item));
            item.setAppliedAt(System.currentTimeMillis());
            ReviewEvents.item(session, realm, OperationType.DELETE, "revocation-applied", item.getCampaignId(),
                    item.getId(), outcome(item, item.getApplied()), who);
        }
    }

    /** After the revocations are applied, so the ticket says which were and which need a person. */
    private static void ticket(KeycloakSession session, String realmId, String campaignId) {
        RealmModel realm = session.realms().getRealm(realmId);
        CampaignEntity campaign = em(session).find(CampaignEntity.class, campaignId);
        if (realm != null && campaign != null) {
            session.getContext().setRealm(realm);
            RevocationTicket.open(session, realm, campaign);
        }
    }

    static EntityManager em(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }
}
