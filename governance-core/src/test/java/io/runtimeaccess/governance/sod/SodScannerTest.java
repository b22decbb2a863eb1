package io.runtimeaccess.governance.sod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.access.Holding;
import io.runtimeaccess.governance.access.UserRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SodScannerTest {

    private static final String APPROVE = AccessItem.grantKey("payments", "approver");
    private static final String CREATE = AccessItem.grantKey("payments", "creator");
    private static final String AUDIT = AccessItem.grantKey("payments", "auditor");
    private static final String OTHER_APPROVE = AccessItem.grantKey("loans", "approver");
    private static final String ADMIN = "realm-role:admin";

    private static SodRule global(String id, boolean enabled, String... keys) {
        return new SodRule(id, "rule " + id, null, SodRule.Scope.GLOBAL, null, List.of(keys), true, enabled);
    }

    private static SodRule solution(String id, String solutionId, String... keys) {
        return new SodRule(id, "rule " + id, null, SodRule.Scope.SOLUTION, solutionId, List.of(keys), false, true);
    }

    private static UserRecord user(String id, String... keys) {
        List<Holding> holdings = new ArrayList<>();
        for (String key : keys) {
            holdings.add(Holding.direct(new AccessItem(
                    io.runtimeaccess.governance.access.AccessKind.ofPrefix(key.substring(0, key.indexOf(':'))), key,
                    null, null, false)));
        }
        return new UserRecord(id, id, Map.of(), true, Set.of(), false, false, null, null, false, 0, 0, holdings);
    }

    private static AccessSnapshot snapshot(UserRecord... users) {
        return new AccessSnapshot("realm", Instant.EPOCH, List.of(users));
    }

    @Test
    void findsEachViolatingUserOncePerRule() {
        SodRule rule = global("r1", true, APPROVE, CREATE);
        List<SodViolation> found = SodScanner.scan(snapshot(user("alice", APPROVE, CREATE, AUDIT),
                user("bob", APPROVE), user("carol", CREATE, APPROVE)), List.of(rule));
        assertEquals(2, found.size());
        assertEquals(new SodViolation("r1", "rule r1", "alice", List.of(APPROVE, CREATE)), found.get(0));
        assertEquals("carol", found.get(1).userId());
    }

    @Test
    void aUserHoldingTheSameKeyTwiceIsStillOneViolation() {
        UserRecord twice = new UserRecord("dana", "dana", Map.of(), true, Set.of(), false, false, null, null, false,
                0, 0, List.of(Holding.direct(AccessItem.grant("payments", "approver", null, false)),
                        new Holding(AccessItem.grant("payments", "approver", null, false), "g1", "Group", null, null,
                                null),
                        Holding.direct(AccessItem.grant("payments", "creator", null, false))));
        List<SodViolation> found = SodScanner.scan(snapshot(twice), List.of(global("r1", true, APPROVE, CREATE)));
        assertEquals(1, found.size());
        assertEquals(List.of(APPROVE, CREATE), found.get(0).itemKeys());
    }

    @Test
    void cleanInputGivesNone() {
        List<SodRule> rules = List.of(global("r1", true, APPROVE, CREATE), solution("r2", "payments", APPROVE, AUDIT));
        assertTrue(SodScanner.scan(snapshot(user("a", APPROVE), user("b", CREATE), user("c", ADMIN, OTHER_APPROVE)),
                rules).isEmpty());
        assertTrue(SodScanner.scan(snapshot(), rules).isEmpty());
        assertTrue(SodScanner.scan(snapshot(user("a", APPROVE, CREATE)), List.of()).isEmpty());
    }

    @Test
    void disabledRulesAreIgnored() {
        UserRecord alice = user("alice", APPROVE, CREATE);
        assertTrue(SodScanner.scan(snapshot(alice), List.of(global("off", false, APPROVE, CREATE))).isEmpty());
        assertTrue(SodScanner.violationsOnAdding("alice", Set.of(APPROVE), Set.of(CREATE),
                List.of(global("off", false, APPROVE, CREATE))).isEmpty());
        assertTrue(SodScanner.wouldViolate("alice", Set.of(APPROVE), CREATE,
                List.of(global("off", false, APPROVE, CREATE))).isEmpty());
    }

    @Test
    void globalRulesMixKinds() {
        SodRule rule = global("r1", true, ADMIN, APPROVE);
        assertEquals(1, SodScanner.scan(snapshot(user("a", ADMIN, APPROVE)), List.of(rule)).size());
        assertEquals("r1", SodScanner.wouldViolate("a", Set.of(ADMIN), APPROVE, List.of(rule)).orElseThrow().ruleId());
    }

    @Test
    void solutionScopeCountsOnlyThatSolutionsGrants() {
        // A solution rule that (wrongly) lists another solution's key and a realm role never counts them.
        SodRule rule = solution("r2", "payments", APPROVE, CREATE, OTHER_APPROVE, ADMIN);
        assertTrue(SodScanner.scan(snapshot(user("a", APPROVE, OTHER_APPROVE, ADMIN)), List.of(rule)).isEmpty());
        assertEquals(List.of(APPROVE, CREATE),
                SodScanner.scan(snapshot(user("b", CREATE, APPROVE, ADMIN)), List.of(rule)).get(0).itemKeys());
        assertTrue(SodScanner.wouldViolate("a", Set.of(APPROVE), ADMIN, List.of(rule)).isEmpty());
        assertFalse(SodScanner.counts(rule, ADMIN));
        assertTrue(SodScanner.counts(rule, CREATE));
    }

    @Test
    void anyTwoOfThreeViolate() {
        SodRule rule = global("r3", true, APPROVE, CREATE, AUDIT);
        assertEquals(3, SodScanner.scan(snapshot(user("ab", APPROVE, CREATE), user("ac", APPROVE, AUDIT),
                user("bc", CREATE, AUDIT), user("a", APPROVE)), List.of(rule)).size());
        List<SodViolation> all = SodScanner.scan(snapshot(user("abc", APPROVE, CREATE, AUDIT)), List.of(rule));
        assertEquals(1, all.size());
        assertEquals(List.of(APPROVE, CREATE, AUDIT), all.get(0).itemKeys());
    }

    @Test
    void addingReportsEachRuleOnceWithTheKeysHeldTogether() {
        List<SodRule> rules = List.of(global("r1", true, APPROVE, CREATE), global("r2", true, APPROVE, AUDIT),
                global("r3", true, ADMIN, CREATE));
        List<SodViolation> found = SodScanner.violationsOnAdding("u", Set.of(CREATE, AUDIT), Set.of(APPROVE, "eug:g"),
                rules);
        assertEquals(List.of("r1", "r2"), found.stream().map(SodViolation::ruleId).toList());
        assertEquals(List.of(APPROVE, AUDIT), found.get(1).itemKeys());
    }

    @Test
    void addingTwoConflictingKeysAtOnceViolates() {
        List<SodViolation> found = SodScanner.violationsOnAdding("u", Set.of(), List.of(APPROVE, CREATE),
                List.of(global("r1", true, APPROVE, CREATE)));
        assertEquals(1, found.size());
    }

    @Test
    void aViolationTheChangeDoesNotTouchIsNotItsFault() {
        List<SodRule> rules = List.of(global("r1", true, APPROVE, CREATE));
        assertTrue(SodScanner.violationsOnAdding("u", Set.of(APPROVE, CREATE), Set.of(AUDIT), rules).isEmpty());
        assertTrue(SodScanner.wouldViolate("u", Set.of(APPROVE), AUDIT, rules).isEmpty());
        // A key the user already holds (e.g. through a group) granted again still makes the pair.
        assertEquals(1, SodScanner.violationsOnAdding("u", Set.of(APPROVE, CREATE), Set.of(APPROVE), rules).size());
    }
}
