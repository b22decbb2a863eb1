package io.runtimeaccess.reviews.scope;

import io.runtimeaccess.governance.proposal.Category;
import io.runtimeaccess.governance.proposal.ChangeType;
import io.runtimeaccess.governance.queue.ProposalEntity;
import io.runtimeaccess.governance.queue.ProposalStatus;
import io.runtimeaccess.reviews.input.InvalidInput;
import io.runtimeaccess.reviews.item.ReviewedAccess;
import io.runtimeaccess.reviews.item.ReviewedAccess.AccessType;
import io.runtimeaccess.reviews.item.Suggestion;
import io.runtimeaccess.reviews.item.Suggestions;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The proposals waiting in governance's queue: as the items of a campaign over one category (a reviewer who revokes
 * approves the proposal's removal, one who approves keeps the access and rejects the proposal), and as the
 * recommender's suggestion for the same user and access in any campaign. Peer recommendations only add access, so
 * they cannot be reviewed as access to keep or revoke. A proposal about a whole account (a dormant account to
 * disable, an orphaned federated user to review) names no item: it is reviewed as the access {@link #ACCOUNT}.
 */
public final class WaitingProposals {

    /** The access key of a proposal about the user's account rather than one item. */
    public static final String ACCOUNT = "account";

    private final EntityManager em;
    private final RealmModel realm;

    public WaitingProposals(KeycloakSession session, RealmModel realm) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realm = realm;
    }

    List<ReviewedAccess> items(String categoryName, RealmUsers users) {
        Category category;
        try {
            category = Category.ofApiName(categoryName);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("scope.id", "not a proposal category");
        }
        if (category == Category.PEER_RECOMMENDATION) {
            throw new InvalidInput("scope.id", "peer recommendations add access; review another category");
        }
        List<ReviewedAccess> items = new ArrayList<>();
        for (ProposalEntity proposal : waiting(category)) {
            RealmUsers.User user = users.byId(proposal.getUserId());
            boolean aboutAccount = proposal.getItemKey() == null;
            items.add(new ReviewedAccess(proposal.getUserId(), user.username(), user.enabled(), AccessType.PROPOSAL,
                    aboutAccount ? ACCOUNT : proposal.getItemKey(),
                    aboutAccount ? "account: " + proposal.getJustification() : proposal.getItemLabel(),
                    proposal.getId(), "proposal: "
                    + category.apiName() + " / " + ChangeType.valueOf(proposal.getChangeType()).name()
                    .toLowerCase(java.util.Locale.ROOT), null, null));
        }
        return items;
    }

    /**
     * The waiting proposals' suggestions by {@link Suggestions#key} (the oldest for a user and access; a proposal about
     * the account under {@link #ACCOUNT}) and by {@link Suggestions#proposalKey}: a removal is a suggestion to revoke.
     */
    public Map<String, Suggestion> suggestions() {
        Map<String, Suggestion> byKey = new HashMap<>();
        for (ProposalEntity proposal : waiting(null)) {
            ChangeType change = ChangeType.valueOf(proposal.getChangeType());
            Suggestion.Action action = switch (change) {
                case REMOVE, DISABLE_USER -> Suggestion.Action.REVOKE;
                case ADD -> Suggestion.Action.KEEP;
                case REVIEW -> Suggestion.Action.REVIEW;
            };
            Suggestion suggestion = new Suggestion(action, proposal.getJustification() + ": " + action.apiName());
            String access = proposal.getItemKey() == null ? ACCOUNT : proposal.getItemKey();
            byKey.putIfAbsent(Suggestions.key(proposal.getUserId(), access), suggestion);
            byKey.put(Suggestions.proposalKey(proposal.getId()), suggestion);
        }
        return byKey;
    }

    private List<ProposalEntity> waiting(Category category) {
        return em.createQuery("select p from ProposalEntity p where p.realmId = :realmId and p.status = :status"
                + (category == null ? "" : " and p.category = :category") + " order by p.createdAt, p.id",
                ProposalEntity.class).setParameter("realmId", realm.getId())
                .setParameter("status", ProposalStatus.PROPOSED.name())
                .setParameter(category == null ? "status" : "category", category == null
                        ? ProposalStatus.PROPOSED.name() : category.name())
                .getResultList();
    }
}
