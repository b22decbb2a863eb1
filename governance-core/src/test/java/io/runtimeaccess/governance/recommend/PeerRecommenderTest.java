package io.runtimeaccess.governance.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.access.Holding;
import io.runtimeaccess.governance.access.UserRecord;
import io.runtimeaccess.governance.proposal.Category;
import io.runtimeaccess.governance.proposal.ChangeType;
import io.runtimeaccess.governance.proposal.Proposal;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PeerRecommenderTest {

    static final AccessItem VIEW = AccessItem.grant("payments", "viewer", "Payments / viewer", false);
    static final AccessItem APPROVE = AccessItem.grant("payments", "approver", "Payments / approver", false);
    static final AccessItem LEDGER = AccessItem.grant("ledger", "clerk", "Ledger / clerk", false);
    static final AccessItem ADMIN = AccessItem.realmRole("admin", true);
    static final AccessItem SALES = AccessItem.grant("crm", "seller", "CRM / seller", false);
    static final AccessItem LEADS = AccessItem.grant("crm", "leads", "CRM / leads", false);
    static final AccessItem ODD = AccessItem.grant("hr", "payroll", "HR / payroll", false);

    static UserRecord user(String id, String department, List<Holding> holdings) {
        return new UserRecord(id, id, Map.of("department", department), true, Set.of(), false, false, Instant.EPOCH,
                null, false, 0, 0, holdings);
    }

    static List<Holding> direct(AccessItem... items) {
        return java.util.Arrays.stream(items).map(Holding::direct).toList();
    }

    /** 19 finance users with viewer, approver, ledger and admin; 20 sales users; newcomers in each. */
    static AccessSnapshot snapshot() {
        List<UserRecord> users = new ArrayList<>();
        for (int i = 0; i < 19; i++) {
            users.add(user("fin" + i, "Finance", direct(VIEW, APPROVE, LEDGER, ADMIN)));
            users.add(user("sal" + i, "Sales", direct(SALES, LEADS)));
        }
        users.add(user("sal19", "Sales", direct(SALES, LEADS)));
        users.add(user("newFin", "Finance", direct(VIEW)));
        users.add(user("oddSales", "Sales", List.of(Holding.direct(SALES), Holding.direct(LEADS),
                new Holding(ODD, "g1", "Payroll team", null, null, null))));
        users.add(user("oddDirect", "Sales", direct(SALES, LEADS, LEDGER)));
        return new AccessSnapshot("realm", Instant.EPOCH, users);
    }

    static PeerRecommender recommender() {
        return new PeerRecommender(new RecommenderSettings(List.of("department"), 0.0));
    }

    @Test
    void recommendsWhatPeersInTheSameDepartmentHoldWithEvidence() {
        List<Proposal> proposals = recommender().recommend(snapshot(), "newFin", 3);
        assertFalse(proposals.isEmpty());
        Proposal first = proposals.get(0);
        assertEquals(Category.PEER_RECOMMENDATION, first.category());
        assertEquals(ChangeType.ADD, first.change());
        assertTrue(Set.of(APPROVE.key(), LEDGER.key()).contains(first.item().key()), first.toString());
        assertTrue(first.justification().contains("department Finance"), first.justification());
        assertTrue(first.justification().matches("held by \\d+ of the \\d+ users .*"), first.justification());
        assertEquals(PeerRecommender.MODEL_VERSION, first.modelVersion());
        assertTrue(first.inputs().containsAll(List.of("attribute:department", "grants", "realm-roles")), first.inputs().toString());
        assertTrue(first.evidence().containsKey("peers") && first.evidence().containsKey("share"));
    }

    @Test
    void neverProposesAddingAPrivilegedItem() {
        List<Proposal> all = recommender().recommendAll(snapshot(), 10);
        assertFalse(all.isEmpty());
        for (Proposal proposal : all) {
            assertFalse(proposal.item().privileged(), proposal.toString());
        }
        PeerRecommender unmarked = new PeerRecommender(new RecommenderSettings(List.of("department"), 0.0));
        assertTrue(unmarked.recommend(snapshot(), "newFin", 10).stream().anyMatch(p -> p.item().key().equals(LEDGER.key())),
                "unmarked, the ledger is proposed: the mark is what keeps it out");
        PeerRecommender marked = new PeerRecommender(new RecommenderSettings(List.of("department"), 0.0,
                Set.of(LEDGER.key())));
        List<Proposal> forNewFin = marked.recommend(snapshot(), "newFin", 10);
        assertFalse(forNewFin.isEmpty());
        for (Proposal proposal : forNewFin) {
            assertFalse(proposal.item().key().equals(LEDGER.key()), "marked privileged in the settings");
        }
    }

    @Test
    void confidenceIsWithinRangeAndBelowTheMinimumIsNotProposed() {
        List<Proposal> all = recommender().recommendAll(snapshot(), 5);
        assertFalse(all.isEmpty());
        for (Proposal proposal : all) {
            assertTrue(proposal.confidence() >= 0 && proposal.confidence() <= 1);
        }
        PeerRecommender strict = new PeerRecommender(new RecommenderSettings(List.of("department"), 1.01));
        assertTrue(strict.recommendAll(snapshot(), 5).isEmpty());
    }

    @Test
    void flagsAccessNobodyComparableHolds() {
        List<Proposal> outliers = recommender().outliers(snapshot());
        Proposal viaGroup = outliers.stream().filter(p -> p.userId().equals("oddSales")).findFirst().orElseThrow();
        assertEquals(ChangeType.REVIEW, viaGroup.change());
        assertEquals(ODD.key(), viaGroup.item().key());
        assertTrue(viaGroup.justification().contains("Payroll team"), viaGroup.justification());
        Proposal direct = outliers.stream().filter(p -> p.userId().equals("oddDirect")).findFirst().orElseThrow();
        assertEquals(ChangeType.REMOVE, direct.change());
        assertEquals(LEDGER.key(), direct.item().key());
        assertTrue(direct.confidence() > 0.9 && direct.confidence() <= 1);
        assertTrue(outliers.stream().noneMatch(p -> p.userId().startsWith("fin")), "finance access is normal");
    }

    @Test
    void onePassGivesTheSameProposalsAsRecommendingAndFlaggingApart() {
        AccessSnapshot snapshot = snapshot();
        PeerModel model = recommender().fit(snapshot);
        List<Proposal> apart = new java.util.ArrayList<>(PeerRecommender.recommendAll(model, snapshot, 5));
        apart.addAll(PeerRecommender.outliers(model, snapshot));
        List<Proposal> together = PeerRecommender.recommendAndFlagAll(model, snapshot, 5);
        java.util.Comparator<Proposal> order = java.util.Comparator.comparing(Proposal::toString);
        apart.sort(order);
        together = new java.util.ArrayList<>(together);
        together.sort(order);
        assertEquals(apart, together);
        assertTrue(together.stream().anyMatch(p -> p.category() == Category.OUTLIER_ACCESS), "has outliers");
        assertTrue(together.stream().anyMatch(p -> p.category() == Category.PEER_RECOMMENDATION), "has additions");
    }

    @Test
    void unknownUserGetsNothing() {
        assertTrue(recommender().recommend(snapshot(), "nobody", 5).isEmpty());
    }

    @Test
    void settingsComeFromTheRealmSettings() {
        RecommenderSettings settings = RecommenderSettings.of(GovernanceSettings.defaults());
        assertEquals(GovernanceSettings.defaults().peerAttributes(), settings.peerAttributes());
        assertEquals(0.5, settings.minConfidence());
    }

    @Test
    void sameSnapshotGivesTheSameProposals() {
        assertEquals(recommender().recommendAll(snapshot(), 5), recommender().recommendAll(snapshot(), 5));
    }

    @Test
    void anEmptyRealmOrAUserWithNothingGivesNoProposals() {
        AccessSnapshot empty = new AccessSnapshot("realm", Instant.EPOCH, List.of());
        assertTrue(recommender().recommendAll(empty, 5).isEmpty());
        assertTrue(recommender().outliers(empty).isEmpty());
        List<UserRecord> users = new ArrayList<>(snapshot().users());
        users.add(new UserRecord("bare", "bare", Map.of(), true, Set.of(), false, false, Instant.EPOCH, null, false, 0,
                0, List.of()));
        AccessSnapshot withBare = new AccessSnapshot("realm", Instant.EPOCH, users);
        List<Proposal> forBare = recommender().recommend(withBare, "bare", 5);
        assertFalse(forBare.isEmpty(), "popular items at least");
        for (Proposal proposal : forBare) {
            assertFalse(proposal.item().privileged(), "a user with nothing gets at most popular, unprivileged items");
        }
        assertTrue(recommender().fit(withBare).outliers("bare").isEmpty());
    }
}
