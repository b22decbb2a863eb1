package io.runtimeaccess.governance.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.proposal.Category;
import io.runtimeaccess.governance.proposal.ChangeType;
import io.runtimeaccess.governance.proposal.Proposal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProposalViewTest {

    @Test
    void aStoredProposalIsShownInApiSpelling() {
        Proposal proposal = new Proposal(Category.PEER_RECOMMENDATION, ChangeType.ADD, "u1",
                AccessItem.grant("s1", "approver", "Payments / approver", false), 0.89,
                "held by 17 of the 19 users in department Finance", Map.of("peers", 19, "holders", 17),
                "peer-1", List.of("attribute:department", "grants"));
        ProposalEntity entity = ProposalView.newEntity("realm", proposal, "alice", "run:r1", 1_796_342_400_000L);
        Map<String, Object> rep = ProposalView.representation(entity);
        assertEquals("proposed", rep.get("status"));
        assertEquals("peer-recommendation", rep.get("category"));
        assertEquals("add", rep.get("change"));
        assertEquals("alice", rep.get("username"));
        assertEquals(Map.of("kind", "grant", "key", "grant:s1:approver", "label", "Payments / approver",
                "solutionId", "s1", "privileged", false), rep.get("item"));
        assertEquals(Map.of("peers", 19, "holders", 17), rep.get("evidence"));
        assertEquals(List.of("attribute:department", "grants"), rep.get("inputs"));
        assertEquals("2026-12-04T00:00:00Z", rep.get("createdAt"));
        assertEquals("run:r1", rep.get("source"));
        assertNull(rep.get("decidedAt"));
    }

    @Test
    void disablingAnAccountHasNoItem() {
        Proposal proposal = new Proposal(Category.DORMANT_ACCOUNT, ChangeType.DISABLE_USER, "u1", null, 0.9,
                "no sign-in for 143 days", Map.of(), "dormancy-1", List.of("lastSignIn"));
        Map<String, Object> rep = ProposalView.representation(
                ProposalView.newEntity("realm", proposal, "bob", "run:r1", 0L));
        assertEquals("disable-user", rep.get("change"));
        assertNull(rep.get("item"));
    }
}
