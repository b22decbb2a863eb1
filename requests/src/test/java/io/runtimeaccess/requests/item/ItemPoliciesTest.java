package io.runtimeaccess.requests.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.runtimeaccess.requests.policy.AccessPolicy;
import io.runtimeaccess.requests.policy.ApproverType;
import io.runtimeaccess.requests.policy.AutoApproval;
import io.runtimeaccess.requests.store.RequestableItemEntity;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemPoliciesTest {

    @Test
    void aStoredPolicyReadsBackAsItWasSaved() {
        AccessPolicy policy = AccessPolicy.of("PT90M", ApproverType.USERS, List.of("u1", "u2"), 2, true, false, null);
        RequestableItemEntity item = new RequestableItemEntity();
        ItemPolicies.apply(policy, item);
        assertEquals(policy, ItemPolicies.policy(item));
    }

    @Test
    void autoApprovalIsStoredOnlyWhenEnabled() {
        RequestableItemEntity item = new RequestableItemEntity();
        AccessPolicy auto = AccessPolicy.of(null, ApproverType.MANAGER, null, 1, false, false,
                AutoApproval.of(0.75, 40));
        ItemPolicies.apply(auto, item);
        assertEquals(new AutoApproval(0.75, 40), ItemPolicies.policy(item).autoApproval());
        ItemPolicies.apply(AccessPolicy.of(null, ApproverType.MANAGER, null, 1, false, false, null), item);
        assertEquals(null, item.getAutoMinConfidence());
        assertEquals(null, ItemPolicies.policy(item).autoApproval(), "off unless enabled");
    }

    @Test
    void aCoreRefusalIsA400NamingTheSameField() {
        WebApplicationException refused = assertThrows(WebApplicationException.class, () -> ItemPolicies.checked(
                () -> AccessPolicy.of("P31D", ApproverType.GROUP, List.of("g"), 1, false, false, null)));
        assertEquals(400, refused.getResponse().getStatus());
        @SuppressWarnings("unchecked")
        Map<String, String> body = (Map<String, String>) refused.getResponse().getEntity();
        assertEquals("maxDuration", body.get("field"));
        assertEquals("maxDuration: must be at most 30 days (P30D), got P31D", body.get("error"));
    }
}
