package io.runtimeaccess.reviews.campaign;

import io.runtimeaccess.reviews.input.InvalidInput;
import io.runtimeaccess.reviews.input.Texts;

/**
 * A campaign as an admin defines it, validated: its name, scope, reviewers, clock, the decision undecided items get
 * at the deadline, whether revocations are applied at close, and how often it starts again (null: once).
 */
public record CampaignPlan(String name, ReviewScope scope, ReviewerRule reviewers, Timing timing,
        DefaultDecision defaultDecision, boolean autoApply, Recurrence recurrence) {

    public static final int MAX_NAME = 255;

    public static CampaignPlan of(String name, ReviewScope scope, ReviewerRule reviewers, Timing timing,
            String defaultDecision, Boolean autoApply, String recurrence) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw new InvalidInput("name", "is required, at most " + MAX_NAME + " characters");
        }
        Texts.plain("name", name);
        DefaultDecision atDeadline = defaultDecision == null ? DefaultDecision.KEEP
                : DefaultDecision.ofApiName(defaultDecision);
        if (atDeadline == null) {
            throw new InvalidInput("defaultDecision", "must be one of keep, revoke, recommendation");
        }
        return new CampaignPlan(name.strip(), scope, reviewers, timing, atDeadline,
                autoApply == null || autoApply, Recurrence.parse(recurrence));
    }
}
