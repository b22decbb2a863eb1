package io.runtimeaccess.sharing.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.sharing.grant.Grant;
import io.runtimeaccess.sharing.grant.GrantSource;
import io.runtimeaccess.sharing.grant.PrincipalType;
import io.runtimeaccess.sharing.policy.Build;
import io.runtimeaccess.sharing.policy.Condition;
import io.runtimeaccess.sharing.policy.PropertyScope;
import io.runtimeaccess.sharing.policy.PropertyTest;
import io.runtimeaccess.sharing.policy.Resource;
import io.runtimeaccess.sharing.policy.Solution;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Resources of any type with their own action names, conditions on properties, and the searches' candidates. */
class TypedResourceTest {

    private static final Condition ARCHIVED_NEEDS_ADMIN = new Condition("write", null,
            PropertyTest.of("resource.status", "archived"), PropertyTest.of("subject.role", "admin"));
    private static final Condition SOFT_DELETE_ONLY = new Condition("delete", PropertyTest.of("action.soft", "true"),
            null, null);
    private static final Resource RECORD_1 = new Resource("record-1", "record", Map.of(
            "read", Set.of("reader", "editor"), "write", Set.of("editor"), "delete", Set.of("editor")),
            List.of(ARCHIVED_NEEDS_ADMIN, SOFT_DELETE_ONLY));
    private static final Resource RECORD_2 = new Resource("record-2", "record", Map.of(
            "read", Set.of("reader", "editor"), "write", Set.of("editor", "admin")), List.of(ARCHIVED_NEEDS_ADMIN));
    private static final Solution RECORDS = new Solution("s1", "Records", List.of(new Build("b1", "1",
            Set.of("reader", "editor", "admin"), List.of(RECORD_1, RECORD_2))), "b1");
    private static final AccessIndex INDEX = AccessIndex.build(List.of(RECORDS), List.of(), List.of(
            grant("alice", "editor"), grant("bob", "reader"), grant("bob", "admin")));

    private static Grant grant(String user, String role) {
        return new Grant("s1", PrincipalType.USER, user, role, null, GrantSource.ADMIN);
    }

    private static Decision check(String user, String resource, String action, Map<String, String> properties) {
        Vocabulary words = INDEX.vocabulary();
        PropertyValues values = (scope, name) -> properties.get(scope.wireName() + "." + name);
        return INDEX.check(Subject.user(user), "s1", words.typeId("record"), resource, words.actionId(action), null,
                values, 0L);
    }

    @Test
    void rolesHoldTheActionsOfAnyType() {
        assertEquals(Decision.ALLOW_ROLE, check("alice", "record-1", "read", Map.of()));
        assertEquals(Decision.ALLOW_ROLE, check("alice", "record-1", "write", Map.of()));
        assertEquals(Decision.ALLOW_ROLE, check("bob", "record-1", "read", Map.of()));
        assertEquals(Decision.DENY_NO_ROLE, check("bob", "record-1", "write", Map.of()));
        assertEquals(Decision.DENY_ACTION_NOT_ON_RESOURCE, check("alice", "record-2", "delete", Map.of()));
        assertEquals(Decision.DENY_ACTION_NOT_ON_RESOURCE, check("alice", "record-1", "fly", Map.of()));
        assertEquals(Decision.DENY_UNKNOWN_RESOURCE, check("alice", "record-3", "read", Map.of()));
        Vocabulary words = INDEX.vocabulary();
        assertEquals(Decision.DENY_UNKNOWN_RESOURCE, INDEX.check(Subject.user("alice"), "s1", words.typeId("swimlane"),
                "record-1", words.actionId("read"), null, PropertyValues.NONE, 0L), "the type must match");
    }

    @Test
    void conditionsOnlyTakeAPermissionAway() {
        assertEquals(Decision.DENY_CONDITION, check("alice", "record-2", "write", Map.of("resource.status", "archived")));
        assertEquals(Decision.ALLOW_ROLE, check("bob", "record-2", "write",
                Map.of("resource.status", "archived", "subject.role", "admin")));
        assertEquals(Decision.DENY_NO_ROLE, check("bob", "record-1", "write",
                Map.of("resource.status", "archived", "subject.role", "admin")), "a property never adds a role");
        assertEquals(Decision.ALLOW_ROLE, check("alice", "record-1", "delete", Map.of("action.soft", "true")));
        assertEquals(Decision.DENY_CONDITION, check("alice", "record-1", "delete", Map.of("action.soft", "false")));
        assertEquals(Decision.DENY_CONDITION, check("alice", "record-1", "delete", Map.of()), "absent is not true");
    }

    @Test
    void aSwimlaneConditionWrittenInCapitalsStillApplies() {
        Resource lane = new Resource("approval", "swimlane", Map.of("VIEW", Set.of("reader")),
                List.of(new Condition("View", PropertyTest.of("resource.status", "open"), null, null)));
        AccessIndex index = AccessIndex.build(List.of(new Solution("s2", "Lanes", List.of(new Build("b2", "1",
                Set.of("reader"), List.of(lane))), "b2")), List.of(), List.of(
                new Grant("s2", PrincipalType.USER, "carol", "reader", null, GrantSource.ADMIN)));
        Vocabulary words = index.vocabulary();
        PropertyValues closed = (scope, name) -> "closed";
        PropertyValues open = (scope, name) -> "open";
        assertEquals(Decision.DENY_CONDITION, index.check(Subject.user("carol"), "s2", words.typeId("swimlane"),
                "approval", words.actionId("view"), null, closed, 0L), "the condition is view's, however it was written");
        assertEquals(Decision.ALLOW_ROLE, index.check(Subject.user("carol"), "s2", words.typeId("swimlane"),
                "approval", words.actionId("view"), null, open, 0L));
        assertEquals(Set.of("view"), lane.rolesByAction().keySet());
    }

    @Test
    void aResourceIsFoundByTypeAndName() {
        assertArrayEquals(new String[] {"s1"}, INDEX.solutionsWith(INDEX.vocabulary().typeId("record"), "record-2"));
        assertEquals(0, INDEX.solutionsWith(INDEX.vocabulary().typeId("swimlane"), "record-2").length);
        assertEquals(0, INDEX.solutionsWith(Vocabulary.UNKNOWN, "record-2").length);
    }

    /**
     * Every page of a search asks for the candidates and an unmarked index again: each is made once per index, not
     * by walking every user row (or copying the solutions) per request.
     */
    @Test
    void aSearchsCandidatesAndTheUnmarkedIndexAreMadeOncePerIndex() {
        AccessIndex index = AccessIndex.build(List.of(RECORDS), List.of(), List.of(grant("alice", "editor")));
        assertSame(IndexSearch.usersWithGrants(index, "s1"), IndexSearch.usersWithGrants(index, "s1"));
        assertSame(IndexSearch.usersWithGrants(index, "s1"), IndexSearch.usersWithGrants(index.withoutUseMarks(), "s1"));
        assertSame(index.withoutUseMarks(), index.withoutUseMarks());
        assertSame(index.withoutUseMarks(), index.withoutUseMarks().withoutUseMarks());
        assertThrows(UnsupportedOperationException.class, () -> IndexSearch.usersWithGrants(index, "s1").add("x"));
    }

    @Test
    void searchesListTheirCandidates() {
        assertEquals(List.of("alice", "bob"), IndexSearch.usersWithGrants(INDEX, "s1"));
        assertEquals(List.of("record-1", "record-2"), IndexSearch.resourcesOfType(INDEX, "record").stream()
                .map(IndexSearch.ResourceRef::name).toList());
        assertEquals(List.of(), IndexSearch.resourcesOfType(INDEX, "spaceship"));
        assertEquals(Set.of("read", "write", "delete"), Set.copyOf(IndexSearch.actionsOf(INDEX, "s1", "record-1")));
        assertEquals(List.of("use"), IndexSearch.actionsOf(INDEX, "s1", null));
    }

    @Test
    void aCheckByNamesWithConditionsAllocatesNothing() {
        Vocabulary words = INDEX.vocabulary();
        Subject bob = Subject.user("bob");
        String archived = "archived";
        String admin = "admin";
        PropertyValues properties = (scope, name) -> switch (scope) {
            case RESOURCE -> archived;
            case SUBJECT -> admin;
            case ACTION -> null;
        };
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        int allowed = 0;
        for (int round = 0; round < 2; round++) {
            long before = threads.getThreadAllocatedBytes(thread);
            for (int i = 0; i < 100_000; i++) {
                allowed += INDEX.check(bob, "s1", words.typeId("record"), "record-2", words.actionId("write"), null,
                        properties, 0L).allowed() ? 1 : 0;
            }
            long allocated = threads.getThreadAllocatedBytes(thread) - before;
            assertTrue(round == 0 || allocated < 1_024, "100,000 checks allocated " + allocated + " bytes");
        }
        assertEquals(200_000, allowed);
    }

    @Test
    void aBuildRefusesWhatItCannotMean() {
        assertThrows(IllegalArgumentException.class, () -> new Resource("r", "record", Map.of("use", Set.of()), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Resource("r", "swimlane", Map.of("read", Set.of()), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Resource("r", "solution", Map.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Resource("r", "record", Map.of("read", Set.of()),
                List.of(SOFT_DELETE_ONLY)));
        assertEquals(PropertyScope.ACTION, PropertyTest.of("action.soft", "true").scope());
        assertEquals(null, PropertyTest.of("context.soft", "true"));
    }
}
