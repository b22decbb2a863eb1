package io.runtimeaccess.governance.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.proposal.Category;
import io.runtimeaccess.governance.proposal.ChangeType;
import io.runtimeaccess.governance.proposal.Proposal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TriageTest {

    private static Proposal unused(String user, double confidence) {
        return new Proposal(Category.UNUSED_ACCESS, ChangeType.REMOVE, user, AccessItem.grant("s1", "approver", null, false),
                confidence, "not used for 143 days", Map.of("daysUnused", 143), "dormancy-1", List.of("lastUsed"));
    }

    @Test
    void storesANewChangeOnceAndCallsTheSecondADuplicate() {
        Triage triage = new Triage(0.5, new HashSet<>(), Set.of());
        assertEquals(Triage.Outcome.STORE, triage.of(unused("u1", 0.9)));
        assertEquals(Triage.Outcome.DUPLICATE, triage.of(unused("u1", 0.7)));
        assertEquals(Triage.Outcome.STORE, triage.of(unused("u2", 0.9)));
    }

    @Test
    void aWaitingChangeIsADuplicate() {
        Set<String> waiting = new HashSet<>(Set.of(ProposalStore.hash(unused("u1", 0.9).fingerprint())));
        assertEquals(Triage.Outcome.DUPLICATE, new Triage(0.5, waiting, Set.of()).of(unused("u1", 0.9)));
    }

    @Test
    void aRecentlyRejectedChangeIsSuppressed() {
        Set<String> rejected = Set.of(ProposalStore.hash(unused("u1", 0.9).fingerprint()));
        Triage triage = new Triage(0.5, new HashSet<>(), rejected);
        assertEquals(Triage.Outcome.SUPPRESSED, triage.of(unused("u1", 0.9)));
        assertEquals(Triage.Outcome.STORE, triage.of(unused("u2", 0.9)));
    }

    @Test
    void belowTheMinimumConfidenceIsDropped() {
        Triage triage = new Triage(0.8, new HashSet<>(), Set.of());
        assertEquals(Triage.Outcome.BELOW_CONFIDENCE, triage.of(unused("u1", 0.79)));
        assertEquals(Triage.Outcome.STORE, triage.of(unused("u1", 0.8)));
    }

    @Test
    void fingerprintsAreStableAndFitTheIndexedColumn() {
        String hash = ProposalStore.hash(unused("u1", 0.9).fingerprint());
        assertEquals(hash, ProposalStore.hash(unused("u1", 0.1).fingerprint()));
        assertEquals(64, hash.length());
    }
}
