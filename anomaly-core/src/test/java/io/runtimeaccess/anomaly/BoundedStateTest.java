package io.runtimeaccess.anomaly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.event.UserEventType;
import io.runtimeaccess.anomaly.support.Events;
import io.runtimeaccess.anomaly.support.SyntheticRealm;
import io.runtimeaccess.anomaly.support.SyntheticRealm.Labeled;
import io.runtimeaccess.anomaly.support.TestWorld;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every table stays within its cap however many distinct users, addresses and sessions stream by. */
class BoundedStateTest {

    private final TestWorld world = new TestWorld();

    @Test
    void aMillionDistinctUsersAndAddressesStayWithinTheCaps() {
        ScorerSettings small = ScorerSettings.builder().maxUsers(1000).maxSources(500).maxSessions(800).maxAdmins(10)
                .build();
        AnomalyScorer scorer = new AnomalyScorer(small, world);
        long bytesAfterWarmUp = 0;
        for (int i = 0; i < 1_000_000; i++) {
            String ip = (11 + (i >>> 24 & 0x3F)) + "." + (i >>> 16 & 0xFF) + "." + (i >>> 8 & 0xFF) + "." + (i & 0xFF);
            long time = Events.T0 + i * 50L;
            UserEvent event = i % 4 == 3
                    ? new UserEvent("f" + i, time, Events.REALM, null, "nobody" + i, UserEventType.LOGIN_ERROR, ip,
                            "agent/" + (i % 5000), null, "user_not_found")
                    : new UserEvent("l" + i, time, Events.REALM, "user" + i, "user" + i, UserEventType.LOGIN, ip,
                            Events.CHROME_WINDOWS, "s" + i, null);
            scorer.assess(event);
            if (i == 500_000) {
                bytesAfterWarmUp = scorer.approximateStateBytes();
            }
        }
        assertEquals(1000, scorer.activeUsers());
        long bytes = scorer.approximateStateBytes();
        System.out.println(scorer.stateBytesByTable());
        assertTrue(bytes <= bytesAfterWarmUp * 1.1, bytes + " bytes, was " + bytesAfterWarmUp + " after 500k events");
        assertTrue(bytes < 8_000_000, bytes + " bytes");
    }

    @Test
    void aRealisticRealmTakesLessThanAKibibytePerActiveUser() {
        List<Labeled> stream = new SyntheticRealm(world, 11, Events.T0).generate(10_000, 60, 0);
        AnomalyScorer scorer = new AnomalyScorer(ScorerSettings.defaults(), world);
        for (Labeled labeled : stream) {
            scorer.assess(labeled.event());
        }
        double perUser = (double) scorer.approximateStateBytes() / scorer.activeUsers();
        System.out.printf("%d events, %d users, %d bytes, %.0f bytes per active user%n", stream.size(),
                scorer.activeUsers(), scorer.approximateStateBytes(), perUser);
        System.out.println(scorer.stateBytesByTable());
        assertTrue(scorer.activeUsers() > 9_000);
        assertTrue(perUser <= 1024, perUser + " bytes per user");
    }
}
