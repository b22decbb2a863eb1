package io.runtimeaccess.governance.recommend;

import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.access.UserRecord;
import io.runtimeaccess.governance.proposal.Proposal;
import java.util.ArrayList;
import java.util.List;

/**
 * Peer recommendations (what a user probably needs, from users with similar attributes and similar access)
 * and outlier access (what nobody comparable holds). Never proposes adding a privileged item.
 *
 * <p>Each call fits a {@link PeerModel} on the snapshot (an inner leave-one-out picks the blend and calibration);
 * callers proposing for many users at once should use {@link #fit} once, or {@link #recommendAll}.
 */
public final class PeerRecommender {

    public static final String MODEL_VERSION = "peer-2";
    /** The inner leave-one-out's seed: fixed, so the same snapshot always gives the same proposals. */
    static final long SEED = 11;

    private final RecommenderSettings settings;

    public PeerRecommender(RecommenderSettings settings) {
        this.settings = settings;
    }

    /** The model for one snapshot, to ask about many users. */
    public PeerModel fit(AccessSnapshot snapshot) {
        return new PeerModel(new SnapshotMatrix(snapshot, settings), settings, SEED);
    }

    /** At most {@code limit} {@code PEER_RECOMMENDATION}/{@code ADD} proposals for one user (onboarding). */
    public List<Proposal> recommend(AccessSnapshot snapshot, String userId, int limit) {
        return fit(snapshot).recommend(userId, limit);
    }

    /** {@link #recommend} for every user, at most {@code perUserLimit} each. */
    public List<Proposal> recommendAll(AccessSnapshot snapshot, int perUserLimit) {
        return recommendAll(fit(snapshot), snapshot, perUserLimit);
    }

    /** {@code OUTLIER_ACCESS} proposals ({@code REMOVE} for direct holdings, {@code REVIEW} otherwise). */
    public List<Proposal> outliers(AccessSnapshot snapshot) {
        return outliers(fit(snapshot), snapshot);
    }

    /** {@link #recommendAll} with a model already fitted on {@code snapshot}. */
    public static List<Proposal> recommendAll(PeerModel model, AccessSnapshot snapshot, int perUserLimit) {
        List<Proposal> proposals = new ArrayList<>();
        for (UserRecord user : snapshot.users()) {
            proposals.addAll(model.recommend(user.id(), perUserLimit));
        }
        return proposals;
    }

    /** {@link #recommendAll} and {@link #outliers} in one pass over the users: each user is scored once. */
    public static List<Proposal> recommendAndFlagAll(PeerModel model, AccessSnapshot snapshot, int perUserLimit) {
        List<Proposal> proposals = new ArrayList<>();
        for (UserRecord user : snapshot.users()) {
            proposals.addAll(model.recommendAndFlag(user.id(), perUserLimit));
        }
        return proposals;
    }

    /** {@link #outliers} with a model already fitted on {@code snapshot}. */
    public static List<Proposal> outliers(PeerModel model, AccessSnapshot snapshot) {
        List<Proposal> proposals = new ArrayList<>();
        for (UserRecord user : snapshot.users()) {
            proposals.addAll(model.outliers(user.id()));
        }
        return proposals;
    }
}
