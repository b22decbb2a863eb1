package io.runtimeaccess.reviews.reviewing;

import io.runtimeaccess.reviews.admin.CampaignViews;
import io.runtimeaccess.reviews.campaign.CampaignState;
import io.runtimeaccess.reviews.decide.ReviewerRefusal;
import io.runtimeaccess.reviews.decision.ItemDecision;
import io.runtimeaccess.reviews.decision.ReviewerRight;
import io.runtimeaccess.reviews.store.CampaignEntity;
import io.runtimeaccess.reviews.store.ReviewItemEntity;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Limits;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The review items a user reviews: those of the realm's open campaigns whose reviewers name the user. The
 * reviewers are stored as ids, one per line, so the query matches the id as a whole line
 * ({@link ReviewerRight#patterns}) and every row is checked again in Java, exactly, before it is shown or decided.
 */
final class WaitingItems {

    private static final String WAITING = "select i, c.name, c.deadline from ReviewItemEntity i, CampaignEntity c"
            + " where c.id = i.campaignId and c.realmId = :realmId and i.realmId = :realmId and c.state = 'OPEN'"
            + " and c.deadline > :now"
            + " and (i.reviewers like :alone escape '!' or i.reviewers like :first escape '!'"
            + " or i.reviewers like :last escape '!' or i.reviewers like :middle escape '!')"
            + " order by c.deadline, c.id, i.username, i.accessKey, i.id";

    private final EntityManager em;
    private final RealmModel realm;

    WaitingItems(KeycloakSession session, RealmModel realm) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realm = realm;
    }

    /**
     * A page of the items waiting for {@code reviewerId}, soonest deadline first. Only campaigns before their
     * deadline: from then on the default decides and a reviewer's decision is refused, also before the sweep closes.
     */
    List<Map<String, Object>> of(String reviewerId, int first, int max) {
        ReviewerRight.Patterns patterns = ReviewerRight.patterns(reviewerId);
        List<Object[]> rows = em.createQuery(WAITING, Object[].class).setParameter("realmId", realm.getId())
                .setParameter("now", System.currentTimeMillis()).setParameter("alone", patterns.alone()).setParameter("first", patterns.first())
                .setParameter("last", patterns.last()).setParameter("middle", patterns.middle())
                .setFirstResult(first).setMaxResults(max).getResultList();
        List<Map<String, Object>> views = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ReviewItemEntity item = (ReviewItemEntity) row[0];
            if (ReviewerRight.of(item.getReviewers(), item.getUserId(), reviewerId) == ReviewerRight.ALLOWED) {
                views.add(view(item, (String) row[1], (Long) row[2]));
            }
        }
        return views;
    }

    /**
     * The items of {@code decisions}, in order, each checked to be one {@code reviewerId} may decide now: an item
     * of this realm (else 404), reviewed by the caller and not about their own access (else 403), then of an open
     * campaign before its deadline (else 409; the campaigns are locked until the decisions commit). The first
     * refusal refuses the whole bulk.
     */
    List<ReviewItemEntity> decidable(String reviewerId, List<ItemDecision> decisions) {
        List<ReviewItemEntity> items = new ArrayList<>(decisions.size());
        Map<String, String> firstFieldOfCampaign = new TreeMap<>();
        for (int i = 0; i < decisions.size(); i++) {
            String field = "decisions[" + i + "].itemId";
            String itemId = decisions.get(i).itemId();
            ReviewItemEntity item = !Limits.lookable(itemId) ? null : em.find(ReviewItemEntity.class, itemId);
            if (item == null || !item.getRealmId().equals(realm.getId())) {
                throw BadRequest.notFound(field, "no review item '" + Limits.shown(itemId) + "'");
            }
            requireReviewer(item, reviewerId, field);
            firstFieldOfCampaign.putIfAbsent(item.getCampaignId(), field);
            items.add(item);
        }
        // locked as closing locks it, in id order so that two bulks never wait for each other in a circle
        firstFieldOfCampaign.forEach((campaignId, field) -> {
            CampaignEntity campaign = em.find(CampaignEntity.class, campaignId, LockModeType.PESSIMISTIC_WRITE);
            if (!CampaignState.OPEN.name().equals(campaign.getState())) {
                throw BadRequest.conflict(field, "the item's campaign is closed");
            }
            // the sweep closes a campaign up to an interval after its deadline: its default decides from then on
            if (campaign.getDeadline() <= System.currentTimeMillis()) {
                throw BadRequest.conflict(field, "the item's campaign is past its deadline; its default decision"
                        + " applies");
            }
        });
        // read again under the campaigns' locks: a delegation committed meanwhile changed who reviews, and the
        // decisions must not write the rows back as they were before it. A locking read: under MariaDB's repeatable
        // read a plain one would see the snapshot the first read took, from before the delegation.
        for (int i = 0; i < items.size(); i++) {
            em.refresh(items.get(i), LockModeType.PESSIMISTIC_WRITE);
            requireReviewer(items.get(i), reviewerId, "decisions[" + i + "].itemId");
        }
        return items;
    }

    private static void requireReviewer(ReviewItemEntity item, String reviewerId, String field) {
        ReviewerRight right = ReviewerRight.of(item.getReviewers(), item.getUserId(), reviewerId);
        if (right == ReviewerRight.OWN_ACCESS) {
            throw ReviewerRefusal.forbidden(right.code(), field, "a reviewer never decides their own access");
        }
        if (right != ReviewerRight.ALLOWED) {
            throw ReviewerRefusal.forbidden(right.code(), field, "you are not a reviewer of this item");
        }
    }

    private static Map<String, Object> view(ReviewItemEntity i, String campaignName, Long deadline) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", i.getId());
        view.put("campaignId", i.getCampaignId());
        view.put("campaignName", campaignName);
        view.put("deadline", CampaignViews.time(deadline));
        view.put("userId", i.getUserId());
        view.put("username", i.getUsername());
        view.put("type", i.getAccessType().toLowerCase(Locale.ROOT).replace('_', '-'));
        view.put("access", i.getAccessKey());
        view.put("label", i.getLabel());
        view.put("source", i.getSource());
        view.put("lastUsed", CampaignViews.time(i.getLastUsed()));
        Map<String, Object> suggestion = null;
        if (i.getSuggestion() != null) {
            suggestion = new LinkedHashMap<>();
            suggestion.put("action", i.getSuggestion().toLowerCase(Locale.ROOT));
            suggestion.put("justification", i.getSuggestionWhy());
        }
        view.put("suggestion", suggestion);
        view.put("decision", i.getDecision() == null ? null : i.getDecision().toLowerCase(Locale.ROOT));
        view.put("decidedBy", i.getDecidedBy());
        view.put("decidedAt", CampaignViews.time(i.getDecidedAt()));
        view.put("justification", i.getJustification());
        return view;
    }
}
