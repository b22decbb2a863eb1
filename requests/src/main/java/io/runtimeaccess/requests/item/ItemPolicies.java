package io.runtimeaccess.requests.item;

import io.runtimeaccess.requests.policy.AccessPolicy;
import io.runtimeaccess.requests.policy.ApproverRule;
import io.runtimeaccess.requests.policy.ApproverType;
import io.runtimeaccess.requests.policy.AutoApproval;
import io.runtimeaccess.requests.policy.InvalidInput;
import io.runtimeaccess.requests.policy.ItemKind;
import io.runtimeaccess.requests.store.RequestableItemEntity;
import io.runtimeaccess.sharing.api.BadRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/** Between the stored item and the pure policy: reading one from the other, and core refusals as 400s. */
public final class ItemPolicies {

    private ItemPolicies() {
    }

    public static AccessPolicy policy(RequestableItemEntity item) {
        ApproverType type = ApproverType.valueOf(item.getApproverType());
        List<String> values = Arrays.asList(item.getApproverValues().split("\n"));
        AutoApproval auto = item.getAutoMinConfidence() == null || item.getAutoMaxRisk() == null ? null
                : new AutoApproval(item.getAutoMinConfidence(), item.getAutoMaxRisk());
        return new AccessPolicy(Duration.ofSeconds(item.getMaxDurationSeconds()), new ApproverRule(type, values),
                item.getApprovalsNeeded(), item.isJustificationRequired(), item.isTicketRequired(), auto);
    }

    public static ItemKind kind(RequestableItemEntity item) {
        return ItemKind.valueOf(item.getKind());
    }

    static void apply(AccessPolicy policy, RequestableItemEntity item) {
        item.setMaxDurationSeconds(policy.maxDuration().getSeconds());
        item.setApproverType(policy.approvers().type().name());
        item.setApproverValues(String.join("\n", policy.approvers().values()));
        item.setApprovalsNeeded(policy.approvalsNeeded());
        item.setJustificationRequired(policy.justificationRequired());
        item.setTicketRequired(policy.ticketRequired());
        item.setAutoMinConfidence(policy.autoApproval() == null ? null : policy.autoApproval().minConfidence());
        item.setAutoMaxRisk(policy.autoApproval() == null ? null : policy.autoApproval().maxRisk());
    }

    /** Runs a core rule check; its {@link InvalidInput} becomes a 400 naming the same field. */
    public static <T> T checked(Supplier<T> rule) {
        try {
            return rule.get();
        } catch (InvalidInput e) {
            throw BadRequest.invalid(e.field(), e.getMessage().substring(e.field().length() + 2));
        }
    }
}
