package io.runtimeaccess.reviews.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.runtimeaccess.reviews.item.ReviewedAccess.AccessType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void grantsAreJudgedByGovernancesUnusedRule() {
        List<ReviewedAccess> items = List.of(
                grant("amy", AccessType.GRANT, true, days(200), days(143)),
                grant("bob", AccessType.GRANT, true, days(200), days(2)),
                grant("cat", AccessType.GRANT, true, days(120), null),
                grant("dan", AccessType.GRANT, true, days(10), null),
                grant("eve", AccessType.GRANT, false, days(10), days(1)),
                grant("night-shift", AccessType.GROUP_GRANT, true, days(300), days(100)),
                new ReviewedAccess("fay", "fay", true, AccessType.MEMBERSHIP, "eug:g1", "Night shift", "g1",
                        "member (admin)", days(5), null));
        List<Suggestion> suggestions = Suggestions.of(items, NOW, 90, Map.of());
        assertEquals(new Suggestion(Suggestion.Action.REVOKE, "unused for 143 days: revoke"), suggestions.get(0));
        assertEquals(new Suggestion(Suggestion.Action.KEEP, "used 2 days ago: keep"), suggestions.get(1));
        assertEquals(new Suggestion(Suggestion.Action.REVOKE, "never used since granted 120 days ago: revoke"),
                suggestions.get(2));
        assertEquals(Suggestion.Action.KEEP, suggestions.get(3).action(), "granted 10 days ago, under the threshold");
        assertEquals(new Suggestion(Suggestion.Action.REVOKE, "account disabled: revoke"), suggestions.get(4));
        assertEquals(Suggestion.Action.REVIEW, suggestions.get(5).action(), "a group's grant is for every member");
        assertNull(suggestions.get(6), "memberships carry no use");
    }

    @Test
    void aWaitingProposalSpeaksFirst() {
        ReviewedAccess used = grant("bob", AccessType.GRANT, true, days(200), days(2));
        Suggestion proposed = new Suggestion(Suggestion.Action.REVOKE, "outlier among peers: revoke");
        assertEquals(proposed, Suggestions.of(List.of(used), NOW, 90,
                Map.of(Suggestions.key("bob", "grant:s1:approver"), proposed)).get(0));
    }

    @Test
    void aRoleProposalSpeaksForTheDirectMappingOnlyNotForAGroupOrACompositeHoldingIt() {
        Suggestion proposed = new Suggestion(Suggestion.Action.REVOKE, "account disabled: revoke");
        List<ReviewedAccess> items = List.of(role(AccessType.ROLE, "realm-role:admin", "direct role mapping"),
                role(AccessType.GROUP_ROLE, "g-finance", "group:/Finance"),
                role(AccessType.COMPOSITE_ROLE, "realm-role:ops", "composite:ops"));
        List<Suggestion> suggestions = Suggestions.of(items, NOW, 90,
                Map.of(Suggestions.key("gus", "realm-role:admin"), proposed));
        assertEquals(proposed, suggestions.get(0));
        assertNull(suggestions.get(1));
        assertNull(suggestions.get(2));
    }

    @Test
    void aProposalItemTakesItsOwnProposalsWordNotAnotherCategorysAboutTheSameAccess() {
        Suggestion dormant = new Suggestion(Suggestion.Action.REVOKE, "no sign-in for 200 days: revoke");
        Suggestion orphan = new Suggestion(Suggestion.Action.REVIEW, "identity-provider link gone: review");
        List<ReviewedAccess> items = List.of(proposal("p-dormant"), proposal("p-orphan"), proposal("p-decided"));
        List<Suggestion> suggestions = Suggestions.of(items, NOW, 90, Map.of(
                Suggestions.key("hal", "account"), orphan,
                Suggestions.proposalKey("p-dormant"), dormant,
                Suggestions.proposalKey("p-orphan"), orphan));
        assertEquals(dormant, suggestions.get(0));
        assertEquals(orphan, suggestions.get(1));
        assertNull(suggestions.get(2), "a proposal no longer waiting says nothing");
    }

    private static ReviewedAccess proposal(String id) {
        return new ReviewedAccess("hal", "hal", true, AccessType.PROPOSAL, "account", "account: " + id, id,
                "proposal: dormant-account / disable_user", null, null);
    }

    private static ReviewedAccess role(AccessType type, String ref, String source) {
        return new ReviewedAccess("gus", "gus", true, type, "realm-role:admin", "admin", ref, source, null, null);
    }

    private static ReviewedAccess grant(String user, AccessType type, boolean enabled, Instant grantedAt,
            Instant lastUsed) {
        return new ReviewedAccess(user, user, enabled, type, "grant:s1:approver", "Payments / approver", "g-" + user,
                type == AccessType.GROUP_GRANT ? "granted to end-user group " + user : "direct (admin)", grantedAt,
                lastUsed);
    }

    private static Instant days(int ago) {
        return NOW.minus(Duration.ofDays(ago));
    }
}
