package io.runtimeaccess.reviews.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.runtimeaccess.reviews.decision.Decision;
import io.runtimeaccess.reviews.input.InvalidInput;
import io.runtimeaccess.reviews.item.Suggestion;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CampaignRulesTest {

    @Test
    void scopeNamesTheFieldItMisses() {
        assertEquals("scope.type", assertThrows(InvalidInput.class, () -> ReviewScope.of("everything", "x", null))
                .field());
        assertEquals("scope.id", assertThrows(InvalidInput.class, () -> ReviewScope.of("solution-grants", " ", null))
                .field());
        assertEquals("scope.days", assertThrows(InvalidInput.class, () -> ReviewScope.of("inactive-users", null, 0))
                .field());
        ReviewScope inactive = ReviewScope.of("inactive-users", "ignored", 90);
        assertNull(inactive.target());
        assertEquals(90, inactive.inactiveDays());
        assertNull(ReviewScope.of("privileged-roles", "ignored", 5).inactiveDays());
    }

    @Test
    void ownersReviewTheSolutionOfAGrantAndTheGroupOfAMembership() {
        ReviewerRule owners = ReviewerRule.of("owner", "ignored", List.of("auditor"));
        assertEquals(ReviewerKind.OWNER, owners.kind());
        assertNull(owners.value(), "owners need no group or attribute");
        assertEquals(new OwnedAccess(OwnedAccess.Kind.SOLUTION, "s-1"), OwnedAccess.of("grant:s-1:viewer"));
        assertEquals(new OwnedAccess(OwnedAccess.Kind.SOLUTION, "s-1"), OwnedAccess.of("grant:s-1:a:b"),
                "a role name with a colon still names the solution before it");
        assertEquals(new OwnedAccess(OwnedAccess.Kind.GROUP, "g-1"), OwnedAccess.of("eug:g-1"));
        assertNull(OwnedAccess.of("realm-role:admin"), "Keycloak roles have no owner");
        assertNull(OwnedAccess.of("client-role:app:admin"));
        assertNull(OwnedAccess.of("grant::viewer"));
        assertNull(OwnedAccess.of("grant:s-1"));
        assertNull(OwnedAccess.of("eug:"));
        assertNull(OwnedAccess.of(null));
        assertEquals(List.of("auditor"), ReviewerRule.resolve(Set.of("amy"), "amy", owners.fallback()),
                "an owner does not review their own access");
        assertEquals("reviewers.type", assertThrows(InvalidInput.class, () -> ReviewerRule.of("owners", null, null))
                .field());
    }

    @Test
    void noMemberOfAGroupReviewsTheGroupsGrant() {
        // the reviewer group holds amy and boss; amy is a member of the end-user group whose grant is reviewed
        assertEquals(List.of("boss"), ReviewerRule.resolve(Set.of("amy", "boss"), Set.of("g1", "amy"),
                List.of("auditor")));
        assertEquals(List.of("auditor"), ReviewerRule.resolve(Set.of("amy"), Set.of("g1", "amy"), List.of("auditor",
                "amy")), "a member is not a fallback for the group's grant either");
    }

    @Test
    void reviewersFallBackWhenTheRuleFindsNobodyButTheReviewedUser() {
        assertEquals(List.of("boss"), ReviewerRule.resolve(Set.of("boss"), "amy", List.of("auditor")));
        Set<String> uuids = new java.util.LinkedHashSet<>();
        Set<String> federated = new java.util.LinkedHashSet<>();
        for (int i = 0; i < 150; i++) {
            uuids.add(String.format("%036d", i));
            federated.add("f:" + "c".repeat(36) + ":" + String.format("%036d", i));
        }
        assertEquals(100, ReviewerRule.resolve(uuids, "amy", List.of()).size(), "a hundred ids of 36 characters");
        List<String> longIds = ReviewerRule.resolve(federated, "amy", List.of());
        assertEquals(52, longIds.size(), "as many 75-character ids as 4,000 characters hold, one per line");
        assertEquals(3951, String.join("\n", longIds).length());
        assertEquals(List.of("auditor"), ReviewerRule.resolve(Set.of(), "amy", List.of("auditor")));
        assertEquals(List.of("auditor"), ReviewerRule.resolve(Set.of("amy"), "amy", List.of("auditor")),
                "nobody reviews their own access");
        assertEquals(List.of(), ReviewerRule.resolve(Set.of(), "auditor", List.of("auditor")));
        assertEquals("manager", ReviewerRule.of("manager", null, null).value());
        assertEquals("reviewers.group", assertThrows(InvalidInput.class, () -> ReviewerRule.of("group", "", null))
                .field());
        assertEquals(List.of("a", "b"), ReviewerRule.of("manager", "boss", List.of("a", "b", "a")).fallback());
        assertEquals("reviewers.fallback", assertThrows(InvalidInput.class, () -> ReviewerRule.of("manager", null,
                List.of("a\nb"))).field(), "a line break would split the stored list");
        List<String> long50 = java.util.stream.IntStream.range(0, 50).mapToObj(i -> i + "x".repeat(200)).toList();
        assertEquals("reviewers.fallback", assertThrows(InvalidInput.class, () -> ReviewerRule.of("manager", null,
                long50)).field(), "50 names of 200 characters do not fit the stored list's 4,000");
        assertEquals(19, ReviewerRule.of("manager", null, long50.subList(0, 19)).fallback().size());
        assertEquals("reviewers.attribute", assertThrows(InvalidInput.class, () -> ReviewerRule.of("manager",
                "x".repeat(256), null)).field());
        assertEquals("scope.id", assertThrows(InvalidInput.class, () -> ReviewScope.of("group-members", "g\u00001",
                null)).field());
    }

    @Test
    void deadlineDefaultFollowsTheRecommendationOnlyToRevokeWhatWasSuggested() {
        Suggestion revoke = new Suggestion(Suggestion.Action.REVOKE, "unused for 143 days: revoke");
        Suggestion keep = new Suggestion(Suggestion.Action.KEEP, "used 2 days ago: keep");
        Suggestion review = new Suggestion(Suggestion.Action.REVIEW, "held through a group: review");
        assertEquals(Decision.REVOKE, DefaultDecision.RECOMMENDATION.decide(revoke));
        assertEquals(Decision.APPROVE, DefaultDecision.RECOMMENDATION.decide(keep));
        assertEquals(Decision.APPROVE, DefaultDecision.RECOMMENDATION.decide(review));
        assertEquals(Decision.APPROVE, DefaultDecision.RECOMMENDATION.decide(null));
        assertEquals(Decision.REVOKE, DefaultDecision.REVOKE.decide(keep));
        assertEquals(Decision.APPROVE, DefaultDecision.KEEP.decide(revoke));
    }

    @Test
    void recurrenceCountsCalendarMonthsInUtc() {
        Instant end = Instant.parse("2026-01-31T10:00:00Z");
        assertEquals(Instant.parse("2026-04-30T10:00:00Z"), Recurrence.parse("quarterly").next(end));
        assertEquals(Instant.parse("2026-02-28T10:00:00Z"), Recurrence.parse("monthly").next(end));
        assertEquals(Instant.parse("2027-01-31T10:00:00Z"), Recurrence.parse("yearly").next(end));
        assertEquals(end.plusSeconds(30), Recurrence.parse("PT30S").next(end));
        assertNull(Recurrence.parse(null));
        assertEquals("recurrence", assertThrows(InvalidInput.class, () -> Recurrence.parse("fortnightly")).field());
        assertEquals("recurrence", assertThrows(InvalidInput.class, () -> Recurrence.parse("P0D")).field());
    }

    @Test
    void recurrenceIsRefusedWhenItsNextStartCouldNotBeCounted() {
        for (String text : List.of("P999999999Y", "PT9223372036854775807S", "P11Y", "P121M", "P3721D", "P10Y1D", "PT89281H",
                "P0000000000000000000000000000001M")) {
            InvalidInput refusal = assertThrows(InvalidInput.class, () -> Recurrence.parse(text), text);
            assertEquals("recurrence", refusal.field(), text);
        }
        Instant start = Instant.parse("2026-01-31T10:00:00Z");
        assertEquals(Instant.parse("2036-01-31T10:00:00Z"), Recurrence.parse("P10Y").next(start));
        assertEquals(start.plus(Duration.ofDays(3720)), Recurrence.parse("PT89280H").next(start));
        assertEquals(start.plus(Duration.ofDays(3720)), Recurrence.parse("P3720D").next(start));
    }

    @Test
    void timingRemindsBeforeTheDeadline() {
        Timing timing = Timing.of("P14D", "P3D");
        Instant start = Instant.parse("2026-12-01T00:00:00Z");
        assertEquals(Instant.parse("2026-12-15T00:00:00Z"), timing.deadline(start));
        assertEquals(Instant.parse("2026-12-12T00:00:00Z"), timing.reminderAt(start));
        assertNull(Timing.of("PT10S", null).reminderAt(start));
        assertEquals(Duration.ofDays(14), Timing.of(null, null).duration());
        assertEquals("reminderBefore", assertThrows(InvalidInput.class, () -> Timing.of("PT10S", "PT10S")).field());
        assertEquals("duration", assertThrows(InvalidInput.class, () -> Timing.of("two weeks", null)).field());
        assertEquals("duration", assertThrows(InvalidInput.class, () -> Timing.of("P400D", null)).field());
    }

    @Test
    void planDefaultsToKeepAndAutoApply() {
        CampaignPlan plan = CampaignPlan.of(" Q1 ", ReviewScope.of("privileged-roles", null, null),
                ReviewerRule.of("manager", null, null), Timing.of(null, null), null, null, null);
        assertEquals("Q1", plan.name());
        assertEquals(DefaultDecision.KEEP, plan.defaultDecision());
        assertEquals(true, plan.autoApply());
        assertEquals("defaultDecision", assertThrows(InvalidInput.class, () -> CampaignPlan.of("x", null, null, null,
                "ignore", null, null)).field());
        assertEquals("name", assertThrows(InvalidInput.class, () -> CampaignPlan.of("", null, null, null, null, null,
                null)).field());
    }
}
