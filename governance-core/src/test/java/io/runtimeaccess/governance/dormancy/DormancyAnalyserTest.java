package io.runtimeaccess.governance.dormancy;

import static io.runtimeaccess.governance.dormancy.Users.NOW;
import static io.runtimeaccess.governance.dormancy.Users.daysAgo;
import static io.runtimeaccess.governance.dormancy.Users.grant;
import static io.runtimeaccess.governance.dormancy.Users.groupGrant;
import static io.runtimeaccess.governance.dormancy.Users.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.access.Holding;
import io.runtimeaccess.governance.access.UserRecord;
import io.runtimeaccess.governance.proposal.Category;
import io.runtimeaccess.governance.proposal.ChangeType;
import io.runtimeaccess.governance.proposal.Proposal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DormancyAnalyserTest {

    private final DormancyAnalyser analyser = new DormancyAnalyser(90, 90, Set.of("grant:sol:approver"));

    private static AccessSnapshot snapshot(UserRecord... users) {
        return new AccessSnapshot("realm", NOW, List.of(users));
    }

    @Test
    void dormantAccountsArePrivilegedFirstThenLongestDormant() {
        UserRecord recent = user("recent", true, daysAgo(400), daysAgo(10));
        UserRecord old = user("old", true, daysAgo(400), daysAgo(300));
        UserRecord lessOld = user("lessold", true, daysAgo(400), daysAgo(100));
        UserRecord privileged = user("admin", true, daysAgo(400), daysAgo(95),
                Holding.direct(AccessItem.realmRole("realm-admin", true)));
        List<DormantAccount> dormant = analyser.dormantAccounts(snapshot(recent, old, lessOld, privileged));
        assertEquals(List.of("admin", "old", "lessold"), dormant.stream().map(a -> a.user().username()).toList());
        assertTrue(dormant.get(0).privileged());
        assertEquals(300, dormant.get(1).daysSinceSignIn());
    }

    @Test
    void aUserWhoNeverSignedInCountsFromCreation() {
        UserRecord fresh = user("fresh", true, daysAgo(5), null);
        UserRecord stale = user("stale", true, daysAgo(120), null);
        List<DormantAccount> dormant = analyser.dormantAccounts(snapshot(fresh, stale));
        assertEquals(1, dormant.size());
        assertEquals("stale", dormant.get(0).user().username());
        assertNull(dormant.get(0).lastSignIn());
        assertEquals(120, dormant.get(0).daysSinceSignIn());
    }

    @Test
    void aPrivilegedItemNamedInTheSettingsMakesTheAccountPrivileged() {
        UserRecord approver = user("approver", true, daysAgo(400), daysAgo(200),
                grant("approver", daysAgo(300), daysAgo(1)));
        assertTrue(analyser.dormantAccounts(snapshot(approver)).get(0).privileged());
    }

    @Test
    void unusedGrantsCountFromLastUseOrElseFromTheGrant() {
        UserRecord user = user("u", true, daysAgo(400), daysAgo(1),
                grant("used", daysAgo(300), daysAgo(3)),
                grant("stale", daysAgo(300), daysAgo(143)),
                grant("never", daysAgo(200), null),
                grant("new", daysAgo(10), null),
                new Holding(AccessItem.grant("sol", "unknown", null, false), null, null, null, null, null),
                Holding.direct(AccessItem.realmRole("offline_access", false)));
        List<UnusedHolding> unused = analyser.unusedGrants(snapshot(user));
        assertEquals(List.of("grant:sol:never", "grant:sol:stale"),
                unused.stream().map(h -> h.holding().item().key()).toList());
        assertEquals(143, unused.get(1).daysUnused());
    }

    @Test
    void disabledUsersAreReportedForTheirDirectGrantsAndMembershipsOnly() {
        UserRecord disabled = user("gone", false, daysAgo(400), daysAgo(1),
                grant("viewer", daysAgo(10), daysAgo(1)),
                groupGrant("clerk", daysAgo(10), null),
                Holding.direct(AccessItem.endUserGroup("g1", "Finance")),
                Holding.direct(AccessItem.realmRole("offline_access", false)));
        UserRecord enabled = user("here", true, daysAgo(400), daysAgo(1), grant("viewer", daysAgo(10), daysAgo(1)));
        List<DisabledUserHolding> held = analyser.disabledUserAccess(snapshot(disabled, enabled));
        assertEquals(List.of("grant:sol:viewer", "eug:g1"), held.stream().map(h -> h.holding().item().key()).toList());
        assertTrue(analyser.unusedGrants(snapshot(disabled)).isEmpty(), "a disabled user's grants are not 'unused'");
    }

    @Test
    void proposalsNameTheirEvidence() {
        UserRecord dormant = user("dormant", true, daysAgo(400), daysAgo(143));
        UserRecord holder = user("holder", true, daysAgo(400), daysAgo(1),
                grant("stale", daysAgo(300), daysAgo(143)), groupGrant("shared", daysAgo(300), daysAgo(200)));
        UserRecord disabled = user("gone", false, daysAgo(400), daysAgo(1), grant("viewer", daysAgo(10), null));
        List<Proposal> proposals = new DormancyProposals(analyser).propose(snapshot(dormant, holder, disabled));
        assertEquals(4, proposals.size(), proposals.toString());

        Proposal disable = proposals.get(0);
        assertEquals(Category.DORMANT_ACCOUNT, disable.category());
        assertEquals(ChangeType.DISABLE_USER, disable.change());
        assertEquals("no sign-in for 143 days", disable.justification());
        assertNull(disable.item());

        Proposal review = proposals.get(1);
        assertEquals(ChangeType.REVIEW, review.change(), "a grant through a group is reviewed, not removed");
        assertEquals("not used for 200 days (held through end-user group Finance)", review.justification());

        Proposal remove = proposals.get(2);
        assertEquals(Category.UNUSED_ACCESS, remove.category());
        assertEquals(ChangeType.REMOVE, remove.change());
        assertEquals("not used for 143 days", remove.justification());
        assertEquals(143L, remove.evidence().get("daysUnused"));

        Proposal disabledAccess = proposals.get(3);
        assertEquals(Category.DISABLED_USER_ACCESS, disabledAccess.category());
        assertEquals(ChangeType.REMOVE, disabledAccess.change());
        assertEquals("id-gone", disabledAccess.userId());
    }

    @Test
    void confidenceRisesWithTheEvidenceAndStaysBelowOne() {
        assertEquals(0.6, DormancyProposals.confidence(90, 90, 0.6));
        assertTrue(DormancyProposals.confidence(180, 90, 0.6) > 0.6);
        assertEquals(0.95, DormancyProposals.confidence(270, 90, 0.6));
        assertEquals(0.95, DormancyProposals.confidence(10_000, 90, 0.6));
    }

    @Test
    void nothingIsFoundInACleanRealm() {
        UserRecord active = user("active", true, daysAgo(400), daysAgo(2), grant("viewer", daysAgo(300), daysAgo(2)));
        assertTrue(new DormancyProposals(analyser).propose(snapshot(active)).isEmpty());
    }
}
