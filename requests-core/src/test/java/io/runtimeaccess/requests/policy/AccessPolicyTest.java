package io.runtimeaccess.requests.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    @Test
    void defaultsToEightHoursAndOneApproval() {
        AccessPolicy policy = AccessPolicy.of(null, ApproverType.REALM_ROLE, List.of("approver"), null, false, false, null);
        assertEquals(Duration.ofHours(8), policy.maxDuration());
        assertEquals(1, policy.approvalsNeeded());
    }

    @Test
    void thirtyDaysIsTheLongestAccess() {
        assertEquals(Duration.ofDays(30),
                AccessPolicy.of("P30D", ApproverType.GROUP, List.of("g"), 1, false, false, null).maxDuration());
        assertEquals("maxDuration", field(() -> AccessPolicy.of("PT720H1S", ApproverType.GROUP, List.of("g"), 1,
                false, false, null)));
    }

    @Test
    void refusesBadDurationsNamingTheField() {
        for (String bad : new String[] {"8h", "", "PT0S", "-PT1H", "P99999999999999999999D"}) {
            assertEquals("maxDuration", field(() -> AccessPolicy.of(bad, ApproverType.GROUP, List.of("g"), 1, false,
                    false, null)), bad);
        }
    }

    @Test
    void approvalsNeededIsOneOrTwo() {
        assertEquals("approvalsNeeded", field(() -> AccessPolicy.of(null, ApproverType.GROUP, List.of("g"), 0,
                false, false, null)));
        assertEquals("approvalsNeeded", field(() -> AccessPolicy.of(null, ApproverType.GROUP, List.of("g"), 3,
                false, false, null)));
        assertEquals(2, AccessPolicy.of(null, ApproverType.GROUP, List.of("g"), 2, false, false, null).approvalsNeeded());
    }

    @Test
    void twoApprovalsNeedTwoNamedUsers() {
        assertEquals("approvalsNeeded", field(() -> AccessPolicy.of(null, ApproverType.USERS, List.of("u1", "u1"), 2,
                false, false, null)));
        assertEquals(List.of("u1", "u2"),
                AccessPolicy.of(null, ApproverType.USERS, List.of("u1", "u2"), 2, false, false, null).approvers().values());
    }

    @Test
    void approverRuleShapes() {
        assertEquals("approvers.values", field(() -> ApproverRule.of(ApproverType.GROUP, List.of("a", "b"), 1)));
        assertEquals("approvers.values", field(() -> ApproverRule.of(ApproverType.USERS, List.of(), 1)));
        assertEquals("approvers.values", field(() -> ApproverRule.of(ApproverType.REALM_ROLE, List.of(" "), 1)));
        assertEquals(List.of("manager"), ApproverRule.of(ApproverType.MANAGER, null, 1).values());
        assertEquals("approvers.type", field(() -> AccessPolicy.of(null, null, List.of("g"), 1, false, false, null)));
    }

    @Test
    void approverRuleMatchesEachKind() {
        ApproverRule.Candidate kim = new ApproverRule.Candidate("id-kim", "kim", Set.of("g1"), Set.of("approver"),
                Set.of("kim"));
        ApproverRule.Candidate lou = new ApproverRule.Candidate("id-lou", "lou", Set.of(), Set.of(), Set.of("kim"));
        assertTrue(ApproverRule.of(ApproverType.USERS, List.of("id-kim"), 1).allows(kim));
        assertFalse(ApproverRule.of(ApproverType.USERS, List.of("id-kim"), 1).allows(lou));
        assertTrue(ApproverRule.of(ApproverType.GROUP, List.of("g1"), 1).allows(kim));
        assertFalse(ApproverRule.of(ApproverType.GROUP, List.of("g1"), 1).allows(lou));
        assertTrue(ApproverRule.of(ApproverType.REALM_ROLE, List.of("approver"), 1).allows(kim));
        assertFalse(ApproverRule.of(ApproverType.REALM_ROLE, List.of("approver"), 1).allows(lou));
        assertTrue(ApproverRule.of(ApproverType.MANAGER, null, 1).allows(kim), "manager by username");
        assertFalse(ApproverRule.of(ApproverType.MANAGER, null, 1).allows(lou));
        assertTrue(ApproverRule.of(ApproverType.MANAGER, null, 1).allows(
                new ApproverRule.Candidate("id-kim", "kim", Set.of(), Set.of(), Set.of("id-kim"))), "manager by id");
        assertTrue(ApproverRule.of(ApproverType.MANAGER, null, 1).allows(
                new ApproverRule.Candidate("id-kim", "kim", Set.of(), Set.of(), Set.of("Kim"))),
                "Keycloak keeps usernames in lower case: the attribute's case does not count");
    }

    @Test
    void itemKindsParseAndNameTheirAccessKeys() {
        assertEquals(ItemKind.CLIENT_ROLE, ItemKind.parse("kind", "client-role"));
        assertEquals("kind", field(() -> ItemKind.parse("kind", "CLIENT_ROLE")));
        assertEquals("grant:s1:editor", ItemKind.RUNTIME_ROLE.accessKey("s1", "editor"));
        assertEquals("eug:g1", ItemKind.END_USER_GROUP.accessKey(null, "g1"));
        assertEquals("realm-role:r", ItemKind.REALM_ROLE.accessKey(null, "r"));
        assertEquals("client-role:c:r", ItemKind.CLIENT_ROLE.accessKey("c", "r"));
    }

    static String field(Runnable call) {
        return assertThrows(InvalidInput.class, call::run).field();
    }
}
