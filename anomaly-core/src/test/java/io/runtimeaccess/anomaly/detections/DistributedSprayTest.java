package io.runtimeaccess.anomaly.detections;

import static io.runtimeaccess.anomaly.finding.Detection.DISTRIBUTED_SPRAY;
import static io.runtimeaccess.anomaly.finding.Detection.PASSWORD_SPRAY;
import static io.runtimeaccess.anomaly.support.Scenario.reason;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.AnomalyScorer;
import io.runtimeaccess.anomaly.ScorerSettings;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.support.Events;
import io.runtimeaccess.anomaly.support.Scenario;
import io.runtimeaccess.anomaly.support.TestWorld.Operator;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistributedSprayTest {

    private final Scenario realm = new Scenario().withRealm(3);
    private final List<Operator> operators = realm.world.operators();

    /** Three hours of the realm's usual: a typo every four minutes from everywhere. */
    private long usualFailures() {
        long t = realm.now + 8 * Events.HOUR;
        for (int i = 0; i < 45; i++) {
            realm.assess(Events.failure("r" + (i % 40), true, t + i * 4 * Events.MINUTE,
                    operators.get(i % 40).address(i, 1), Events.CHROME_WINDOWS));
        }
        return t + 180 * Events.MINUTE;
    }

    /** Spray tools rotate their user agent too. */
    private static String agent(int i) {
        return io.runtimeaccess.anomaly.support.Agents.header(io.runtimeaccess.anomaly.support.Agents.Kind.values()[i % 9],
                100 + i % 23, i);
    }

    private String botnet(int i) {
        return operators.get(i % operators.size()).address(200 + i / operators.size(), i % 250 + 1);
    }

    /** Issue: the first burst a new realm saw was its usual ("usually 300" one minute after 30 failures). */
    @Test
    void aNewRealmsFirstBurstIsNotLearnedAsNormal() {
        AnomalyScorer fresh = new AnomalyScorer(ScorerSettings.defaults(), realm.world);
        long t = Events.T0 + 10 * Events.HOUR;
        for (int i = 0; i < 30; i++) {
            fresh.assess(Events.failure("new" + i, true, t + i * 1_000L, botnet(i), agent(i)));
        }
        Assessment next = fresh.assess(Events.failure("new30", true, t + 70_000, botnet(30), agent(30)));
        Reason spike = reason(next, DISTRIBUTED_SPRAY);
        assertNotNull(spike, "31 failures in two minutes of a new realm are a spike: " + next);
        double usual = Double.parseDouble(spike.evidence().get("usualRealmFailures"));
        assertTrue(usual <= 6, "usually " + usual + " per window, not the burst itself");
    }

    @Test
    void firesOnARealmWideSpikeAndFlagsTheSuccessThatFollows() {
        long t = usualFailures();
        Assessment last = null;
        for (int i = 0; i < 80; i++) { // 80 addresses, two usernames each, in four minutes
            realm.assess(Events.failure("victim" + (2 * i), i % 2 == 0, t + i * 3_000L, botnet(i), agent(i)));
            last = realm.assess(Events.failure("victim" + (2 * i + 1), true, t + i * 3_000L + 1_000, botnet(i), agent(i)));
        }
        Reason spike = reason(last, DISTRIBUTED_SPRAY);
        assertNotNull(spike, last.toString());
        assertNull(reason(last, PASSWORD_SPRAY), "no single address stands out");
        assertTrue(Integer.parseInt(spike.evidence().get("realmFailures")) >= 150, spike.toString());

        Assessment success = realm.assess(Events.login("r7", t + 5 * Events.MINUTE, botnet(33), Events.CHROME_WINDOWS));
        Reason hit = reason(success, DISTRIBUTED_SPRAY);
        assertNotNull(hit, success.toString());
        assertTrue(hit.weight() >= 60, hit.toString());
        assertEquals(2, success.coveredEventIds().size() - 1, success.coveredEventIds().toString());
    }

    /**
     * A carrier-grade NAT address is shared: the spray used it once, and then its usual user signs in
     * from it with the usual browser. The owner, not the attacker, is the likely one.
     */
    @Test
    void theUsualUserOfASharedAddressTheSprayAlsoUsedWeighsLittle() {
        String shared = botnet(33);
        realm.history("owner", shared, Events.CHROME_WINDOWS, 30, 9);
        long t = usualFailures();
        for (int i = 0; i < 80; i++) {
            realm.assess(Events.failure("victim" + i, true, t + i * 3_000L, botnet(i), agent(i)));
        }
        Assessment owner = realm.assess(Events.login("owner", t + 5 * Events.MINUTE, shared, Events.CHROME_WINDOWS));
        Reason hit = reason(owner, DISTRIBUTED_SPRAY);
        assertNotNull(hit, "still said: " + owner);
        assertTrue(hit.weight() < 25, hit.toString());
    }

    @Test
    void quietAtTheUsualFailureRate() {
        long t = usualFailures();
        Assessment last = null;
        for (int i = 0; i < 20; i++) {
            last = realm.assess(Events.failure("r" + i, true, t + i * 4 * Events.MINUTE, botnet(i), Events.CHROME_WINDOWS));
            assertNull(reason(last, DISTRIBUTED_SPRAY), last.toString());
        }
        Assessment success = realm.assess(Events.login("r3", t + 81 * Events.MINUTE, botnet(3), Events.CHROME_WINDOWS));
        assertNull(reason(success, DISTRIBUTED_SPRAY));
    }

    @Test
    void aSuccessUnrelatedToTheSpikeIsNotFlagged() {
        long t = usualFailures();
        for (int i = 0; i < 80; i++) {
            realm.assess(Events.failure("victim" + i, true, t + i * 3_000L, botnet(i), agent(i)));
        }
        Assessment success = realm.assess(Events.login("r9", t + 5 * Events.MINUTE,
                realm.world.operator(io.runtimeaccess.anomaly.support.TestWorld.DE,
                        io.runtimeaccess.anomaly.support.TestWorld.Kind.HOME, 1).address(109, 1), Events.SAFARI_IPHONE));
        assertNull(reason(success, DISTRIBUTED_SPRAY), success.toString());
    }

    /** Issue 9, point 3: a morning with many times the night's sign-ins brings many times the typos; no spike. */
    @Test
    void aBusyMorningsTyposAreNoSpike() {
        long t = usualFailures() + 12 * Events.HOUR;
        io.runtimeaccess.anomaly.support.TestWorld.Operator isp = realm.world.operator(
                io.runtimeaccess.anomaly.support.TestWorld.DE, io.runtimeaccess.anomaly.support.TestWorld.Kind.HOME, 2);
        for (int i = 0; i < 1200; i++) { // 1,200 sign-ins in 30 minutes, one in ten after a typo
            long time = t + i * 1_500L;
            String ip = isp.address(i / 200, 1 + i % 200);
            if (i % 10 == 0) {
                Assessment typo = realm.assess(Events.failure("m" + i, true, time - 1_000, ip, Events.CHROME_WINDOWS));
                assertNull(reason(typo, DISTRIBUTED_SPRAY), "typo " + i + ": " + typo);
            }
            Assessment success = realm.assess(Events.login("m" + i, time, ip, Events.CHROME_WINDOWS));
            assertNull(reason(success, DISTRIBUTED_SPRAY), success.toString());
        }
    }

    /** Issue 9, point 4: the owner, on the usual network with the usual browser (just updated), mistypes during a spike. */
    @Test
    void theOwnerOnTheUsualNetworkAndBrowserIsNotAlertedForTheSpike() {
        String home = realm.homeIsp.address(7, 7);
        realm.history("owner", home, Events.CHROME_WINDOWS, 20, 9);
        long t = usualFailures();
        for (int i = 0; i < 80; i++) {
            realm.assess(Events.failure("victim" + i, true, t + i * 3_000L, botnet(i), agent(i)));
        }
        realm.assess(Events.failure("owner", true, t + 4 * Events.MINUTE, home, Events.CHROME_WINDOWS));
        String updated = io.runtimeaccess.anomaly.support.Agents.header(
                io.runtimeaccess.anomaly.support.Agents.Kind.CHROME_WINDOWS, 121, 0);
        Assessment owner = realm.assess(Events.login("owner", t + 5 * Events.MINUTE, home, updated));
        Reason hit = reason(owner, DISTRIBUTED_SPRAY);
        assertNotNull(hit, owner.toString());
        assertTrue(hit.weight() < 25, "the spike alone does not alert the owner: " + hit);
    }

    /** Issue 9, point 3: an office NAT where many sign in is a shared egress, not a sprayer's address. */
    @Test
    void aSuccessThroughABusyOfficeNatDuringASpikeIsNotFromASprayingAddress() {
        String office = realm.world.operator(io.runtimeaccess.anomaly.support.TestWorld.DE,
                io.runtimeaccess.anomaly.support.TestWorld.Kind.OFFICE, 0).address(1, 1);
        long t = usualFailures();
        for (int i = 0; i < 80; i++) {
            realm.assess(Events.failure("victim" + i, true, t + i * 3_000L, botnet(i), agent(i)));
        }
        for (int i = 0; i < 3; i++) {
            realm.assess(Events.failure("colleague" + i, true, t + 3 * Events.MINUTE + i * 1_000L, office,
                    Events.CHROME_WINDOWS));
        }
        for (int i = 0; i < 20; i++) {
            realm.assess(Events.login("staff" + i, t + 4 * Events.MINUTE + i * 1_000L, office, Events.CHROME_WINDOWS));
        }
        Assessment newcomer = realm.assess(Events.login("newcomer", t + 5 * Events.MINUTE, office, Events.CHROME_WINDOWS));
        assertNull(reason(newcomer, DISTRIBUTED_SPRAY), newcomer.toString());
    }
}
