package io.runtimeaccess.requests.policy;

/**
 * Optional auto-approval of an item: a request is approved without a human when the peer recommender recommends the
 * item to the requester with at least {@code minConfidence} and the requester's risk score is below {@code maxRisk}.
 * Both must be known: no recommendation, or no risk, means a human decides.
 */
public record AutoApproval(double minConfidence, int maxRisk) {

    public static AutoApproval of(Double minConfidence, Integer maxRisk) {
        if (minConfidence == null || minConfidence.isNaN() || minConfidence <= 0 || minConfidence > 1) {
            throw new InvalidInput("autoApproval.minConfidence", "must be a confidence above 0 and at most 1");
        }
        if (maxRisk == null || maxRisk < 1 || maxRisk > 100) {
            throw new InvalidInput("autoApproval.maxRisk", "must be a risk score from 1 to 100 (approved below it)");
        }
        return new AutoApproval(minConfidence, maxRisk);
    }

    /** @param confidence the recommender's confidence for the item, null if it does not recommend it */
    public boolean allows(Double confidence, Integer risk) {
        return confidence != null && risk != null && confidence >= minConfidence && risk < maxRisk;
    }
}
