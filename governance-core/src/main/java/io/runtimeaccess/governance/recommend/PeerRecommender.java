package io.runtimeaccess.governance.recommend;

import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.proposal.Proposal;
import java.util.List;

/**
 * Peer recommendations (what a user probably needs, from users with similar attributes and similar access)
 * and outlier access (what nobody comparable holds). Never proposes adding a privileged item.
 */
public final class PeerRecommender {

    public static final String MODEL_VERSION = "peer-1";

    private final RecommenderSettings settings;

    public PeerRecommender(RecommenderSettings settings) {
        this.settings = settings;
    }

    /** At most {@code limit} {@code PEER_RECOMMENDATION}/{@code ADD} proposals for one user (onboarding). */
    public List<Proposal> recommend(AccessSnapshot snapshot, String userId, int limit) {
        throw new UnsupportedOperationException("SCAFFOLD: replaced by the recommender work");
    }

    /** {@link #recommend} for every user, at most {@code perUserLimit} each. */
    public List<Proposal> recommendAll(AccessSnapshot snapshot, int perUserLimit) {
        throw new UnsupportedOperationException("SCAFFOLD: replaced by the recommender work");
    }

    /** {@code OUTLIER_ACCESS} proposals ({@code REMOVE} for direct holdings, {@code REVIEW} otherwise). */
    public List<Proposal> outliers(AccessSnapshot snapshot) {
        throw new UnsupportedOperationException("SCAFFOLD: replaced by the recommender work");
    }
}
