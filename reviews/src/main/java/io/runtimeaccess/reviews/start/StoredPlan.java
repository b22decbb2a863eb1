package io.runtimeaccess.reviews.start;

import io.runtimeaccess.reviews.campaign.CampaignPlan;
import io.runtimeaccess.reviews.campaign.DefaultDecision;
import io.runtimeaccess.reviews.campaign.ReviewScope;
import io.runtimeaccess.reviews.campaign.ReviewerKind;
import io.runtimeaccess.reviews.campaign.ReviewerRule;
import io.runtimeaccess.reviews.campaign.ScopeKind;
import io.runtimeaccess.reviews.campaign.Timing;
import io.runtimeaccess.reviews.store.CampaignEntity;
import java.util.Arrays;
import java.util.List;

/** A stored campaign's rules, read back so a recurring campaign starts again under the same ones. */
public final class StoredPlan {

    private StoredPlan() {
    }

    public static CampaignPlan of(CampaignEntity campaign) {
        List<String> fallback = campaign.getFallback() == null || campaign.getFallback().isEmpty() ? List.of()
                : Arrays.asList(campaign.getFallback().split("\n"));
        return CampaignPlan.of(campaign.getName(),
                ReviewScope.of(ScopeKind.valueOf(campaign.getScopeType()).apiName(), campaign.getScopeId(),
                        campaign.getScopeDays()),
                ReviewerRule.of(ReviewerKind.valueOf(campaign.getReviewerType()).apiName(),
                        campaign.getReviewerValue(), fallback),
                Timing.of(campaign.getDuration(), campaign.getReminderBefore()),
                DefaultDecision.valueOf(campaign.getDefaultDecision()).apiName(), campaign.isAutoApply(),
                campaign.getRecurrence());
    }
}
