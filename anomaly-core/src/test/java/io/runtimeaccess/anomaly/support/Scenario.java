package io.runtimeaccess.anomaly.support;

import io.runtimeaccess.anomaly.AnomalyScorer;
import io.runtimeaccess.anomaly.ScorerSettings;
import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.support.TestWorld.Kind;
import io.runtimeaccess.anomaly.support.TestWorld.Operator;

/**
 * A scorer in a small realm, with helpers to give users a history. Time only moves forward: each
 * helper starts at {@link #now} and leaves it after its last event.
 */
public final class Scenario {

    public final TestWorld world = new TestWorld();
    public final AnomalyScorer scorer;
    public long now = Events.T0;

    public final Operator homeIsp = world.operator(TestWorld.DE, Kind.HOME, 0);
    public final Operator otherIsp = world.operator(TestWorld.DE, Kind.HOME, 1);
    public final Operator carrier = world.operator(TestWorld.DE, Kind.MOBILE, 0);
    public final Operator hosting = world.operator(TestWorld.DE, Kind.HOSTING, 0);
    public final Operator brazil = world.operator(TestWorld.BR, Kind.HOME, 0);
    public final Operator usa = world.operator(TestWorld.US, Kind.HOME, 0);

    public Scenario() {
        this(ScorerSettings.defaults());
    }

    public Scenario(ScorerSettings settings) {
        scorer = new AnomalyScorer(settings, world);
    }

    /**
     * Forty other users sign in once a day for {@code days} days from German home ISPs with common
     * browsers, so the realm knows what is common. Leaves {@link #now} at the start of the day after.
     */
    public Scenario withRealm(int days) {
        long start = now;
        for (int day = 0; day < days; day++) {
            for (int u = 0; u < 40; u++) {
                Operator isp = world.operator(TestWorld.DE, Kind.HOME, u % 4);
                String agent = u % 3 == 0 ? Events.SAFARI_IPHONE : Events.CHROME_WINDOWS;
                long time = start + day * Events.DAY + (7 + u % 10) * Events.HOUR + u * Events.MINUTE;
                scorer.assess(Events.login("r" + u, time, isp.address(100 + u, 1), agent));
            }
        }
        now = start + days * Events.DAY;
        return this;
    }

    /**
     * {@code logins} sign-ins of the user, one a day at {@code hourUtc} (weekdays only), from one
     * address and agent.
     */
    public void history(String user, String ip, String agent, int logins, int hourUtc) {
        history(user, ip, agent, null, logins, hourUtc);
    }

    /** As {@link #history(String, String, String, int, int)}, every sign-in from the browser with this device id. */
    public void history(String user, String ip, String agent, String deviceId, int logins, int hourUtc) {
        long day = Math.floorDiv(now, Events.DAY) * Events.DAY;
        int done = 0;
        while (done < logins) {
            day += Events.DAY;
            int weekday = (int) Math.floorMod(Math.floorDiv(day, Events.DAY) + 3, 7L);
            if (weekday >= 5) {
                continue;
            }
            scorer.assess(Events.loginWithDevice(user, day + hourUtc * Events.HOUR + done % 40 * Events.MINUTE, ip,
                    agent, deviceId));
            done++;
        }
        now = day + Events.DAY;
    }

    public Assessment assess(UserEvent event) {
        now = Math.max(now, event.timeMillis());
        return scorer.assess(event);
    }

    /** A sign-in on the next weekday at {@code hourUtc}. */
    public Assessment loginNextWeekday(String user, int hourUtc, String ip, String agent) {
        return loginNextWeekday(user, hourUtc, ip, agent, null);
    }

    /** A sign-in on the next weekday at {@code hourUtc} from the browser with this device id. */
    public Assessment loginNextWeekday(String user, int hourUtc, String ip, String agent, String deviceId) {
        long day = Math.floorDiv(now, Events.DAY) * Events.DAY;
        do {
            day += Events.DAY;
        } while (Math.floorMod(Math.floorDiv(day, Events.DAY) + 3, 7L) >= 5);
        return assess(Events.loginWithDevice(user, day + hourUtc * Events.HOUR, ip, agent, deviceId));
    }

    public static Reason reason(Assessment assessment, Detection detection) {
        for (Reason reason : assessment.reasons()) {
            if (reason.detection() == detection) {
                return reason;
            }
        }
        return null;
    }

    public static double weight(Assessment assessment, Detection detection) {
        Reason reason = reason(assessment, detection);
        return reason == null ? 0 : reason.weight();
    }
}
