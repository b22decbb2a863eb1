package io.runtimeaccess.anomaly.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The realm's counts at enterprise size: what nobody used reads 0, what many use stays exact, and the
 * table stays within its stated memory.
 */
class RealmStatsSaturationTest {

    private static final int OFFICE = 0x0A_02_00;
    private static final int BACKEND = 0x0B_03_00;

    /**
     * Sign-ins of {@code users} users over {@code days} days: each has a home /24 and uses a few carrier
     * /24s from a pool, as a realm's population does; 50 of them also sign in from one office /24 and
     * every session's token requests come partly from one backend /24.
     */
    private static RealmStats realm(int users, int days, int maxUsers, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        RealmStats stats = new RealmStats(maxUsers);
        int perDay = Math.max(1, users / days);
        int user = 0;
        for (int day = 0; day < days; day++) {
            stats.today(20_000 + day);
            for (int i = 0; i < perDay && user < users; i++, user++) {
                stats.countUser();
                int home = 0x40_00_00 + user; // a /24 of its own
                signIn(stats, home, 3320, true);
                for (int n = 0; n < 5; n++) {
                    signIn(stats, 0x60_00_00 + random.nextInt(200_000), 6805, true); // a carrier's pool
                }
                if (user % 100 == 0) {
                    stats.countTokenSession(BACKEND);
                }
            }
            for (int office = 0; office < 50; office++) {
                if (day == 0) {
                    stats.countNetworkUser(OFFICE);
                }
                signIn(stats, OFFICE, 8881, false);
            }
        }
        return stats;
    }

    private static void signIn(RealmStats stats, int network, int asn, boolean newForUser) {
        if (newForUser) {
            stats.countNetworkUser(network);
        }
        stats.learn(Level.NETWORK, asn, network);
        stats.learn(Level.ASN, 17477, asn);
        stats.countNovelty(Level.NETWORK, 3, asn, newForUser);
        stats.countLogin(9, 1);
    }

    @Test
    void aNetworkNobodyUsedReadsZeroAfterAHundredThousandUsers() {
        RealmStats stats = realm(100_000, 63, 250_000, 7);
        for (int i = 0; i < 10_000; i++) {
            int never = 0xC0_00_00 + i; // 192.0.x.0/24 .. : no sign-in ever came from these
            assertEquals(0, stats.networkUsers(never), "users behind a never-used /24");
            assertEquals(0, stats.tokenSessions(never), "sessions of a never-used /24");
            assertEquals(0, stats.count(Level.NETWORK, 3320, never), "sign-ins from a never-used /24");
        }
    }

    @Test
    void busyNetworksStayExactWhileTheTailIsEvicted() {
        // a cap of 2,000 users: 20,000 keys for 100,000 users' worth of networks, so sweeps run often
        RealmStats stats = realm(100_000, 63, 2_000, 11);
        assertTrue(stats.counts().size() <= stats.counts().limit(), stats.counts().size() + " keys");
        assertEquals(50, stats.networkUsers(OFFICE), "the office's users");
        assertEquals(50 * 63, stats.count(Level.NETWORK, 8881, OFFICE), "the office's sign-ins");
        assertEquals(1_000, stats.tokenSessions(BACKEND), "the backend's sessions");
        assertEquals(0, stats.networkUsers(0xC0_00_01));
    }

    @Test
    void memoryIsBoundedPerUserPlusAConstant() {
        int users = 20_000;
        RealmStats stats = realm(users, 63, 250_000, 13);
        long bound = (long) RealmCounts.MAX_BYTES_PER_KEY * (RealmStats.MIN_KEYS + (long) RealmStats.KEYS_PER_USER * users)
                + 4_096;
        assertTrue(stats.counts().size() <= RealmStats.MIN_KEYS + RealmStats.KEYS_PER_USER * users);
        assertTrue(stats.bytes() <= bound, stats.bytes() + " > " + bound);
        assertTrue(RealmCounts.MAX_BYTES_PER_KEY * RealmStats.KEYS_PER_USER <= 384, "per user");
    }

    @Test
    void aNewRealmHoldsOnlyItsConstant() {
        RealmStats stats = new RealmStats(250_000);
        assertTrue(stats.bytes() <= (long) RealmCounts.MAX_BYTES_PER_KEY * RealmStats.MIN_KEYS + 4_096, "" + stats.bytes());
    }
}
