package io.runtimeaccess.governance.proposal;

import io.runtimeaccess.governance.access.AccessItem;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A change proposed to a human: what (change, user, item), how sure (confidence 0..1), why (a justification
 * naming its evidence, e.g. "held by 17 of the 19 users in department Finance with the same three solutions
 * (89 %)"), and by which model with which inputs. {@code item} is null for {@link ChangeType#DISABLE_USER}.
 *
 * @param evidence   the figures behind the justification, for the API (peers, holders, days unused…)
 * @param inputs     the input names the model used, e.g. {@code attribute:department}, {@code grants}, {@code lastSignIn}
 */
public record Proposal(Category category, ChangeType change, String userId, AccessItem item, double confidence,
        String justification, Map<String, Object> evidence, String modelVersion, List<String> inputs) {

    public Proposal {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(userId, "userId");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
        evidence = Map.copyOf(evidence);
        inputs = List.copyOf(inputs);
    }

    /**
     * The evidence that names what a review is about beyond its item: a user's reconciliation issue and the group
     * it names, the SoD rule a violation breaks, the end-user group a grant is held through. Without it, two such
     * reviews of one user would be one proposal, and rejecting one would suppress the other.
     */
    private static final List<String> SUBJECT_KEYS = List.of("issue", "group", "ruleId", "viaGroupId");

    /**
     * The same change for the same user and item (and subject, {@link #SUBJECT_KEYS}): what a rejection suppresses
     * and what makes a run not propose a change that is already waiting.
     */
    public String fingerprint() {
        StringBuilder fingerprint = new StringBuilder(category.apiName()).append('|').append(change).append('|')
                .append(userId).append('|').append(item == null ? "" : item.key());
        for (String key : SUBJECT_KEYS) {
            Object value = evidence.get(key);
            if (value != null) {
                fingerprint.append('|').append(key).append('=').append(value);
            }
        }
        return fingerprint.toString();
    }
}
