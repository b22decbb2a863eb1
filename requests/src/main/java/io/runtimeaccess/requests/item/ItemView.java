package io.runtimeaccess.requests.item;

import io.runtimeaccess.requests.policy.AccessPolicy;
import io.runtimeaccess.requests.policy.ItemKind;
import io.runtimeaccess.requests.store.RequestableItemEntity;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A requestable item as the APIs show it: what it gives, its policy and, in the kind's own fields, its target. */
public final class ItemView {

    private ItemView() {
    }

    public static Map<String, Object> of(RequestableItemEntity item) {
        ItemKind kind = ItemPolicies.kind(item);
        AccessPolicy policy = ItemPolicies.policy(item);
        Map<String, Object> rep = new LinkedHashMap<>();
        rep.put("id", item.getId());
        rep.put("kind", kind.apiName());
        target(rep, kind, item.getScopeId(), item.getTarget());
        rep.put("description", item.getDescription());
        rep.put("maxDuration", policy.maxDuration().toString());
        rep.put("approvers", Map.of("type", policy.approvers().type().apiName(), "values", policy.approvers().values()));
        rep.put("approvalsNeeded", policy.approvalsNeeded());
        rep.put("justificationRequired", policy.justificationRequired());
        rep.put("ticketRequired", policy.ticketRequired());
        rep.put("manualStep", item.isManualStep());
        rep.put("autoApproval", policy.autoApproval() == null ? null : Map.of("minConfidence",
                policy.autoApproval().minConfidence(), "maxRisk", policy.autoApproval().maxRisk()));
        rep.put("createdAt", Instant.ofEpochMilli(item.getCreatedAt()).toString());
        return rep;
    }

    /** A requester sees what it may ask for, not who approves. */
    public static Map<String, Object> forRequester(RequestableItemEntity item) {
        Map<String, Object> rep = of(item);
        rep.remove("approvers");
        rep.remove("autoApproval");
        rep.remove("createdAt");
        return rep;
    }

    /** The kind's target fields: solutionId and role, groupId, role, or clientId and role. */
    public static void target(Map<String, Object> rep, ItemKind kind, String scopeId, String target) {
        switch (kind) {
            case RUNTIME_ROLE -> {
                rep.put("solutionId", scopeId);
                rep.put("role", target);
            }
            case END_USER_GROUP -> rep.put("groupId", target);
            case REALM_ROLE -> rep.put("role", target);
            case CLIENT_ROLE -> {
                rep.put("clientId", scopeId);
                rep.put("role", target);
            }
        }
    }

    public static String duration(long seconds) {
        return Duration.ofSeconds(seconds).toString();
    }
}
