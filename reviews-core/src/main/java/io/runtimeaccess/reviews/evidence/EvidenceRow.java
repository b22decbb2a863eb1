package io.runtimeaccess.reviews.evidence;

import java.time.Instant;

/**
 * One item of a closed campaign as auditors see it: the access and its source, the suggestion, the decision, who
 * made it (a reviewer's username, or {@code deadline-default}), when, why, and what was applied. {@code applied} is
 * {@code revoked}, {@code kept}, {@code already-gone}, {@code failed: ...} or {@code not-applied} (auto-apply off).
 */
public record EvidenceRow(String itemId, String username, String userId, String access, String label,
        String source, Instant lastUsed, String suggestion, String suggestionJustification, String reviewers,
        String decision, String decidedBy, Instant decidedAt, String justification, String applied,
        Instant appliedAt) {
}
