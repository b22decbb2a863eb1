package io.runtimeaccess.sharing.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The "used since" marks an allowed check leaves on the grants it relied on. */
class UseMarksTest {

    private static final long NOW = Instant.parse("2026-12-04T12:00:00Z").toEpochMilli();
    private static final Resource APPROVAL = new Resource("approval", ResourceKind.SWIMLANE, Map.of(
            Action.VIEW, Set.of("user", "approver"), Action.EXECUTE, Set.of("approver")));
    private static final Solution LOANS = new Solution("loans", "Loans", List.of(
            new Build("b1", "1.0", Set.of("user", "approver", "auditor"), List.of(APPROVAL))), "b1");
    private static final EndUserGroup APPROVERS = new EndUserGroup("g1", "Approvers", false, Set.of("u1", "u2"));

    private static Grant grant(PrincipalType type, String principal, String role, Instant expires) {
        return new Grant("loans", type, principal, role, expires, GrantSource.ADMIN);
    }

    private static AccessIndex index() {
        return AccessIndex.build(List.of(LOANS), List.of(APPROVERS), List.of(
                grant(PrincipalType.USER, "u1", "user", null),
                grant(PrincipalType.USER, "u1", "auditor", Instant.ofEpochMilli(NOW - 1)),
                grant(PrincipalType.GROUP, "g1", "approver", null)));
    }

    private static Set<String> used(AccessIndex index, boolean drain) {
        Set<String> keys = new TreeSet<>();
        index.forEachUsed((type, principal, solution, role) -> keys.add(type + ":" + principal + ":" + solution
                + ":" + role), drain);
        return keys;
    }

    @Test
    void anAllowedCheckMarksTheGrantsItReliedOnAndADeniedOneNothing() {
        AccessIndex index = index();
        assertEquals(Decision.DENY_NO_ROLE, index.check(Subject.user("u3"), "loans", "approval", Action.VIEW, null, NOW));
        assertEquals(Set.of(), used(index, false));

        assertEquals(Decision.ALLOW_ROLE, index.check(Subject.user("u1"), "loans", "approval", Action.EXECUTE, null,
                NOW));
        assertEquals(Set.of("GROUP:g1:loans:approver"), used(index, false), "only the grant giving EXECUTE");
        assertEquals(Decision.ALLOW_ROLE, index.check(Subject.user("u1"), "loans", "approval", Action.VIEW, null, NOW));
        assertEquals(Set.of("GROUP:g1:loans:approver", "USER:u1:loans:user"), used(index, true));
        assertEquals(Set.of(), used(index, false), "a drain takes the marks");
    }

    @Test
    void theDesignerBypassAndExpiredGrantsLeaveNoMark() {
        AccessIndex index = index();
        Subject designer = new Subject("u9", true, null);
        assertEquals(Decision.ALLOW_DESIGNER, index.check(designer, "loans", "approval", Action.EXECUTE, null, NOW));
        index.markAllUsed("u1", NOW);
        assertEquals(Set.of("GROUP:g1:loans:approver", "USER:u1:loans:user"), used(index, true),
                "a token marks every grant the user holds, not the expired auditor grant");
    }

    @Test
    void anIndexWithoutMarksMarksNothingAndSharesTheMarksOfItsOriginal() {
        AccessIndex index = index();
        AccessIndex quiet = index.withoutUseMarks();
        assertEquals(Decision.ALLOW_ROLE, quiet.check(Subject.user("u2"), "loans", null, Action.USE, null, NOW));
        assertEquals(Set.of(), used(index, false));
        index.check(Subject.user("u2"), "loans", null, Action.USE, null, NOW);
        assertEquals(Set.of("GROUP:g1:loans:approver"), used(quiet, false));
    }

    @Test
    void eachGroupIsMarkedWhetherOrNotTheOtherAlreadyIs() {
        // u5 is in both groups, g2 gives "approver" and g3 "user"; u6 is in g3 only, so its second group is missing
        AccessIndex index = AccessIndex.build(List.of(LOANS), List.of(
                new EndUserGroup("g2", "Approvers too", false, Set.of("u5")),
                new EndUserGroup("g3", "Users", false, Set.of("u5", "u6"))), List.of(
                new Grant("loans", PrincipalType.GROUP, "g2", "approver", null, GrantSource.ADMIN),
                new Grant("loans", PrincipalType.GROUP, "g3", "user", null, GrantSource.ADMIN)));
        assertEquals(Decision.ALLOW_ROLE, index.check(Subject.user("u5"), "loans", "approval", Action.EXECUTE, null,
                NOW));
        assertEquals(Set.of("GROUP:g2:loans:approver"), used(index, false));
        assertEquals(Decision.ALLOW_ROLE, index.check(Subject.user("u5"), "loans", "approval", Action.VIEW, null, NOW));
        assertEquals(Set.of("GROUP:g2:loans:approver", "GROUP:g3:loans:user"), used(index, true),
                "g3's grant is marked although g2's already was");
        assertEquals(Decision.ALLOW_ROLE, index.check(Subject.user("u6"), "loans", "approval", Action.VIEW, null, NOW));
        assertEquals(Set.of("GROUP:g3:loans:user"), used(index, true));
        assertEquals(Decision.ALLOW_ROLE, index.check(Subject.user("u5"), "loans", "approval", Action.VIEW, null, NOW));
        assertEquals(Set.of("GROUP:g2:loans:approver", "GROUP:g3:loans:user"), used(index, true),
                "after a drain both are marked again");
    }

    /** A policy of 40 roles, "r00" to "r39" (bits in that order), whose "lane" is viewed by r35 and run by r01. */
    private static Solution wideSolution() {
        Set<String> roles = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            roles.add(String.format("r%02d", i));
        }
        Resource lane = new Resource("lane", ResourceKind.SWIMLANE, Map.of(
                Action.VIEW, Set.of("r35"), Action.EXECUTE, Set.of("r01")));
        return new Solution("wide", "Wide", List.of(new Build("w1", "1.0", roles, List.of(lane))), "w1");
    }

    @Test
    void rolesBeyondTheThirtySecondAreMarkedAndDrainedLikeTheOthers() {
        Instant later = Instant.ofEpochMilli(NOW + 60_000);
        AccessIndex index = AccessIndex.build(List.of(LOANS, wideSolution()), List.of(APPROVERS), List.of(
                new Grant("wide", PrincipalType.USER, "u1", "r35", later, GrantSource.ADMIN),
                new Grant("wide", PrincipalType.USER, "u1", "r01", null, GrantSource.ADMIN),
                new Grant("wide", PrincipalType.USER, "u2", "r01", later, GrantSource.ADMIN),
                grant(PrincipalType.USER, "u1", "user", null)));
        assertEquals(Decision.ALLOW_ROLE, index.check(Subject.user("u1"), "wide", "lane", Action.VIEW, null, NOW));
        assertEquals(Set.of("USER:u1:wide:r35"), used(index, false), "a timed grant of the 36th role");
        assertEquals(Decision.DENY_NO_ROLE, index.check(Subject.user("u1"), "wide", "lane", Action.VIEW, null,
                later.toEpochMilli()), "expired");
        assertEquals(Decision.ALLOW_ROLE, index.check(Subject.user("u1"), "wide", "lane", Action.EXECUTE, null, NOW));
        assertEquals(Decision.ALLOW_ROLE, index.check(Subject.user("u2"), "wide", "lane", Action.EXECUTE, null, NOW));
        assertEquals(Decision.ALLOW_ROLE, index.check(Subject.user("u1"), "loans", "approval", Action.VIEW, null, NOW));
        assertEquals(Set.of("USER:u1:wide:r35", "USER:u1:wide:r01", "USER:u2:wide:r01", "USER:u1:loans:user"),
                used(index, true));
        assertEquals(Set.of(), used(index, false), "a drain takes the marks of wide and narrow entries alike");
        index.markAllUsed("u1", NOW);
        assertEquals(Set.of("USER:u1:wide:r35", "USER:u1:wide:r01", "USER:u1:loans:user"), used(index, true),
                "a token marks both halves");
    }

    @Test
    void marksSetWhileDrainsRunAreEachReportedByExactlyOneDrain() throws InterruptedException {
        List<Grant> grants = new ArrayList<>();
        for (int u = 0; u < 200; u++) {
            grants.add(grant(PrincipalType.USER, "u" + u, "user", null));
            grants.add(new Grant("wide", PrincipalType.USER, "u" + u, "r35", null, GrantSource.ADMIN));
        }
        AccessIndex index = AccessIndex.build(List.of(LOANS, wideSolution()), List.of(), grants);
        AtomicBoolean stop = new AtomicBoolean();
        Map<String, Integer> reported = new ConcurrentHashMap<>();
        Thread drainer = new Thread(() -> {
            while (!stop.get()) {
                index.forEachUsed((type, user, solution, role) -> reported.merge(user + ":" + solution, 1,
                        Integer::sum), true);
            }
        });
        drainer.start();
        // Each user's grants are used once, so each must be reported once: neither lost nor reported twice.
        for (int u = 0; u < 200; u++) {
            index.check(Subject.user("u" + u), "loans", "approval", Action.VIEW, null, NOW);
            index.check(Subject.user("u" + u), "wide", "lane", Action.VIEW, null, NOW);
        }
        stop.set(true);
        drainer.join();
        index.forEachUsed((type, user, solution, role) -> reported.merge(user + ":" + solution, 1, Integer::sum),
                true);
        assertEquals(400, reported.size());
        assertEquals(Set.of(1), new HashSet<>(reported.values()));
    }

    @Test
    void markingAllocatesNothing() {
        AccessIndex index = index();
        Subject subject = Subject.user("u1");
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        int allowed = 0;
        for (int i = 0; i < 20_000; i++) {
            allowed += index.check(subject, "loans", "approval", Action.VIEW, null, NOW).allowed() ? 1 : 0;
            index.forEachUsed((type, principal, solution, role) -> { }, true);
        }
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 100_000; i++) {
            // every 100th check follows a drain, so both the first-use write and the already-marked read run
            if (i % 100 == 0) {
                index.forEachUsed(UseMarksTest::ignore, true);
            }
            allowed += index.check(subject, "loans", "approval", Action.VIEW, null, NOW).allowed() ? 1 : 0;
        }
        long allocatedWithDrains = threads.getThreadAllocatedBytes(thread) - before;
        before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 100_000; i++) {
            allowed += index.check(subject, "loans", "approval", Action.VIEW, null, NOW).allowed() ? 1 : 0;
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertEquals(220_000, allowed);
        assertTrue(allocated < 1_024, "100,000 marking checks allocated " + allocated + " bytes");
        // the drains themselves allocate (role names, lambdas); 1,000 of them stay far below one byte per check
        assertTrue(allocatedWithDrains < 100_000 * 8, "drains: " + allocatedWithDrains);
    }

    private static void ignore(PrincipalType type, String principal, String solution, String role) {
    }
}
