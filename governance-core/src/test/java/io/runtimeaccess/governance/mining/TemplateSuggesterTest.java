package io.runtimeaccess.governance.mining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

class TemplateSuggesterTest {

    @Test
    void rolesHeldTogetherByTwoOrMoreUsersBecomeATemplate() {
        AccessSnapshot snapshot = snapshot(
                user("alice", direct("pay", "approver", "viewer", "creator")),
                user("bob", direct("pay", "approver", "viewer", "creator")),
                user("carol", direct("pay", "approver", "viewer", "creator")),
                user("dave", direct("pay", "viewer")));
        List<RoleTemplate> templates = RoleMiner.suggest(snapshot);
        assertEquals(1, templates.size(), templates.toString());
        RoleTemplate template = templates.get(0);
        assertEquals("pay", template.solutionId());
        assertEquals(List.of("approver", "creator", "viewer"), template.roles());
        assertEquals(List.of("alice", "bob", "carol"), template.userIds());
        assertEquals(9, template.grantsReplaced());
        assertEquals(TemplateSuggester.templateId("pay", List.of("approver", "creator", "viewer")), template.id());
    }

    @Test
    void singleRolesLoneUsersAndGroupGrantsMakeNoTemplate() {
        AccessSnapshot snapshot = snapshot(
                user("alice", direct("pay", "approver", "creator")),
                user("bob", direct("pay", "viewer")),
                user("carol", direct("pay", "viewer")),
                user("dave", viaGroup("pay", "approver"), viaGroup("pay", "creator")),
                user("erin", viaGroup("pay", "approver"), viaGroup("pay", "creator")));
        assertTrue(RoleMiner.suggest(snapshot).isEmpty());
    }

    @Test
    void templatesAreKeptPerSolutionLargestFirstWithStableIds() {
        List<UserRecord> users = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            users.add(user("crm" + i, direct("crm", "read", "write")));
        }
        users.add(user("pay0", direct("pay", "read", "write")));
        users.add(user("pay1", direct("pay", "read", "write")));
        List<RoleTemplate> templates = RoleMiner.suggest(snapshot(users.toArray(new UserRecord[0])));
        assertEquals(List.of("crm", "pay"), templates.stream().map(RoleTemplate::solutionId).toList());
        assertEquals(List.of(8, 4), templates.stream().map(RoleTemplate::grantsReplaced).toList());
        assertNotEquals(templates.get(0).id(), templates.get(1).id());
        assertEquals(templates, RoleMiner.suggest(snapshot(users.toArray(new UserRecord[0]))));
    }

    @Test
    void coverageCountsTheDirectGrantsTemplatesWouldReplace() {
        AccessSnapshot snapshot = snapshot(
                user("alice", direct("pay", "approver", "creator")),
                user("bob", direct("pay", "approver", "creator")),
                user("carol", direct("pay", "viewer")));
        MiningCoverage coverage = RoleMiner.coverage(snapshot, RoleMiner.suggest(snapshot));
        assertEquals(5, coverage.directGrants());
        assertEquals(4, coverage.covered());
        assertEquals(0.8, coverage.ratio(), 1e-9);
        assertEquals(0.0, new MiningCoverage(0, 0).ratio());
    }

    private static Holding[] direct(String solutionId, String... roles) {
        Holding[] holdings = new Holding[roles.length];
        for (int i = 0; i < roles.length; i++) {
            holdings[i] = Holding.direct(AccessItem.grant(solutionId, roles[i], roles[i], false));
        }
        return holdings;
    }

    private static Holding viaGroup(String solutionId, String role) {
        return new Holding(AccessItem.grant(solutionId, role, role, false), "g1", "Group", null, null, null);
    }

    private static UserRecord user(String id, Holding... holdings) {
        return new UserRecord(id, id, Map.of(), true, Set.of(), false, false, Instant.EPOCH, null, false, 0, 0,
                List.of(holdings));
    }

    private static AccessSnapshot snapshot(UserRecord... users) {
        return new AccessSnapshot("realm", Instant.EPOCH, List.of(users));
    }
}
