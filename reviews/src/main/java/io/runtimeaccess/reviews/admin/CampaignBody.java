package io.runtimeaccess.reviews.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.reviews.campaign.CampaignPlan;
import io.runtimeaccess.reviews.input.InvalidInput;
import io.runtimeaccess.reviews.campaign.ReviewScope;
import io.runtimeaccess.reviews.campaign.ReviewerRule;
import io.runtimeaccess.reviews.campaign.Timing;
import io.runtimeaccess.reviews.decision.ItemDecision;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.JsonBodies;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON bodies of the campaign API, bound strictly (a value of the wrong type is a 400 naming its field) and
 * validated by the core's rules, whose {@link InvalidInput} becomes a 400 naming the field.
 */
public final class CampaignBody {

    public static final class Campaign {
        public String name;
        public Scope scope;
        public Reviewers reviewers;
        public String duration;
        public String reminderBefore;
        public String defaultDecision;
        public Boolean autoApply;
        public String recurrence;
    }

    public static final class Scope {
        public String type;
        public String id;
        public Integer days;
    }

    public static final class Reviewers {
        public String type;
        public String group;
        public String attribute;
        public List<String> fallback;
    }

    public static final class Decisions {
        public List<Decision> decisions;
    }

    public static final class Decision {
        public String itemId;
        public String decision;
        public String justification;
        public String delegateTo;
    }

    private CampaignBody() {
    }

    static CampaignPlan plan(JsonNode body) {
        Campaign campaign = JsonBodies.read(body, Campaign.class);
        return valid(() -> {
            if (campaign.scope == null) {
                throw new InvalidInput("scope", "is required");
            }
            if (campaign.reviewers == null) {
                throw new InvalidInput("reviewers", "is required");
            }
            ReviewScope scope = ReviewScope.of(campaign.scope.type, campaign.scope.id, campaign.scope.days);
            Reviewers reviewers = campaign.reviewers;
            ReviewerRule rule = ReviewerRule.of(reviewers.type,
                    "group".equals(reviewers.type) ? reviewers.group : reviewers.attribute, reviewers.fallback);
            return CampaignPlan.of(campaign.name, scope, rule, Timing.of(campaign.duration, campaign.reminderBefore),
                    campaign.defaultDecision, campaign.autoApply, campaign.recurrence);
        });
    }

    public static List<ItemDecision> decisions(JsonNode body) {
        Decisions decisions = JsonBodies.read(body, Decisions.class);
        return valid(() -> {
            if (decisions.decisions == null) {
                throw new InvalidInput("decisions", "is required");
            }
            List<ItemDecision> parsed = new ArrayList<>(decisions.decisions.size());
            for (int i = 0; i < decisions.decisions.size(); i++) {
                Decision d = decisions.decisions.get(i);
                if (d == null) {
                    throw new InvalidInput("decisions[" + i + "]", "must be an object");
                }
                parsed.add(ItemDecision.of("decisions[" + i + "]", d.itemId, d.decision, d.justification,
                        d.delegateTo));
            }
            ItemDecision.checkBulk(parsed);
            return parsed;
        });
    }

    /** Runs a validation, turning the core's refusal into a 400 naming the field. */
    public static <T> T valid(java.util.function.Supplier<T> validation) {
        try {
            return validation.get();
        } catch (InvalidInput e) {
            throw BadRequest.invalid(e.field(), e.getMessage().substring(e.field().length() + 2));
        }
    }
}
