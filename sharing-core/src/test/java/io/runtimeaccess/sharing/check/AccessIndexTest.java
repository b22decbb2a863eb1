package io.runtimeaccess.sharing.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.sharing.grant.EndUserGroup;
import io.runtimeaccess.sharing.grant.Grant;
import io.runtimeaccess.sharing.grant.GrantSource;
import io.runtimeaccess.sharing.grant.PrincipalType;
import io.runtimeaccess.sharing.policy.Action;
import io.runtimeaccess.sharing.policy.Build;
import io.runtimeaccess.sharing.policy.Resource;
import io.runtimeaccess.sharing.policy.ResourceKind;
import io.runtimeaccess.sharing.policy.Solution;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessIndexTest {

    private static final long NOW = Instant.parse("2026-11-22T12:00:00Z").toEpochMilli();

    /** Build 2 is active: roles user, approver, auditor; build 1 only knew "legacy". */
    private static final Resource APPROVAL = new Resource("approval", ResourceKind.SWIMLANE, Map.of(
            Action.VIEW, Set.of("user", "approver"), Action.EXECUTE, Set.of("approver")));
    private static final Resource REPORTS = new Resource("reports", ResourceKind.UI_FLOW, Map.of(
            Action.INTERACT, Set.of("auditor")));
    private static final Resource ARCHIVE = new Resource("archive", ResourceKind.SWIMLANE, Map.of());
    private static final Solution LOANS = new Solution("loans", "Loans", List.of(
            new Build("b1", "1.0", Set.of("legacy"), List.of()),
            new Build("b2", "2.0", Set.of("user", "approver", "auditor"), List.of(APPROVAL, REPORTS, ARCHIVE))),
            "b2");

    private static Grant toUser(String user, String role, Instant expires) {
        return new Grant("loans", PrincipalType.USER, user, role, expires, GrantSource.ADMIN);
    }

    private static Grant toGroup(String group, String role) {
        return new Grant("loans", PrincipalType.GROUP, group, role, null, GrantSource.ADMIN);
    }

    private static AccessIndex index(List<EndUserGroup> groups, Grant... grants) {
        return AccessIndex.build(List.of(LOANS), groups, List.of(grants));
    }

    private static Decision check(AccessIndex index, Subject subject, String resource, Action action) {
        return index.check(subject, "loans", resource, action, null, NOW);
    }

    @Test
    void directGrantAllowsOnlyThePermissionsItsRoleHolds() {
        AccessIndex index = index(List.of(), toUser("u1", "user", null));
        assertEquals(Decision.ALLOW_ROLE, check(index, Subject.user("u1"), "approval", Action.VIEW));
        assertEquals(Decision.DENY_NO_ROLE, check(index, Subject.user("u1"), "approval", Action.EXECUTE));
        assertEquals(Decision.DENY_NO_ROLE, check(index, Subject.user("someone-else"), "approval", Action.VIEW));
    }

    @Test
    void groupGrantCountsForMembersUnlessTheGroupIsArchived() {
        EndUserGroup approvers = new EndUserGroup("g1", "Approvers", false, Set.of("u2"));
        assertEquals(Decision.ALLOW_ROLE,
                check(index(List.of(approvers), toGroup("g1", "approver")), Subject.user("u2"), "approval", Action.EXECUTE));
        EndUserGroup archived = new EndUserGroup("g1", "Approvers", true, Set.of("u2"));
        assertEquals(Decision.DENY_NO_ROLE,
                check(index(List.of(archived), toGroup("g1", "approver")), Subject.user("u2"), "approval", Action.EXECUTE));
    }

    @Test
    void groupNamesVersionChangesWithTheNamesByIdOnly() {
        EndUserGroup approvers = new EndUserGroup("g1", "Approvers", false, Set.of("u2"));
        EndUserGroup auditors = new EndUserGroup("g2", "Auditors", true, Set.of());
        AccessIndex both = index(List.of(approvers, auditors));
        assertEquals(both.groupNamesVersion(), index(List.of(auditors, approvers)).continuing(both).groupNamesVersion(),
                "order does not matter");
        assertEquals(both.groupNamesVersion(), index(List.of(approvers, new EndUserGroup("g2", "Auditors", false,
                Set.of("u1"))), toGroup("g1", "user")).continuing(both).groupNamesVersion(),
                "archiving, members or grants do not matter");
        assertNotEquals(both.groupNamesVersion(), index(List.of(approvers)).continuing(both).groupNamesVersion(),
                "a removed group matters");
        assertNotEquals(both.groupNamesVersion(), index(List.of(approvers, new EndUserGroup("g2", "Audit", true,
                Set.of()))).continuing(both).groupNamesVersion(), "a rename matters");
        AccessIndex swapped = index(List.of(new EndUserGroup("g1", "Auditors", false, Set.of("u2")),
                new EndUserGroup("g2", "Approvers", true, Set.of())));
        assertNotEquals(both.groupNamesVersion(), swapped.continuing(both).groupNamesVersion(),
                "two groups swapping their names matter, though the set of names is the same");
        assertNotEquals(both.groupNamesVersion(), index(List.of(approvers, auditors)).groupNamesVersion(),
                "an index without a predecessor never reuses a version");
        assertTrue(both.hasGroupNames(Map.of("g1", "Approvers", "g2", "Auditors")));
        assertFalse(both.hasGroupNames(Map.of("g1", "Auditors", "g2", "Approvers")));
    }

    @Test
    void onlyRolesOfTheActivePolicyCount() {
        AccessIndex index = index(List.of(), toUser("u1", "legacy", null));
        assertEquals(Decision.DENY_NO_ROLE, check(index, Subject.user("u1"), null, Action.USE));
        assertEquals(List.of(), index.effectiveRoles("u1", "loans", NOW));
    }

    @Test
    void expiredGrantStopsCountingAtItsExpiryInstant() {
        Instant expiry = Instant.ofEpochMilli(NOW + 1);
        AccessIndex index = index(List.of(), toUser("u1", "approver", expiry));
        assertTrue(index.check(Subject.user("u1"), "loans", "approval", Action.EXECUTE, null, NOW).allowed());
        assertFalse(index.check(Subject.user("u1"), "loans", "approval", Action.EXECUTE, null, NOW + 1).allowed());
    }

    @Test
    void permissionWithoutRolesIsDenied() {
        AccessIndex index = index(List.of(), toUser("u1", "approver", null));
        assertEquals(Decision.DENY_PERMISSION_HAS_NO_ROLES, check(index, Subject.user("u1"), "archive", Action.VIEW));
    }

    @Test
    void designerRunsTheSolutionAndItsSwimlanesWithoutARole() {
        Subject designer = new Subject("d1", true, null);
        AccessIndex index = index(List.of());
        assertEquals(Decision.ALLOW_DESIGNER, check(index, designer, "approval", Action.EXECUTE));
        assertEquals(Decision.ALLOW_DESIGNER, check(index, designer, "archive", Action.SELF_ASSIGN));
        assertEquals(Decision.DENY_NO_ROLE, check(index, designer, "reports", Action.INTERACT));
        assertEquals(Decision.ALLOW_DESIGNER, check(index, designer, null, Action.USE), "opens the project to run it");
        assertEquals(Decision.DENY_NO_ROLE, check(index, Subject.user("u9"), null, Action.USE), "others need a role");
    }

    @Test
    void businessFiltersStillApplyToDesigners() {
        AccessIndex index = index(List.of());
        Subject latamDesigner = new Subject("d1", true, new String[] {"LATAM"});
        assertEquals(Decision.DENY_BUSINESS_FILTER,
                index.check(latamDesigner, "loans", "approval", Action.EXECUTE, new String[] {"EMEA"}, NOW));
        assertEquals(Decision.ALLOW_DESIGNER,
                index.check(latamDesigner, "loans", "approval", Action.EXECUTE, new String[] {"EMEA", "LATAM"}, NOW));
        assertEquals(Decision.ALLOW_DESIGNER,
                index.check(latamDesigner, "loans", "approval", Action.VIEW, null, NOW), "a record without filters");
        assertEquals(Decision.DENY_BUSINESS_FILTER, index.check(new Subject("d2", true, null), "loans", "approval",
                Action.VIEW, new String[] {"EMEA"}, NOW), "a designer without filters");
    }

    @Test
    void businessFiltersMustIntersectWhenTheRecordCarriesThem() {
        AccessIndex index = index(List.of(), toUser("u1", "user", null));
        Subject emea = new Subject("u1", false, new String[] {"EMEA", "APAC"});
        assertEquals(Decision.ALLOW_ROLE,
                index.check(emea, "loans", "approval", Action.VIEW, new String[] {"APAC"}, NOW));
        assertEquals(Decision.DENY_BUSINESS_FILTER,
                index.check(emea, "loans", "approval", Action.VIEW, new String[] {"LATAM"}, NOW));
        assertEquals(Decision.ALLOW_ROLE, index.check(emea, "loans", "approval", Action.VIEW, new String[0], NOW));
    }

    @Test
    void useMeansAnyRoleOnTheSolution() {
        AccessIndex index = index(List.of(), toUser("u1", "auditor", null));
        assertEquals(Decision.ALLOW_ROLE, check(index, Subject.user("u1"), null, Action.USE));
        assertEquals(Decision.ALLOW_ROLE, check(index, Subject.user("u1"), "reports", Action.INTERACT));
    }

    @Test
    void useOnANamedResourceIsCheckedOnTheResourceNotWavedThrough() {
        AccessIndex index = index(List.of(), toUser("u1", "auditor", null));
        assertEquals(Decision.DENY_UNKNOWN_RESOURCE, check(index, Subject.user("u1"), "nonexistent", Action.USE));
        assertEquals(Decision.DENY_ACTION_NOT_ON_RESOURCE, check(index, Subject.user("u1"), "reports", Action.USE),
                "a UI flow is interacted with; use is the solution's own action");
    }

    @Test
    void malformedQuestionsAreDeniedWithTheirReason() {
        AccessIndex index = index(List.of(), toUser("u1", "approver", null));
        assertEquals(Decision.DENY_UNKNOWN_SOLUTION,
                index.check(Subject.user("u1"), "nope", "approval", Action.VIEW, null, NOW));
        assertEquals(Decision.DENY_UNKNOWN_RESOURCE, check(index, Subject.user("u1"), "nope", Action.VIEW));
        assertEquals(Decision.DENY_ACTION_NOT_ON_RESOURCE, check(index, Subject.user("u1"), "approval", Action.INTERACT));
        assertEquals(Decision.DENY_RESOURCE_REQUIRED, check(index, Subject.user("u1"), null, Action.VIEW));
    }

    @Test
    void effectiveRolesAndExplanationNameDirectAndGroupSources() {
        EndUserGroup auditors = new EndUserGroup("g9", "Auditors", false, Set.of("u1"));
        Instant expiry = Instant.ofEpochMilli(NOW + 60_000);
        AccessIndex index = index(List.of(auditors), toUser("u1", "user", expiry), toGroup("g9", "auditor"));
        assertEquals(List.of("auditor", "user"), index.effectiveRoles("u1", "loans", NOW));
        List<AccessPath> paths = index.explain("u1", NOW);
        assertTrue(paths.contains(new AccessPath("loans", "user", null, expiry.toEpochMilli())), paths.toString());
        assertTrue(paths.contains(new AccessPath("loans", "auditor", "Auditors", null)), paths.toString());
    }

    @Test
    void solutionWithoutActivePolicyGrantsNothing() {
        Solution draft = new Solution("draft", "Draft", List.of(new Build("b", "1", Set.of("user"), List.of())), null);
        AccessIndex index = AccessIndex.build(List.of(draft), List.of(),
                List.of(new Grant("draft", PrincipalType.USER, "u1", "user", null, GrantSource.ADMIN)));
        assertEquals(Decision.DENY_UNKNOWN_SOLUTION, index.check(Subject.user("u1"), "draft", null, Action.USE, null, NOW));
    }

    @Test
    void invalidBuildsAreRejectedNamingTheField() {
        IllegalArgumentException unknownRole = assertThrows(IllegalArgumentException.class, () ->
                new Build("b", "1", Set.of("user"), List.of(APPROVAL)));
        assertTrue(unknownRole.getMessage().startsWith("resources:"), unknownRole.getMessage());
        IllegalArgumentException wrongKind = assertThrows(IllegalArgumentException.class, () ->
                new Resource("r", ResourceKind.UI_FLOW, Map.of(Action.EXECUTE, Set.of("user"))));
        assertTrue(wrongKind.getMessage().contains("does not exist on a ui flow"), wrongKind.getMessage());
        Set<String> tooMany = new java.util.HashSet<>();
        for (int i = 0; i <= Build.MAX_ROLES; i++) {
            tooMany.add("r" + i);
        }
        assertThrows(IllegalArgumentException.class, () -> new Build("b", "1", tooMany, List.of()));
    }

    @Test
    void aCheckAllocatesNothing() {
        EndUserGroup approvers = new EndUserGroup("g1", "Approvers", false, Set.of("u1"));
        AccessIndex index = index(List.of(approvers), toUser("u1", "user", Instant.ofEpochMilli(NOW + 10)),
                toGroup("g1", "approver"));
        Subject subject = new Subject("u1", false, new String[] {"EMEA"});
        String[] filters = {"EMEA"};
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        // with allocation counting off both readings are -1, and the check below would pass on anything
        org.junit.jupiter.api.Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported()
                && threads.isThreadAllocatedMemoryEnabled(), "the JVM counts each thread's allocations");
        long thread = Thread.currentThread().getId();
        int allowed = 0;
        for (int i = 0; i < 20_000; i++) {
            allowed += index.check(subject, "loans", "approval", Action.EXECUTE, filters, NOW).allowed() ? 1 : 0;
        }
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 100_000; i++) {
            allowed += index.check(subject, "loans", "approval", Action.EXECUTE, filters, NOW).allowed() ? 1 : 0;
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertEquals(120_000, allowed);
        assertTrue(allocated < 1_024, "100,000 checks allocated " + allocated + " bytes");
    }
}
