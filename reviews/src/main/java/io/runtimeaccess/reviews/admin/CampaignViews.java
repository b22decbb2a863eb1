package io.runtimeaccess.reviews.admin;

import io.runtimeaccess.reviews.campaign.DefaultDecision;
import io.runtimeaccess.reviews.campaign.ReviewerKind;
import io.runtimeaccess.reviews.campaign.ScopeKind;
import io.runtimeaccess.reviews.decide.CampaignDecisions;
import io.runtimeaccess.reviews.scope.RealmUsers;
import io.runtimeaccess.reviews.store.CampaignEntity;
import io.runtimeaccess.reviews.store.ReviewItemEntity;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Campaigns and items as the API shows them: API names in lower case with dashes, times in ISO-8601 UTC. */
public final class CampaignViews {

    private CampaignViews() {
    }

    static Map<String, Object> campaign(CampaignEntity c) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", c.getId());
        view.put("name", c.getName());
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("type", ScopeKind.valueOf(c.getScopeType()).apiName());
        scope.put("id", c.getScopeId());
        scope.put("days", c.getScopeDays());
        view.put("scope", scope);
        Map<String, Object> reviewers = new LinkedHashMap<>();
        ReviewerKind kind = ReviewerKind.valueOf(c.getReviewerType());
        reviewers.put("type", kind.apiName());
        if (kind != ReviewerKind.OWNER) {
            reviewers.put(kind == ReviewerKind.GROUP ? "group" : "attribute", c.getReviewerValue());
        }
        reviewers.put("fallback", c.getFallback() == null || c.getFallback().isEmpty() ? List.of()
                : Arrays.asList(c.getFallback().split("\n")));
        view.put("reviewers", reviewers);
        view.put("duration", c.getDuration());
        view.put("reminderBefore", c.getReminderBefore());
        view.put("defaultDecision", DefaultDecision.valueOf(c.getDefaultDecision()).apiName());
        view.put("autoApply", c.isAutoApply());
        view.put("recurrence", c.getRecurrence());
        view.put("state", c.getState().toLowerCase(Locale.ROOT));
        view.put("items", c.getItemCount());
        view.put("createdBy", c.getCreatedBy());
        view.put("startedAt", time(c.getStartedAt()));
        view.put("deadline", time(c.getDeadline()));
        view.put("remindAt", time(c.getRemindAt()));
        view.put("remindedAt", time(c.getRemindedAt()));
        view.put("closedAt", time(c.getClosedAt()));
        view.put("closedBy", c.getClosedBy());
        view.put("nextStartAt", time(c.getNextStartAt()));
        view.put("previousId", c.getPreviousId());
        return view;
    }

    public static Map<String, Object> item(ReviewItemEntity i, RealmUsers users) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", i.getId());
        view.put("userId", i.getUserId());
        view.put("username", i.getUsername());
        view.put("type", i.getAccessType().toLowerCase(Locale.ROOT).replace('_', '-'));
        view.put("access", i.getAccessKey());
        view.put("label", i.getLabel());
        view.put("source", i.getSource());
        view.put("lastUsed", time(i.getLastUsed()));
        Map<String, Object> suggestion = null;
        if (i.getSuggestion() != null) {
            suggestion = new LinkedHashMap<>();
            suggestion.put("action", i.getSuggestion().toLowerCase(Locale.ROOT));
            suggestion.put("justification", i.getSuggestionWhy());
        }
        view.put("suggestion", suggestion);
        view.put("reviewers", List.of(CampaignDecisions.reviewerNames(i, users).split(" ")).stream()
                .filter(name -> !name.isEmpty()).toList());
        view.put("decision", i.getDecision() == null ? null : i.getDecision().toLowerCase(Locale.ROOT));
        view.put("decidedBy", i.getDecidedBy());
        view.put("decidedAt", time(i.getDecidedAt()));
        view.put("justification", i.getJustification());
        view.put("applied", i.getApplied());
        view.put("appliedAt", time(i.getAppliedAt()));
        return view;
    }

    public static String time(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis).toString();
    }
}
