package io.runtimeaccess.reviews.evidence;

import java.time.Instant;

/** The campaign an evidence export is about: what it reviewed, under which rules, and when it ran. */
public record CampaignFacts(String id, String name, String realm, String scope, String reviewers,
        String defaultDecision, boolean autoApply, Instant startedAt, Instant deadline, Instant closedAt,
        String closedBy) {
}
