package io.runtimeaccess.reviews.store;

import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.store.RealmRows;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/** The realm's campaigns and review items; every lookup is scoped to the realm, so nothing crosses realms. */
public final class ReviewStore {

    /** Rows per JDBC batch when a campaign's items are written. */
    static final int BATCH = 1000;
    private static final String INSERT = "insert into RA_REV_ITEM (ID, REALM_ID, CAMPAIGN_ID, USER_ID, USERNAME,"
            + " ACCESS_TYPE, ACCESS_KEY, LABEL, REF, SOURCE, LAST_USED, SUGGESTION, SUGGESTION_WHY, REVIEWERS)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final EntityManager em;
    private final String realmId;

    public ReviewStore(KeycloakSession session, String realmId) {
        this.em = em(session);
        this.realmId = realmId;
    }

    public List<CampaignEntity> campaigns(int first, int max) {
        return em.createNamedQuery("ReviewCampaign.byRealm", CampaignEntity.class).setParameter("realmId", realmId)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** The campaign, or a 404 naming {@code id}. */
    public CampaignEntity campaign(String id) {
        CampaignEntity campaign = !Limits.lookable(id) ? null : em.find(CampaignEntity.class, id);
        return found(campaign == null || !campaign.getRealmId().equals(realmId) ? null : campaign, id);
    }

    /**
     * The campaign, locked until the transaction ends, or a 404 naming {@code id}. Decisions, closing and the next
     * round take it first, so a decision never lands on a campaign closed meanwhile and a campaign closes once.
     */
    public CampaignEntity campaignToChange(String id) {
        return found(!Limits.lookable(id) ? null
                : RealmRows.lockedInRealm(em, CampaignEntity.class, id, realmId, CampaignEntity::getRealmId), id);
    }

    private static CampaignEntity found(CampaignEntity campaign, String id) {
        if (campaign == null) {
            throw BadRequest.notFound("id", "no review campaign '" + Limits.shown(id) + "'");
        }
        return campaign;
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public List<ReviewItemEntity> items(String campaignId, int first, int max) {
        return em.createNamedQuery("ReviewItem.byCampaign", ReviewItemEntity.class)
                .setParameter("campaignId", campaignId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    /**
     * Every item's evidence columns in the evidence's order (user, access), in one query: one sort of the campaign's
     * items rather than one per page, and plain values rather than managed entities, so nothing accumulates in the
     * persistence context. Columns: id, username, userId, accessKey, label, source, lastUsed, suggestion,
     * suggestionWhy, reviewers, decision, decidedBy, decidedAt, justification, applied, appliedAt.
     */
    public Stream<Object[]> evidenceColumns(String campaignId) {
        return em.createQuery("select i.id, i.username, i.userId, i.accessKey, i.label, i.source, i.lastUsed,"
                + " i.suggestion, i.suggestionWhy, i.reviewers, i.decision, i.decidedBy, i.decidedAt, i.justification,"
                + " i.applied, i.appliedAt from ReviewItemEntity i where i.campaignId = :campaignId"
                + " order by i.username, i.accessKey, i.id", Object[].class)
                .setParameter("campaignId", campaignId).getResultStream();
    }

    /** Lets go of rows only read, so a long export does not keep every page managed. */
    public void detach(List<?> rows) {
        rows.forEach(em::detach);
    }

    /** The campaign's item, or null if it is not one of the campaign's. */
    public ReviewItemEntity item(String campaignId, String itemId) {
        ReviewItemEntity item = !Limits.lookable(itemId) ? null : em.find(ReviewItemEntity.class, itemId);
        return item == null || !item.getCampaignId().equals(campaignId) ? null : item;
    }

    /**
     * The same, read for a change under the campaign's lock: a locking read, which under MariaDB's repeatable read
     * sees a delegation committed since this transaction's first read, where a plain one would not.
     */
    public ReviewItemEntity itemToChange(String campaignId, String itemId) {
        ReviewItemEntity item = !Limits.lookable(itemId) ? null : em.find(ReviewItemEntity.class, itemId);
        if (item == null || !item.getCampaignId().equals(campaignId)) {
            return null;
        }
        em.refresh(item, LockModeType.PESSIMISTIC_WRITE);
        return item;
    }

    public List<ReviewItemEntity> toApply(String campaignId, int max) {
        return em.createNamedQuery("ReviewItem.toApply", ReviewItemEntity.class)
                .setParameter("campaignId", campaignId).setMaxResults(max).getResultList();
    }

    /**
     * What a campaign's items could revoke that needs more than {@code manage-users} (Keycloak roles, memberships of
     * groups that give them, proposals), whatever their decision (a default decision at the close may revoke them
     * too): each distinct access type and reference once, however many users hold it.
     */
    public List<Object[]> revocableAccess(String campaignId) {
        return em.createQuery("select distinct i.accessType, i.ref from ReviewItemEntity i where i.campaignId = :campaignId"
                + " and i.accessType in ('ROLE', 'GROUP_ROLE', 'COMPOSITE_ROLE', 'PROPOSAL')", Object[].class)
                .setParameter("campaignId", campaignId).getResultList();
    }

    /** The reviewers (one id per line) of each undecided item of a campaign, for the reminders. */
    public List<String> pendingReviewers(String campaignId) {
        return em.createQuery("select i.reviewers from ReviewItemEntity i where i.campaignId = :campaignId"
                + " and (i.decision is null or i.decision = 'DELEGATE')", String.class)
                .setParameter("campaignId", campaignId).getResultList();
    }

    /**
     * Writes a new campaign's items in JDBC batches of {@value #BATCH} rows: no entity per row and no query per
     * item, so a campaign over 100,000 grants is written in about a hundred round trips.
     */
    public void insertItems(List<ReviewItemEntity> items) {
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                int pending = 0;
                for (ReviewItemEntity item : items) {
                    bind(insert, item);
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
    }

    private static void bind(PreparedStatement insert, ReviewItemEntity item) throws java.sql.SQLException {
        insert.setString(1, item.getId());
        insert.setString(2, item.getRealmId());
        insert.setString(3, item.getCampaignId());
        insert.setString(4, item.getUserId());
        insert.setString(5, item.getUsername());
        insert.setString(6, item.getAccessType());
        insert.setString(7, item.getAccessKey());
        insert.setString(8, item.getLabel());
        insert.setString(9, item.getRef());
        insert.setString(10, item.getSource());
        if (item.getLastUsed() == null) {
            insert.setNull(11, Types.BIGINT);
        } else {
            insert.setLong(11, item.getLastUsed());
        }
        insert.setString(12, item.getSuggestion());
        insert.setString(13, item.getSuggestionWhy());
        insert.setString(14, item.getReviewers());
    }

    /** Campaigns with something due: a reminder, a deadline, or the next start of a recurring one. */
    public static List<String> due(KeycloakSession session, long now, int max) {
        return em(session).createNamedQuery("ReviewCampaign.due", String.class).setParameter("now", now)
                .setMaxResults(max).getResultList();
    }

    /**
     * Campaigns closed between {@code from} and {@code to} whose close stopped before applying every revocation (the
     * node went down, a chunk kept failing): the sweep finishes them.
     */
    public static List<String> interruptedCloses(KeycloakSession session, long from, long to, int max) {
        return em(session).createQuery("select distinct c.id from CampaignEntity c, ReviewItemEntity i"
                + " where i.campaignId = c.id and c.state = 'CLOSED' and c.autoApply = true and c.closedAt >= :from"
                + " and c.closedAt <= :to and i.decision = 'REVOKE' and i.applied is null", String.class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(max).getResultList();
    }

    /** A removed user's review items go with the user (the campaigns' counts keep what was reviewed). */
    public static void deleteUser(KeycloakSession session, String realmId, String userId) {
        em(session).createQuery("delete from ReviewItemEntity i where i.realmId = :realmId and i.userId = :userId")
                .setParameter("realmId", realmId).setParameter("userId", userId).executeUpdate();
    }

    public static void deleteRealm(KeycloakSession session, String realmId) {
        EntityManager em = em(session);
        for (String entity : List.of("ReviewItemEntity", "CampaignEntity")) {
            em.createQuery("delete from " + entity + " e where e.realmId = :realmId").setParameter("realmId", realmId)
                    .executeUpdate();
        }
    }

    private static EntityManager em(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }
}
