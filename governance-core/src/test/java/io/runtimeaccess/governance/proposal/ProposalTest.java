package io.runtimeaccess.governance.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProposalTest {

    private static Proposal review(Category category, Map<String, Object> evidence) {
        return new Proposal(category, ChangeType.REVIEW, "u1", null, 0.7, "why", evidence, "m", List.of());
    }

    /** Two reviews of one user about different things are two proposals: rejecting one leaves the other. */
    @Test
    void reviewsOfOneUserAboutDifferentSubjectsAreDifferentProposals() {
        Proposal goneA = review(Category.RECONCILIATION, Map.of("issue", "unmatched-identity-provider-group",
                "group", "Gone A"));
        Proposal goneB = review(Category.RECONCILIATION, Map.of("issue", "unmatched-identity-provider-group",
                "group", "Gone B"));
        Proposal orphaned = review(Category.RECONCILIATION, Map.of("issue", "orphaned-federated-user"));
        assertNotEquals(goneA.fingerprint(), goneB.fingerprint());
        assertNotEquals(goneA.fingerprint(), orphaned.fingerprint());
        Proposal ruleOne = review(Category.SOD_VIOLATION, Map.of("ruleId", "r1", "ruleName", "one"));
        Proposal ruleTwo = review(Category.SOD_VIOLATION, Map.of("ruleId", "r2", "ruleName", "one"));
        assertNotEquals(ruleOne.fingerprint(), ruleTwo.fingerprint());
        Proposal viaOps = review(Category.UNUSED_ACCESS, Map.of("viaGroupId", "g-ops", "viaGroupName", "Ops"));
        Proposal viaFinance = review(Category.UNUSED_ACCESS, Map.of("viaGroupId", "g-fin", "viaGroupName", "Ops"));
        assertNotEquals(viaOps.fingerprint(), viaFinance.fingerprint(), "one grant held through two groups");
    }

    /** Figures that change from run to run do not make a waiting or rejected proposal a new one. */
    @Test
    void theSameChangeWithOtherFiguresIsTheSameProposal() {
        Proposal before = review(Category.UNUSED_ACCESS, Map.of("daysUnused", 143));
        Proposal after = review(Category.UNUSED_ACCESS, Map.of("daysUnused", 144));
        assertEquals(before.fingerprint(), after.fingerprint());
        assertEquals("unused-access|REVIEW|u1|", before.fingerprint(), "unchanged for proposals without a subject");
    }
}
