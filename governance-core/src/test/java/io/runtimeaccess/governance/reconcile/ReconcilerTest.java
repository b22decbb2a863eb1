package io.runtimeaccess.governance.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.access.Holding;
import io.runtimeaccess.governance.access.UserRecord;
import io.runtimeaccess.governance.proposal.Category;
import io.runtimeaccess.governance.proposal.ChangeType;
import io.runtimeaccess.governance.proposal.Proposal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private static UserRecord user(String name, Set<String> providers, boolean federated, Holding... holdings) {
        return new UserRecord("id-" + name, name, Map.of(), true, providers, federated, false, NOW, NOW, false, 0, 0,
                List.of(holdings));
    }

    private final UserRecord linked = user("linked", Set.of("customer"), true);
    private final UserRecord orphan = user("orphan", Set.of(), true);
    private final UserRecord local = user("local", Set.of(), false,
            Holding.direct(AccessItem.grant("s1", "retired", "Payments / retired", true)));
    private final AccessSnapshot snapshot = new AccessSnapshot("realm", NOW, List.of(linked, orphan, local));

    private final ReconciliationInputs inputs = new ReconciliationInputs(
            Map.of("id-linked", Set.of("Finance", "Old team")),
            List.of(new EndUserGroupRecord("g1", "Finance", 3), new EndUserGroupRecord("g2", "Nobody", 0)),
            List.of(new GrantRecord("gr1", "s1", "Payments", GrantRecord.USER, "id-local", "retired"),
                    new GrantRecord("gr2", "s1", "Payments", GrantRecord.USER, "id-linked", "viewer"),
                    new GrantRecord("gr3", "s2", "Ledger", GrantRecord.GROUP, "g1", "viewer")),
            Map.of("s1", Set.of("viewer")));

    @Test
    void findsEachKindOfMismatchOnce() {
        ReconciliationReport report = Reconciler.reconcile(snapshot, inputs);
        assertEquals(List.of(orphan), report.orphanedFederatedUsers());
        assertEquals(List.of(new UnmatchedGroup(linked, "Old team")), report.unmatchedGroups());
        assertEquals(List.of("gr1", "gr3"), report.inactivePolicyGrants().stream().map(GrantRecord::grantId).toList(),
                "a role the Active Policy lacks, and any grant on a solution without an Active Policy");
        assertEquals(List.of("g2"), report.emptyGroups().stream().map(EndUserGroupRecord::id).toList());
    }

    @Test
    void proposesAboutUsersOnly() {
        List<Proposal> proposals = Reconciler.proposals(snapshot, Reconciler.reconcile(snapshot, inputs));
        assertEquals(3, proposals.size(), proposals.toString());
        assertTrue(proposals.stream().allMatch(p -> p.category() == Category.RECONCILIATION));
        Proposal remove = proposals.get(2);
        assertEquals(ChangeType.REMOVE, remove.change());
        assertEquals("id-local", remove.userId());
        assertTrue(remove.item().privileged(), "the user's own holding, with its privileged mark");
        assertEquals("role retired is not defined by the Active Policy of Payments", remove.justification());
        assertEquals(ChangeType.REVIEW, proposals.get(0).change());
        assertEquals("id-orphan", proposals.get(0).userId());
    }

    @Test
    void aCleanRealmHasNothingToReconcile() {
        AccessSnapshot clean = new AccessSnapshot("realm", NOW, List.of(linked));
        ReconciliationInputs matching = new ReconciliationInputs(Map.of("id-linked", Set.of("Finance")),
                List.of(new EndUserGroupRecord("g1", "Finance", 1)),
                List.of(new GrantRecord("gr2", "s1", "Payments", GrantRecord.USER, "id-linked", "viewer")),
                Map.of("s1", Set.of("viewer")));
        ReconciliationReport report = Reconciler.reconcile(clean, matching);
        assertTrue(report.orphanedFederatedUsers().isEmpty() && report.unmatchedGroups().isEmpty()
                && report.inactivePolicyGrants().isEmpty() && report.emptyGroups().isEmpty());
        assertTrue(Reconciler.proposals(clean, report).isEmpty());
    }
}
