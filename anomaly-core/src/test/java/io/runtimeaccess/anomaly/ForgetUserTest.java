package io.runtimeaccess.anomaly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.runtimeaccess.anomaly.observation.NetworkLocation;
import io.runtimeaccess.anomaly.support.Events;
import org.junit.jupiter.api.Test;

/** A deleted user's profile goes; everyone else's stays, and so does the user in another realm. */
class ForgetUserTest {

    @Test
    void forgettingAUserDropsOnlyTheirProfile() {
        AnomalyScorer scorer = new AnomalyScorer(ScorerSettings.defaults(), ip -> NetworkLocation.UNKNOWN);
        scorer.assess(Events.login("alice", Events.DAY, "192.0.2.1", Events.CHROME_WINDOWS));
        scorer.assess(Events.login("bob", Events.DAY, "192.0.2.2", Events.CHROME_WINDOWS));
        assertNotNull(scorer.profileOf(Events.REALM, "alice"));

        scorer.forgetUser(Events.REALM, "alice");

        assertNull(scorer.profileOf(Events.REALM, "alice"));
        assertNotNull(scorer.profileOf(Events.REALM, "bob"));
        assertEquals(1, scorer.activeUsers());
        scorer.forgetUser("another-realm", "bob");
        assertNotNull(scorer.profileOf(Events.REALM, "bob"), "a user id is forgotten only in its own realm");
    }
}
