package io.runtimeaccess.reviews.holding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.runtimeaccess.reviews.holding.PrivilegedPath.Via;
import io.runtimeaccess.reviews.holding.PrivilegedPaths.Assignment;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrivilegedPathsTest {

    /**
     * admin and manage-users are privileged; realm-admin too, and contains manage-users. finance-ops (not privileged)
     * contains ops-base, which contains admin. /Finance maps finance-ops; /Finance/Approvers (its child) maps nothing
     * of its own; /Audit maps realm-admin.
     */
    private static RoleGraph graph() {
        return new RoleGraph(Set.of("admin", "manage-users", "realm-admin"))
                .composite("realm-admin", "manage-users")
                .composite("finance-ops", "ops-base")
                .composite("ops-base", "admin")
                .composite("ops-base", "offline")
                .groupRole("finance", "finance-ops")
                .groupParent("approvers", "finance")
                .groupRole("audit", "realm-admin")
                .groupRole("canteen", "offline");
    }

    @Test
    void aDirectMappingOfAPrivilegedRoleIsOneDirectPath() {
        assertEquals(List.of(new PrivilegedPath("amy", "admin", Via.DIRECT, "admin")),
                PrivilegedPaths.expand(graph(), List.of(new Assignment("amy", "admin")), List.of()));
    }

    @Test
    void aCompositeGivesItsPrivilegedRolesTransitivelyNamingTheMappedComposite() {
        assertEquals(List.of(new PrivilegedPath("bob", "admin", Via.COMPOSITE, "finance-ops")),
                PrivilegedPaths.expand(graph(), List.of(new Assignment("bob", "finance-ops")), List.of()));
    }

    @Test
    void aGroupGivesWhatItsAncestorsMapNamingTheGroupTheUserIsAMemberOf() {
        assertEquals(List.of(new PrivilegedPath("cat", "admin", Via.GROUP, "approvers")),
                PrivilegedPaths.expand(graph(), List.of(), List.of(new Assignment("cat", "approvers"))));
    }

    @Test
    void aPrivilegedCompositeStandsForThePrivilegedRolesItContains() {
        assertEquals(List.of(new PrivilegedPath("dan", "realm-admin", Via.DIRECT, "realm-admin"),
                new PrivilegedPath("dan", "realm-admin", Via.GROUP, "audit")),
                PrivilegedPaths.expand(graph(), List.of(new Assignment("dan", "realm-admin")),
                        List.of(new Assignment("dan", "audit"))));
    }

    @Test
    void aRoleHeldThroughSeveralAssignmentsIsOnePathPerAssignment() {
        List<PrivilegedPath> paths = PrivilegedPaths.expand(graph(),
                List.of(new Assignment("eve", "admin"), new Assignment("eve", "finance-ops")),
                List.of(new Assignment("eve", "finance"), new Assignment("eve", "approvers")));
        assertEquals(List.of(new PrivilegedPath("eve", "admin", Via.DIRECT, "admin"),
                new PrivilegedPath("eve", "admin", Via.COMPOSITE, "finance-ops"),
                new PrivilegedPath("eve", "admin", Via.GROUP, "finance"),
                new PrivilegedPath("eve", "admin", Via.GROUP, "approvers")), paths);
    }

    @Test
    void unprivilegedMappingsAndMembershipsGiveNothing() {
        assertEquals(List.of(), PrivilegedPaths.expand(graph(), List.of(new Assignment("fay", "offline")),
                List.of(new Assignment("fay", "canteen"), new Assignment("fay", "unknown-group"))));
    }

    @Test
    void aCycleOfCompositesOrParentsEnds() {
        RoleGraph cyclic = new RoleGraph(Set.of("admin")).composite("a", "b").composite("b", "a")
                .composite("b", "admin").groupParent("g1", "g2").groupParent("g2", "g1").groupRole("g2", "a");
        assertEquals(Set.of("admin"), cyclic.privilegedFromRole("a"));
        assertEquals(Set.of("admin"), cyclic.privilegedFromGroup("g1"));
        assertEquals(Set.of(), cyclic.privilegedFromRole("nothing"));
    }
}
