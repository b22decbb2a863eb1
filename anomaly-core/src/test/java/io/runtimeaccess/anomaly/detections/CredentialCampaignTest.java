package io.runtimeaccess.anomaly.detections;

import static io.runtimeaccess.anomaly.finding.Detection.CREDENTIAL_CAMPAIGN;
import static io.runtimeaccess.anomaly.support.Scenario.reason;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.AnomalyScorer;
import io.runtimeaccess.anomaly.ScorerSettings;
import io.runtimeaccess.anomaly.finding.Activity;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.support.Agents;
import io.runtimeaccess.anomaly.support.Events;
import io.runtimeaccess.anomaly.support.TestWorld;
import io.runtimeaccess.anomaly.support.TestWorld.Operator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9, point 5: failure-only campaigns raise one realm-level finding; a typo wave does not. */
class CredentialCampaignTest {

    private static final int USERS = 400;

    private final TestWorld world = new TestWorld();
    private final AnomalyScorer scorer = new AnomalyScorer(ScorerSettings.defaults(), world);
    private final List<Operator> foreign = new ArrayList<>();
    private long now = Events.T0;

    CredentialCampaignTest() {
        for (Operator operator : world.operators()) {
            if (operator.country() != TestWorld.DE && operator.kind() != TestWorld.Kind.OFFICE) {
                foreign.add(operator);
            }
        }
        // Two weeks: every user signs in on workdays from a German home address, 3% of them after a typo.
        for (int day = 0; day < 14; day++) {
            if (day % 7 >= 5) {
                continue;
            }
            for (int u = 0; u < USERS; u++) {
                long time = Events.T0 + day * Events.DAY + (6 + u % 10) * Events.HOUR + u * 7_000L;
                if ((u + day) % 33 == 0) {
                    scorer.assess(Events.failure(user(u), true, time - 20_000, home(u), Events.CHROME_WINDOWS));
                }
                scorer.assess(Events.login(user(u), time, home(u), Events.CHROME_WINDOWS));
            }
        }
        now = Events.T0 + 14 * Events.DAY; // a Monday
    }

    private static String user(int u) {
        return "user" + u;
    }

    private String home(int u) {
        return world.operator(TestWorld.DE, TestWorld.Kind.HOME, u % 4).address(100 + u % 150, 1 + u / 150);
    }

    private String residential(int i) {
        Operator operator = foreign.get(i % foreign.size());
        return operator.address(200 + i / foreign.size() % 50, 1 + i % 250);
    }

    private static String browser(int i) {
        return Agents.header(Agents.Kind.values()[i % Agents.Kind.values().length], 120 + i % 8, i % 40);
    }

    /** The realm's Monday: everyone signs in between 6 and 10 UTC. */
    private void ordinaryMorning(long day, List<Assessment> out) {
        for (int u = 0; u < USERS; u++) {
            long time = day + 6 * Events.HOUR + u * 36_000L;
            out.add(scorer.assess(Events.login(user(u), time, home(u), Events.CHROME_WINDOWS)));
        }
    }

    @Test
    void credentialStuffingRaisesOneRealmFindingWithinTwoHundredGuesses() {
        List<Assessment> benign = new ArrayList<>();
        ordinaryMorning(now, benign);
        long start = now + 10 * Events.HOUR;
        List<Assessment> raised = new ArrayList<>();
        int firstAt = -1;
        for (int i = 0; i < 300; i++) { // one guess per account, 300 accounts, from 300 addresses, in 2 hours
            Assessment a = scorer.assess(Events.failure(user(i), true, start + i * 24_000L, residential(i), browser(i)));
            if (reason(a, CREDENTIAL_CAMPAIGN) != null) {
                raised.add(a);
                if (firstAt < 0) {
                    firstAt = i + 1;
                }
            }
        }
        assertTrue(firstAt > 0 && firstAt <= 200, "raised at guess " + firstAt);
        Assessment first = raised.get(0);
        assertNull(first.userId(), "the realm's finding, not the tried account's");
        assertEquals(Activity.FAILED_SIGN_IN, first.activity());
        assertTrue(first.score() >= 40, first.toString());
        Reason reason = first.topReason();
        assertEquals(CREDENTIAL_CAMPAIGN, reason.detection());
        // a count of failures, not of usernames: in the six-hour window a username counts once an hour
        assertTrue(reason.text().matches("Credential campaign against the realm: \\d+ failed sign-ins in the last .*"
                + "\\(a username counts once an hour\\).*"), reason.text());
        // Two hours: raised once, then updated at most every ten minutes and only on growth.
        assertTrue(raised.size() <= 1 + 120 / 10, raised.size() + " raises");
        assertTrue(benign.stream().allMatch(a -> reason(a, CREDENTIAL_CAMPAIGN) == null));
    }

    @Test
    void aSlowSprayRotatingBrowsersIsRaisedToo() {
        long start = now + 8 * Events.HOUR;
        int firstAt = -1;
        for (int i = 0; i < 200 && firstAt < 0; i++) { // one guess every three minutes
            long time = start + i * 3 * Events.MINUTE;
            Assessment a = scorer.assess(Events.failure(user((i * 7) % USERS), true, time, residential(i * 13),
                    browser(i)));
            if (reason(a, CREDENTIAL_CAMPAIGN) != null) {
                firstAt = i + 1;
            }
            if (i % 2 == 0) { // the realm's own sign-ins go on
                scorer.assess(Events.login(user(i % USERS), time + 30_000, home(i % USERS), Events.CHROME_WINDOWS));
            }
        }
        assertTrue(firstAt > 0 && firstAt <= 200, "raised at guess " + firstAt);
    }

    /** Monday-morning typos: many failures, all from the accounts' own networks and followed by success. */
    @Test
    void aTypoWaveOfTheWholeRealmStaysSilent() {
        long day = now;
        for (int u = 0; u < USERS; u++) {
            long time = day + 6 * Events.HOUR + u * 9_000L;
            Assessment failure = scorer.assess(Events.failure(user(u), true, time, home(u), Events.CHROME_WINDOWS));
            assertNull(reason(failure, CREDENTIAL_CAMPAIGN), failure.toString());
            Assessment again = scorer.assess(Events.failure(user(u), true, time + 5_000, home(u), Events.CHROME_WINDOWS));
            assertNull(reason(again, CREDENTIAL_CAMPAIGN), again.toString());
            scorer.assess(Events.login(user(u), time + 20_000, home(u), Events.CHROME_WINDOWS));
        }
    }

    /** Travellers' typos are unfamiliar, but their own success from there takes them back out. */
    @Test
    void typosAwayFromHomeThatASuccessFollowsDoNotAddUp() {
        long start = now + 7 * Events.HOUR;
        for (int u = 0; u < 150; u++) {
            long time = start + u * 20_000L;
            String hotel = residential(u);
            Assessment failure = scorer.assess(Events.failure(user(u), true, time, hotel, Events.CHROME_WINDOWS));
            assertNull(reason(failure, CREDENTIAL_CAMPAIGN), "guess " + u + ": " + failure);
            scorer.assess(Events.login(user(u), time + 10_000, hotel, Events.CHROME_WINDOWS));
        }
    }

    @Test
    void oneAccountHammeredIsBruteForceNotACampaign() {
        long start = now + 9 * Events.HOUR;
        for (int i = 0; i < 200; i++) {
            Assessment a = scorer.assess(Events.failure(user(1), true, start + i * 5_000L, residential(i), browser(i)));
            assertNull(reason(a, CREDENTIAL_CAMPAIGN), a.toString());
        }
    }

    @Test
    void aDismissedCampaignIsNotUpdatedAgain() {
        long start = now + 10 * Events.HOUR;
        Assessment first = null;
        int after = 0;
        for (int i = 0; i < 400; i++) {
            Assessment a = scorer.assess(Events.failure("nobody" + i, false, start + i * 6_000L, residential(i), browser(i)));
            if (reason(a, CREDENTIAL_CAMPAIGN) != null) {
                if (first == null) {
                    first = a;
                    scorer.dismissed(a);
                } else {
                    after++;
                }
            }
        }
        assertNotNull(first);
        assertEquals(0, after);
    }
}
