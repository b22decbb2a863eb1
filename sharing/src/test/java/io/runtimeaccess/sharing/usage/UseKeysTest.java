package io.runtimeaccess.sharing.usage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.runtimeaccess.sharing.check.AccessIndex;
import io.runtimeaccess.sharing.check.Subject;
import io.runtimeaccess.sharing.grant.Grant;
import io.runtimeaccess.sharing.grant.GrantSource;
import io.runtimeaccess.sharing.grant.PrincipalType;
import io.runtimeaccess.sharing.policy.Action;
import io.runtimeaccess.sharing.policy.Build;
import io.runtimeaccess.sharing.policy.Solution;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UseKeysTest {

    @Test
    void aKeyComesApartEvenWhenTheUserIdHoldsColons() {
        String key = UseKeys.key("USER", "f:ldap-1:jdoe", "5f0c7c4e-0d5a-4b8e-9d55-0a6e5f2b9f10", "approver");
        assertEquals("USER:f:ldap-1:jdoe:5f0c7c4e-0d5a-4b8e-9d55-0a6e5f2b9f10:approver", key);
        assertArrayEquals(new String[] {"USER", "f:ldap-1:jdoe", "5f0c7c4e-0d5a-4b8e-9d55-0a6e5f2b9f10", "approver"},
                UseKeys.parts(key));
    }

    @Test
    void pendingUsesKeepTheLatestTimeAndAreTakenOnce() {
        Solution loans = new Solution("loans", "Loans", List.of(new Build("b1", "1", Set.of("user"), List.of())), "b1");
        AccessIndex index = AccessIndex.build(List.of(loans), List.of(),
                List.of(new Grant("loans", PrincipalType.USER, "u1", "user", null, GrantSource.ADMIN)));
        index.check(Subject.user("u1"), "loans", null, Action.USE, null, 1_000L);
        UnflushedUse.absorb("realm-a", index, 5_000L);
        UnflushedUse.putBack("realm-a", Map.of("USER:u1:loans:user", 4_000L, "GROUP:g1:loans:user", 3_000L));
        assertEquals(Map.of("USER:u1:loans:user", 5_000L, "GROUP:g1:loans:user", 3_000L),
                UnflushedUse.peek("realm-a"));
        UnflushedUse.absorb("realm-a", index, 9_000L);
        assertEquals(5_000L, UnflushedUse.peek("realm-a").get("USER:u1:loans:user"),
                "the index's marks were taken by the first absorb");
        assertEquals(2, UnflushedUse.take("realm-a").size());
        assertEquals(Map.of(), UnflushedUse.take("realm-a"));
    }
}
