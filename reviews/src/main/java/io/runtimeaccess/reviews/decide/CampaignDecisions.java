package io.runtimeaccess.reviews.decide;

import io.runtimeaccess.reviews.audit.ReviewEvents;
import io.runtimeaccess.reviews.campaign.CampaignState;
import io.runtimeaccess.reviews.input.InvalidInput;
import io.runtimeaccess.reviews.decision.Decision;
import io.runtimeaccess.reviews.decision.ItemDecision;
import io.runtimeaccess.reviews.decision.ReviewerRight;
import io.runtimeaccess.reviews.item.ReviewedAccess.AccessType;
import io.runtimeaccess.reviews.scope.RealmUsers;
import io.runtimeaccess.reviews.store.CampaignEntity;
import io.runtimeaccess.reviews.store.ReviewItemEntity;
import io.runtimeaccess.reviews.store.ReviewStore;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.UserIds;
import io.runtimeaccess.sharing.store.EndUserGroupStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Records reviewers' decisions, one or many at once. The whole bulk is checked before anything is written (every
 * item is the campaign's and not about the decider's own access, a delegate is an enabled person of the realm and
 * not the reviewed user), so a refused bulk changes nothing. A decision may be changed until the campaign closes; each one is an admin event.
 */
public final class CampaignDecisions {

    private static final String NO_DELEGATE = "is no enabled person of the realm who may review this item (not a service "
            + "account, not someone whose access it is)";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final ReviewStore store;

    public CampaignDecisions(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.store = new ReviewStore(session, realm.getId());
    }

    public List<ReviewItemEntity> decide(CampaignEntity campaign, List<ItemDecision> decisions, UserModel reviewer,
            AuthDetails actor) {
        if (!CampaignState.OPEN.name().equals(campaign.getState())) {
            throw BadRequest.conflict("id", "the campaign is closed");
        }
        ItemDecision.checkBulk(decisions);
        List<ReviewItemEntity> items = new ArrayList<>(decisions.size());
        for (int i = 0; i < decisions.size(); i++) {
            ItemDecision decision = decisions.get(i);
            // the caller locked the campaign: read the item again under that lock, as the reviewers' API does
            ReviewItemEntity item = store.itemToChange(campaign.getId(), decision.itemId());
            if (item == null) {
                throw new InvalidInput("decisions[" + i + "].itemId", "not an item of this campaign");
            }
            items.add(item);
        }
        record(items, decisions, reviewer, actor);
        return items;
    }

    /**
     * Records {@code decisions} on {@code items} (the same order), which the caller found and checked already:
     * each of the realm and of an open campaign, and one the deciding user may decide (the reviewers' own API
     * checks they review it). Every delegate is checked before anything is written, so a refused bulk changes
     * nothing.
     */
    public void record(List<ReviewItemEntity> items, List<ItemDecision> decisions, UserModel reviewer,
            AuthDetails actor) {
        List<String> delegates = new ArrayList<>(decisions.size());
        for (int i = 0; i < decisions.size(); i++) {
            ItemDecision decision = decisions.get(i);
            // also an admin's: the override decides others' access, and an end-user group's grant is its members'
            if (isOwnAccess(items.get(i), reviewer.getId())) {
                throw ReviewerRefusal.forbidden(ReviewerRight.OWN_ACCESS.code(), "decisions[" + i + "].itemId",
                        "nobody decides about their own access");
            }
            delegates.add(decision.decision() == Decision.DELEGATE ? delegate(i, decision, items.get(i)) : null);
        }
        long now = System.currentTimeMillis();
        for (int i = 0; i < decisions.size(); i++) {
            record(items.get(i), decisions.get(i), delegates.get(i), reviewer, actor, now);
        }
    }

    /**
     * One answer for every delegate refused: a reviewer is an ordinary user, and telling "no such user" from
     * "disabled" or "a service account" would let one probe the realm's accounts a username at a time.
     */
    private String delegate(int index, ItemDecision decision, ReviewItemEntity item) {
        UserModel delegate = session.users().getUserByUsername(realm, decision.delegateTo());
        if (delegate == null && decision.delegateTo().length() <= 255) {
            delegate = UserIds.byId(session, realm, decision.delegateTo());
        }
        // the reviewers' API refuses service accounts and Keycloak disabled users' tokens: nobody could decide it
        if (delegate == null || !delegate.isEnabled() || delegate.getServiceAccountClientLink() != null
                || isOwnAccess(item, delegate.getId())) {
            throw new InvalidInput("decisions[" + index + "].delegateTo", NO_DELEGATE);
        }
        return delegate.getId();
    }

    /**
     * Whether the item is about {@code userId}'s own access: their own, or the grant of an end-user group
     * ({@code userId} of the item the group) they are a member of now, as at the campaign's start.
     */
    private boolean isOwnAccess(ReviewItemEntity item, String userId) {
        return userId.equals(item.getUserId()) || AccessType.GROUP_GRANT.name().equals(item.getAccessType())
                && new EndUserGroupStore(session, realm).isMember(item.getUserId(), userId);
    }

    private void record(ReviewItemEntity item, ItemDecision decision, String delegateId,
            UserModel reviewer, AuthDetails actor, long now) {
        item.setDecision(decision.decision().name());
        item.setDecidedBy(reviewer.getUsername());
        item.setDecidedAt(now);
        item.setJustification(decision.justification());
        if (delegateId != null) {
            item.setReviewers(delegateId);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("userId", item.getUserId());
        details.put("access", item.getAccessKey());
        details.put("decision", decision.decision().apiName());
        details.put("justification", decision.justification());
        if (delegateId != null) {
            details.put("delegatedTo", delegateId);
        }
        ReviewEvents.item(session, realm, OperationType.UPDATE, "decided", item.getCampaignId(), item.getId(), details,
                actor);
    }

    /** The reviewers of an item as usernames, for views and the evidence. */
    public static String reviewerNames(ReviewItemEntity item, RealmUsers users) {
        return reviewerNames(item.getReviewers(), users);
    }

    /** {@code reviewers}: the stored reviewer ids, one per line. */
    public static String reviewerNames(String reviewers, RealmUsers users) {
        return String.join(" ", reviewerIds(reviewers).stream().map(id -> users.byId(id).username()).toList());
    }

    /** The stored reviewer ids, one per line, as a list (empty when none are stored). */
    public static List<String> reviewerIds(String reviewers) {
        return reviewers == null || reviewers.isEmpty() ? List.of() : List.of(reviewers.split("\n"));
    }
}
