package io.runtimeaccess.governance.evaluation.recommend;

import java.util.Map;
import java.util.stream.Collectors;

/** The figures of one leave-one-out run, accumulated user by user, and their JSON line. */
final class RecommendResult {

    int users;
    int hits;
    double reciprocalRanks;
    double seconds;
    double innerHitRate;
    Map<String, Double> blend = Map.of();
    String similarity = "";
    double baselinePopularity;
    double baselineItemKnn;
    double baselineUserKnn;
    HitRateBound bound;
    MissProfile misses;
    private final double[] binConfidence = new double[RecommendCommand.BINS];
    private final int[] binCount = new int[RecommendCommand.BINS];
    private final int[] binRight = new int[RecommendCommand.BINS];
    private int proposals;
    private int confident;
    private int confidentRight;

    /** A user's hidden permission ranked {@code rank} (1 = first, 0 = not scored). */
    void rank(int rank) {
        users++;
        hits += rank > 0 && rank <= RecommendCommand.TOP ? 1 : 0;
        reciprocalRanks += rank > 0 ? 1.0 / rank : 0;
    }

    /** One of a user's top five, with its confidence and whether it was the hidden permission. */
    void proposal(double confidence, boolean right) {
        int bin = Math.min(RecommendCommand.BINS - 1, (int) (confidence * RecommendCommand.BINS));
        binConfidence[bin] += confidence;
        binCount[bin]++;
        binRight[bin] += right ? 1 : 0;
        proposals++;
        if (confidence >= RecommendCommand.HIGH_CONFIDENCE) {
            confident++;
            confidentRight += right ? 1 : 0;
        }
    }

    double hitRate() {
        return users == 0 ? 0 : hits / (double) users;
    }

    /** Expected calibration error: the count-weighted gap between mean confidence and share right per bin. */
    double ece() {
        double gap = 0;
        for (int b = 0; b < binCount.length; b++) {
            if (binCount[b] > 0) {
                gap += Math.abs(binConfidence[b] / binCount[b] - binRight[b] / (double) binCount[b]) * binCount[b];
            }
        }
        return proposals == 0 ? 0 : gap / proposals;
    }

    String toJson(String matrix, long seed) {
        String precision = confident == 0 ? "null" : RecommendCommand.format(confidentRight / (double) confident);
        String weights = blend.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + RecommendCommand.format(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
        return "{\"matrix\":\"" + matrix + "\",\"seed\":" + seed + ",\"users\":" + users
                + ",\"hit_rate_at_5\":" + RecommendCommand.format(hitRate())
                + ",\"mrr\":" + RecommendCommand.format(users == 0 ? 0 : reciprocalRanks / users)
                + ",\"seconds\":" + RecommendCommand.format(seconds)
                + ",\"ece\":" + RecommendCommand.format(ece())
                + ",\"precision_at_conf_0_8\":{\"share\":" + precision + ",\"count\":" + confident + "}"
                + ",\"proposals\":" + proposals
                + ",\"baseline_popularity\":" + RecommendCommand.format(baselinePopularity)
                + ",\"baseline_item_knn\":" + RecommendCommand.format(baselineItemKnn)
                + ",\"baseline_user_knn\":" + RecommendCommand.format(baselineUserKnn)
                + ",\"hidden_held_by_others\":" + RecommendCommand.format(bound.heldByOthers)
                + ",\"hidden_co_held\":" + RecommendCommand.format(bound.coHeld)
                + ",\"hit_rate_bound_at_5\":" + RecommendCommand.format(bound.hitRate)
                + ",\"misses\":" + misses.toJson()
                + ",\"inner_hit_rate_at_5\":" + RecommendCommand.format(innerHitRate)
                + ",\"similarity\":\"" + similarity + "\",\"blend\":" + weights + "}";
    }
}
