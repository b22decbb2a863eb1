package io.runtimeaccess.anomaly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.event.UserEventType;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.state.Hashing;
import io.runtimeaccess.anomaly.support.Events;
import io.runtimeaccess.anomaly.support.TestWorld;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The process-wide caps: many realms' scorers together stay under them, and a new realm still learns. */
class SharedBudgetTest {

    private final TestWorld world = new TestWorld();

    private static String ip(int i) {
        return (11 + (i >>> 24 & 0x3F)) + "." + (i >>> 16 & 0xFF) + "." + (i >>> 8 & 0xFF) + "." + (i & 0xFF);
    }

    /** {@code users} sign-ins (each with a session) and as many failures from new addresses, in one realm. */
    private static void traffic(AnomalyScorer scorer, String realm, int users, int offset) {
        for (int u = 0; u < users; u++) {
            int i = offset + u;
            long time = Events.T0 + i * 1_000L;
            scorer.assess(new UserEvent("l" + i, time, realm, "user" + u, "user" + u, UserEventType.LOGIN, ip(i),
                    Events.CHROME_WINDOWS, "s" + i, null));
            scorer.assess(new UserEvent("f" + i, time + 500, realm, null, "nobody" + u, UserEventType.LOGIN_ERROR,
                    ip(i + 5_000_000), "agent/" + u, null, "user_not_found"));
        }
    }

    @Test
    void manyRealmsStayUnderTheProcessWideCaps() {
        StateBudget budget = new StateBudget(1_000, 800, 500);
        List<AnomalyScorer> realms = new ArrayList<>();
        for (int r = 0; r < 200; r++) {
            AnomalyScorer scorer = new AnomalyScorer(ScorerSettings.defaults(), world, budget);
            realms.add(scorer);
            traffic(scorer, "realm-" + r, 50, r * 1_000);
        }
        int users = realms.stream().mapToInt(AnomalyScorer::activeUsers).sum();
        assertEquals(1_000, users, "10,000 users seen, the process keeps 1,000: " + budget);
        assertTrue(budget.users().used() <= 1_000, budget.toString());
        assertTrue(budget.sessions().used() <= 800, budget.toString());
        assertTrue(budget.sources().used() <= 500, budget.toString());
        long bytes = realms.stream().mapToLong(AnomalyScorer::approximateStateBytes).sum();
        System.out.println("200 realms under " + budget + ": " + bytes + " bytes");
    }

    @Test
    void aNewRealmLearnsEvenWhenABusyOneFilledTheBudget() {
        StateBudget budget = new StateBudget(500, 500, 500);
        AnomalyScorer busy = new AnomalyScorer(ScorerSettings.defaults(), world, budget);
        traffic(busy, "busy", 2_000, 0);
        assertEquals(500, busy.activeUsers(), "the busy realm holds the whole budget, LRU within it");

        AnomalyScorer fresh = new AnomalyScorer(ScorerSettings.defaults(), world, budget);
        traffic(fresh, "fresh", 100, 3_000_000);
        assertEquals(100, fresh.activeUsers(), "room is taken from the realm holding the most");
        assertEquals(400, busy.activeUsers());
        assertEquals(500, budget.users().used());
    }

    /**
     * Under a budget shared with other realms, a realm's profile table drops users long before its own cap: a user
     * dropped for room who mistypes at home is not someone who never signed in (thirty such typos made a HIGH
     * credential campaign).
     */
    @Test
    void usersDroppedForRoomAreNoStrangersWhenTheyMistype() {
        AnomalyScorer scorer = new AnomalyScorer(ScorerSettings.defaults(), world, new StateBudget(50, 1_000, 1_000));
        long day = 86_400_000L;
        for (int d = 0; d < 3; d++) {
            for (int u = 0; u < 100; u++) {
                scorer.assess(new UserEvent("l" + d + "-" + u, Events.T0 + d * day + u * 60_000L, "r", "u" + u, "u" + u,
                        UserEventType.LOGIN, "10.0." + u + ".5", Events.CHROME_WINDOWS, "s" + u + "-" + d, null));
            }
        }
        for (int u = 0; u < 30; u++) {
            Assessment typo = scorer.assess(new UserEvent("t" + u, Events.T0 + 5 * day + u * 15_000L, "r", "u" + u,
                    "u" + u, UserEventType.LOGIN_ERROR, "10.0." + u + ".5", Events.CHROME_WINDOWS, null,
                    "invalid_user_credentials"));
            assertTrue(typo.reasons().stream().noneMatch(r -> r.detection() == Detection.CREDENTIAL_CAMPAIGN),
                    "typo " + u + ": " + typo);
        }
    }

    @Test
    void eachRealmsOwnCapStillApplies() {
        StateBudget budget = new StateBudget(10_000, 10_000, 10_000);
        AnomalyScorer small = new AnomalyScorer(ScorerSettings.builder().maxUsers(30).build(), world, budget);
        traffic(small, "small", 100, 0);
        assertEquals(30, small.activeUsers());
        assertEquals(30, budget.users().used(), "the budget counts only what is kept");
    }

    @Test
    void scorersSharingABudgetShareOneUserAgentCache() {
        StateBudget budget = new StateBudget(100, 100, 100);
        assertTrue(budget.agents(1024) == budget.agents(64), "one cache for the process");
    }

    @Test
    void tableSlotsAreSeededPerProcessButKeysAreNot() {
        assertNotEquals(Hashing.mix(42L), Hashing.tableHash(42L), "a random seed (one in 2^64 to be equal)");
        assertEquals(Hashing.tableHash(42L), Hashing.tableHash(42L));
        assertEquals(-4192475849746331044L, Hashing.hash64("alice"), "snapshot keys mean the same after a restart");
    }
}
