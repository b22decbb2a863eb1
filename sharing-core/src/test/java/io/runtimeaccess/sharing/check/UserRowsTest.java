package io.runtimeaccess.sharing.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
import org.junit.jupiter.api.Test;

/** The user table behind a check by id: ids are matched exactly, and every group and grant of a user counts. */
class UserRowsTest {

    private static final long NOW = Instant.parse("2026-11-22T12:00:00Z").toEpochMilli();
    private static final Resource APPROVAL = new Resource("approval", ResourceKind.SWIMLANE, Map.of(
            Action.VIEW, Set.of("user", "approver"), Action.EXECUTE, Set.of("approver")));
    private static final Resource REPORTS = new Resource("reports", ResourceKind.UI_FLOW, Map.of(
            Action.INTERACT, Set.of("auditor")));

    private static Solution solution(String id) {
        return new Solution(id, id, List.of(new Build(id + "-b", "1",
                Set.of("user", "approver", "auditor"), List.of(APPROVAL, REPORTS))), id + "-b");
    }

    private static Grant toUser(String solution, String user, String role, Instant expires) {
        return new Grant(solution, PrincipalType.USER, user, role, expires, GrantSource.ADMIN);
    }

    private static Grant toGroup(String solution, String group, String role, Instant expires) {
        return new Grant(solution, PrincipalType.GROUP, group, role, expires, GrantSource.ADMIN);
    }

    /** An index of one solution "s" on which each of {@code ids} is an approver. */
    private static AccessIndex approvers(List<String> ids) {
        List<Grant> grants = new ArrayList<>();
        for (String id : ids) {
            grants.add(toUser("s", id, "approver", null));
        }
        return AccessIndex.build(List.of(solution("s")), List.of(), grants);
    }

    private static boolean may(AccessIndex index, String user, String solution, String resource, Action action,
            long now) {
        return index.check(Subject.user(user), solution, resource, action, null, now).allowed();
    }

    @Test
    void idsWithTheSameHashOrAPrefixInCommonAreToldApart() {
        assertEquals("Aa".hashCode(), "BB".hashCode());
        assertEquals("AaAa".hashCode(), "BBBB".hashCode());
        AccessIndex index = AccessIndex.build(List.of(solution("s")), List.of(), List.of(
                toUser("s", "Aa", "approver", null), toUser("s", "BB", "user", null),
                toUser("s", "AaAa", "auditor", null), toUser("s", "u1", "approver", null)));
        assertEquals(List.of("approver"), index.effectiveRoles("Aa", "s", NOW));
        assertEquals(List.of("user"), index.effectiveRoles("BB", "s", NOW));
        assertEquals(List.of("auditor"), index.effectiveRoles("AaAa", "s", NOW));
        assertEquals(List.of(), index.effectiveRoles("BBBB", "s", NOW), "same hash as AaAa, not a user");
        assertEquals(List.of(), index.effectiveRoles("AaBB", "s", NOW));
        assertEquals(List.of(), index.effectiveRoles("u", "s", NOW));
        assertEquals(List.of(), index.effectiveRoles("u10", "s", NOW));
        assertEquals(List.of(), index.effectiveRoles("", "s", NOW));
        assertEquals(Decision.DENY_NO_ROLE, index.check(new Subject(null, false, null), "s", null, Action.USE, null,
                NOW));
    }

    @Test
    void idsOfAnyCharactersAndLengthAreMatchedExactly() {
        List<String> ids = List.of("ü", "üb", "用户-7", "x".repeat(37), "x".repeat(36), "9b1d3c2e-0f4a-4c1e-8a6b-2d5e7f9a1b3c");
        AccessIndex index = approvers(ids);
        for (String id : ids) {
            assertEquals(List.of("approver"), index.effectiveRoles(id, "s", NOW), id);
            assertEquals(1, index.explain(id, NOW).size(), id);
        }
        assertEquals(List.of(), index.effectiveRoles("u", "s", NOW));
        assertEquals(List.of(), index.effectiveRoles("x".repeat(35), "s", NOW));
        assertEquals(List.of(), index.effectiveRoles("用户-8", "s", NOW));
        assertEquals(ids.stream().sorted().toList(), IndexSearch.usersWithGrants(index, "s"));
    }

    /** User u's id: odd users have UUIDs numbered in order, even ones short ids. */
    private static String id(int u) {
        return u % 2 == 1 ? String.format("%08x-0000-4000-8000-%012x", u, u) : "u" + u;
    }

    @Test
    void manyUsersOnManySolutionsEachGetTheirOwnRoles() {
        // half the ids like Keycloak's (UUIDs, kept in the slot), numbered in order, half short ids
        List<Solution> solutions = new ArrayList<>();
        for (int s = 0; s < 7; s++) {
            solutions.add(solution("s" + s));
        }
        List<Grant> grants = new ArrayList<>();
        Instant soon = Instant.ofEpochMilli(NOW + 1);
        for (int u = 0; u < 20_000; u++) {
            // user u: approver on solution u % 7 (until soon when u % 5 == 0), user on (u + 1) % 7 when u % 3 == 0,
            // auditor until soon on (u + 2) % 7 when u % 2 == 0; solutions in no particular order
            if (u % 3 == 0) {
                grants.add(toUser("s" + (u + 1) % 7, id(u), "user", null));
            }
            grants.add(toUser("s" + u % 7, id(u), "approver", u % 5 == 0 ? soon : null));
            if (u % 2 == 0) {
                grants.add(toUser("s" + (u + 2) % 7, id(u), "auditor", soon));
            }
        }
        AccessIndex index = AccessIndex.build(solutions, List.of(), grants);
        for (int u = 0; u < 20_000; u++) {
            for (int s = 0; s < 7; s++) {
                boolean approver = s == u % 7;
                boolean user = u % 3 == 0 && s == (u + 1) % 7;
                boolean auditor = u % 2 == 0 && s == (u + 2) % 7;
                assertEquals(approver, may(index, id(u), "s" + s, "approval", Action.EXECUTE, NOW), u + " on " + s);
                assertEquals(approver || user, may(index, id(u), "s" + s, "approval", Action.VIEW, NOW), u + " " + s);
                assertEquals(auditor, may(index, id(u), "s" + s, "reports", Action.INTERACT, NOW), u + " " + s);
                assertEquals(approver && u % 5 != 0, may(index, id(u), "s" + s, "approval", Action.EXECUTE, NOW + 1));
            }
        }
        assertEquals(List.of(), index.effectiveRoles(id(20_000), "s0", NOW));
        assertEquals(List.of(), index.effectiveRoles(id(20_001), "s0", NOW));
    }

    @Test
    void aUserWithGrantsOnManySolutionsIsFoundOnEach() {
        // 70 solutions, so solutions 32 apart share a bit of the slot's direct-solutions mask: held on one, not the other
        List<Solution> solutions = new ArrayList<>();
        List<Grant> grants = new ArrayList<>();
        for (int s = 0; s < 70; s++) {
            solutions.add(solution("s" + s));
            if (s % 3 != 1 && s != 38) {
                grants.add(toUser("s" + s, "wide", s % 2 == 0 ? "approver" : "user",
                        s % 5 == 0 ? Instant.ofEpochMilli(NOW + 1) : null));
            }
        }
        AccessIndex index = AccessIndex.build(solutions, List.of(), grants);
        for (int s = 0; s < 70; s++) {
            boolean held = s % 3 != 1 && s != 38;
            List<String> expected = held ? List.of(s % 2 == 0 ? "approver" : "user") : List.of();
            assertEquals(expected, index.effectiveRoles("wide", "s" + s, NOW), "s" + s);
            assertEquals(s % 5 == 0 ? List.of() : expected, index.effectiveRoles("wide", "s" + s, NOW + 1), "s" + s);
            assertEquals(held, may(index, "wide", "s" + s, "approval", Action.VIEW, NOW), "s" + s);
            assertEquals(held && s % 2 == 0, may(index, "wide", "s" + s, "approval", Action.EXECUTE, NOW), "s" + s);
        }
        assertEquals(46, index.explain("wide", NOW).size());
    }

    @Test
    void aCharacterBeyondLatin1NeverMatchesAnIdKeptInTheSlot() {
        assertEquals(0x61 | 0x62 << 8, UserRowsBuilder.quad("ab", 0));
        assertEquals(0xFFFF_FFFF, UserRowsBuilder.quad("\u00ff\u00ff\u00ff\u00ff", 0));
        assertEquals(0x65, UserRowsBuilder.quad("abcde", 4));
        // one user "a" (U+0061), its slot given the hash of "\u0161", whose low byte is also 0x61: only the
        // comparison of the characters can refuse it. The same slot with the hash of "a" finds "a".
        assertEquals(UserRows.NONE, forgedUserA("\u0161".hashCode()).find("\u0161"));
        assertEquals(0, forgedUserA("a".hashCode()).find("a") % UserRows.SLOT);
    }

    /** A table of four slots holding user "a" under {@code hash}, with no groups and no grants. */
    private static UserRows forgedUserA(int hash) {
        int[] slots = new int[4 * UserRows.SLOT];
        int slot = UserRows.home(hash, 32 - 2) * UserRows.SLOT;
        slots[slot + UserRows.HASH] = hash;
        slots[slot + UserRows.ROW] = 1;
        slots[slot + UserRows.ID_LENGTH] = 1;
        slots[slot + UserRows.ID] = 'a';
        int[] rows = {1, 'a', 0, 0};
        return new UserRows(slots, rows, new long[0]);
    }

    @Test
    void anIdKeptInTheSlotDiffersFromOneChangedInAnyPlace() {
        // every length a slot holds, so that each place of a four-character int and the tail after the last is met
        List<String> ids = new ArrayList<>();
        for (int length = 1; length <= UserRows.INLINE_CHARS; length++) {
            ids.add("9b1d3c2e-0f4a-4c1e-8a6b-2d5e7f9a1b3c".substring(0, length));
        }
        AccessIndex index = approvers(ids);
        for (String id : ids) {
            assertEquals(List.of("approver"), index.effectiveRoles(id, "s", NOW), id);
            for (int c = 0; c < id.length(); c++) {
                for (char other : new char[] {'z', (char) (id.charAt(c) + 0x100)}) {
                    String changed = id.substring(0, c) + other + id.substring(c + 1);
                    assertEquals(List.of(), index.effectiveRoles(changed, "s", NOW), changed);
                }
                if (c + 1 < id.length()) {
                    // one more at c and 31 fewer at c + 1 keep the hash, so only the characters in the slot tell
                    char[] twin = id.toCharArray();
                    twin[c]++;
                    twin[c + 1] -= 31;
                    String changed = new String(twin);
                    assertEquals(id.hashCode(), changed.hashCode());
                    assertEquals(List.of(), index.effectiveRoles(changed, "s", NOW), changed);
                }
            }
        }
    }

    @Test
    void everyGroupOfAUserCountsNotOnlyTheFirstTwo() {
        List<EndUserGroup> groups = new ArrayList<>();
        for (int g = 0; g < 4; g++) {
            groups.add(new EndUserGroup("g" + g, "Group " + g, false, Set.of("many", "g" + g + "-only")));
        }
        AccessIndex index = AccessIndex.build(List.of(solution("s")), groups, List.of(
                toGroup("s", "g3", "approver", null), toGroup("s", "g2", "auditor", null)));
        assertEquals(List.of("approver", "auditor"), index.effectiveRoles("many", "s", NOW));
        assertEquals(List.of("approver"), index.effectiveRoles("g3-only", "s", NOW));
        assertEquals(List.of(), index.effectiveRoles("g0-only", "s", NOW));
        assertEquals(List.of("g2-only", "g3-only", "many"), IndexSearch.usersWithGrants(index, "s"));
        Set<String> used = new HashSet<>();
        assertEquals(Decision.ALLOW_ROLE, index.check(Subject.user("many"), "s", "reports", Action.INTERACT, null, NOW));
        index.forEachUsed((type, principal, solution, role) -> used.add(type + ":" + principal + ":" + role), true);
        assertEquals(Set.of("GROUP:g2:auditor"), used);
    }

    @Test
    void aGroupsTimedGrantsCountUntilEachExpires() {
        Instant early = Instant.ofEpochMilli(NOW + 10);
        Instant late = Instant.ofEpochMilli(NOW + 20);
        EndUserGroup group = new EndUserGroup("g", "G", false, Set.of("member"));
        AccessIndex index = AccessIndex.build(List.of(solution("s")), List.of(group), List.of(
                toGroup("s", "g", "auditor", early), toGroup("s", "g", "approver", late),
                toGroup("s", "g", "user", null)));
        assertEquals(List.of("approver", "auditor", "user"), index.effectiveRoles("member", "s", NOW + 9));
        assertEquals(List.of("approver", "user"), index.effectiveRoles("member", "s", NOW + 10), "between expiries");
        assertEquals(List.of("approver", "user"), index.effectiveRoles("member", "s", NOW + 19));
        assertEquals(List.of("user"), index.effectiveRoles("member", "s", NOW + 20));
        assertEquals(false, may(index, "member", "s", "reports", Action.INTERACT, NOW + 15));
        assertEquals(true, may(index, "member", "s", "approval", Action.EXECUTE, NOW + 15));
    }

    @Test
    void directTimedAndPermanentGrantsOfOneUserCombine() {
        AccessIndex index = AccessIndex.build(List.of(solution("s"), solution("t")), List.of(), List.of(
                toUser("s", "u", "user", null), toUser("s", "u", "auditor", Instant.ofEpochMilli(NOW + 5)),
                toUser("t", "u", "approver", Instant.ofEpochMilli(NOW - 5))));
        assertEquals(List.of("auditor", "user"), index.effectiveRoles("u", "s", NOW));
        assertEquals(List.of("user"), index.effectiveRoles("u", "s", NOW + 5));
        assertEquals(List.of(), index.effectiveRoles("u", "t", NOW), "expired before now");
        assertEquals(List.of("approver"), index.effectiveRoles("u", "t", NOW - 6));
        assertNotEquals(List.of(), IndexSearch.usersWithGrants(index, "t"), "an expired grant is still a grant held");
    }
}
