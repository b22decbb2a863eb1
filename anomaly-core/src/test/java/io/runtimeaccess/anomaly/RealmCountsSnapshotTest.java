package io.runtimeaccess.anomaly;

import static io.runtimeaccess.anomaly.finding.Detection.IMPOSSIBLE_TRAVEL;
import static io.runtimeaccess.anomaly.finding.Detection.NEW_NETWORK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.event.UserEventType;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.network.IpLocator;
import io.runtimeaccess.anomaly.observation.IpAddresses;
import io.runtimeaccess.anomaly.observation.NetworkLocation;
import io.runtimeaccess.anomaly.state.Level;
import io.runtimeaccess.anomaly.state.RealmStats;
import io.runtimeaccess.anomaly.support.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The realm's counts in snapshots: format 4 keeps them exactly; a format 3 snapshot (whose counts were a
 * count-min sketch) still restores, with its users' profiles, and its realm counts start fresh.
 *
 * <p>The format 3 resource was written by model 1.1.0 from this realm: 20 users signing in daily at
 * 9:00 UTC (plus a minute per user number) with Chrome 144 for 10 days from 2 November 2026, user N
 * from 10.0.N.1 (a Berlin home ISP), except that users 0–11 sign in from the office 10.2.0.5 (a Berlin
 * business ISP) on odd days.
 */
class RealmCountsSnapshotTest {

    private static final String RESOURCE = "snapshot-format-3-model-1.1.0.bin";
    private static final long T0 = Instant.parse("2026-11-02T00:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000L;
    private static final long DAY = 86_400_000L;
    private static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/144.0.0.0 Safari/537.36";
    private static final int OFFICE = IpAddresses.network("10.2.0.5");

    private static final IpLocator LOCATOR = ip -> ip.startsWith("10.0.")
            ? new NetworkLocation("DE", null, "Berlin", 3320, "Deutsche Telekom AG", 52.52, 13.40, false, false)
            : ip.startsWith("10.2.")
                    ? new NetworkLocation("DE", null, "Berlin", 8881, "Versatel", 52.52, 13.40, false, false)
                    : ip.startsWith("10.9.")
                            ? new NetworkLocation("US", null, "New York", 7922, "Comcast", 40.71, -74.0, false, false)
                            : NetworkLocation.UNKNOWN;

    private static int ids;

    private static UserEvent login(String user, long time, String ip) {
        ids++;
        return new UserEvent("c" + ids, time, "acme", user, user, UserEventType.LOGIN, ip, CHROME, "s" + ids, null);
    }

    /** The realm the resource was written from, learned by today's scorer. */
    private static AnomalyScorer learned() {
        AnomalyScorer scorer = new AnomalyScorer(ScorerSettings.defaults(), LOCATOR);
        for (int d = 0; d < 10; d++) {
            for (int u = 0; u < 20; u++) {
                boolean office = u < 12 && d % 2 == 1;
                scorer.assess(login("user" + u, T0 + d * DAY + 9 * 60 * MINUTE + u * MINUTE,
                        office ? "10.2.0.5" : "10.0." + u + ".1"));
            }
        }
        return scorer;
    }

    private static RealmStats stats(AnomalyScorer scorer) {
        return scorer.statsOf("acme");
    }

    @Test
    void formatFourKeepsTheRealmCountsExactly() {
        AnomalyScorer scorer = learned();
        AnomalyScorer restored = new AnomalyScorer(ScorerSettings.defaults(), LOCATOR);
        restored.restore(scorer.snapshot());

        RealmStats before = stats(scorer);
        RealmStats after = stats(restored);
        assertEquals(12, before.networkUsers(OFFICE));
        assertEquals(12, after.networkUsers(OFFICE));
        assertEquals(before.count(Level.NETWORK, 8881, OFFICE), after.count(Level.NETWORK, 8881, OFFICE));
        assertEquals(before.counts().size(), after.counts().size());
        assertEquals(before.users(), after.users());
        assertEquals(before.logins(), after.logins());
    }

    @Test
    void aLargeRealmRestoresAllItsKeys() {
        AnomalyScorer scorer = new AnomalyScorer(ScorerSettings.defaults(), LOCATOR);
        for (int u = 0; u < 6_000; u++) {
            scorer.assess(login("many" + u, T0 + u * MINUTE, "10.0." + (u >>> 8) + "." + (u & 0xFF)));
        }
        int keys = stats(scorer).counts().size();
        AnomalyScorer restored = new AnomalyScorer(ScorerSettings.defaults(), LOCATOR);
        restored.restore(scorer.snapshot());
        assertEquals(keys, stats(restored).counts().size());
        assertEquals(stats(scorer).counts().limit(), stats(restored).counts().limit());
    }

    @Test
    void aFormatThreeSnapshotRestoresWithFreshRealmCounts() throws IOException {
        AnomalyScorer scorer;
        try (InputStream in = RealmCountsSnapshotTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, RESOURCE);
            scorer = new AnomalyScorer(ScorerSettings.defaults(), LOCATOR);
            scorer.restore(in.readAllBytes());
        }
        assertEquals(20, scorer.activeUsers());
        RealmStats stats = stats(scorer);
        assertEquals(0, stats.counts().size(), "the sketch is not carried over");
        assertEquals(0, stats.logins(), "nor the sign-ins its counts were shares of");
        assertEquals(20, stats.users(), "the table is sized for the users restored");
        assertEquals(0, stats.networkUsers(OFFICE), "the office is a busy network no more, until seen again");

        Assessment usual = scorer.assess(login("user5", T0 + 10 * DAY + 9 * 60 * MINUTE, "10.0.5.1"));
        assertNull(Scenario.reason(usual, NEW_NETWORK), "the profiles are kept: " + usual);
        Assessment far = scorer.assess(login("user15", T0 + 9 * DAY + 9 * 60 * MINUTE + 45 * MINUTE, "10.9.0.1"));
        assertNotNull(Scenario.reason(far, IMPOSSIBLE_TRAVEL), far.toString());

        AnomalyScorer again = new AnomalyScorer(ScorerSettings.defaults(), LOCATOR);
        again.restore(scorer.snapshot());
        assertEquals(20, again.activeUsers());
        assertEquals(stats.counts().size(), stats(again).counts().size(), "what it learned since is kept");
    }
}
