package io.runtimeaccess.anomaly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.event.AdminOperation;
import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.event.UserEventType;
import io.runtimeaccess.anomaly.finding.Activity;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.support.Events;
import io.runtimeaccess.anomaly.support.TestWorld;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every assessment says what its event was, so a response can tell who the user on it is. */
class ActivityTest {

    private final AnomalyScorer scorer = new AnomalyScorer(ScorerSettings.defaults(), new TestWorld());
    private final String ip = "81.2.69.160";

    @Test
    void eachKindOfEventNamesItsActivity() {
        long t = Events.T0;
        assertEquals(Activity.SIGN_IN, scorer.assess(Events.login("ann", t, ip, Events.CHROME_WINDOWS, "s1")).activity());
        assertEquals(Activity.TOKEN,
                scorer.assess(Events.token(UserEventType.REFRESH_TOKEN, "ann", t + 1000, ip, "s1")).activity());
        assertEquals(Activity.FAILED_SIGN_IN,
                scorer.assess(Events.failure("ann", true, t + 2000, ip, Events.CHROME_WINDOWS)).activity());
        assertEquals(Activity.FAILED_SIGN_IN, scorer.assess(new UserEvent("x", t + 3000, Events.REALM, "ann", "ann",
                UserEventType.LOGIN_ERROR, ip, null, null, "expired_code")).activity(), "not a guess, still a failure");
        assertEquals(Activity.ADMIN_ACTION, scorer.assess(Events.admin("root", t + 4000, ip, AdminOperation.UPDATE,
                "USER", "ann", List.of())).activity());
        assertEquals(Activity.OTHER, scorer.assess(new UserEvent("y", t + 5000, Events.REALM, "ann", "ann",
                UserEventType.UPDATE_PASSWORD, ip, null, null, null)).activity());
    }

    @Test
    void onlyWhatTheUserDidAuthenticatedCounts() {
        assertTrue(Activity.SIGN_IN.authenticated());
        assertTrue(Activity.TOKEN.authenticated());
        assertTrue(Activity.ADMIN_ACTION.authenticated());
        assertFalse(Activity.FAILED_SIGN_IN.authenticated());
        assertFalse(Activity.OTHER.authenticated());
    }

    @Test
    void anAssessmentReadBackWithoutItsActivityIsOther() {
        Assessment stored = new Assessment("e", "r", "u", 0, 90, io.runtimeaccess.anomaly.finding.Severity.CRITICAL,
                List.of(), List.of(), "1");
        assertEquals(Activity.OTHER, stored.activity());
    }
}
