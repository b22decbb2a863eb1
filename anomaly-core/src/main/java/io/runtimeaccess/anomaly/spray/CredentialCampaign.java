package io.runtimeaccess.anomaly.spray;

import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.score.Evidence;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A realm-level finding for a guessing campaign that need not land a guess: credential stuffing from
 * hundreds of addresses with one guess per account, or a slow spray that rotates addresses and browser
 * headers so that no source, account or 10-minute window stands out.
 *
 * <p>What such a campaign cannot hide is that its guesses are <em>unfamiliar</em>: the usernames do not
 * exist, or the accounts never signed in from the guessing network, and no success from that address
 * follows (an owner's typo is followed by the owner's success, which takes it back out of the count). A
 * realm's own users make unfamiliar failures too (travel, a new ISP), in proportion to how many of them
 * sign in, and {@link RealmTraffic} learns that proportion. A window of {@value #SHORT_WINDOW} seconds,
 * an hour or {@value #LONG_WINDOW} seconds is a campaign when its unfamiliar failures are at least
 * {@value #MIN_FAILURES}, {@value #FACTOR} times what the realm's traffic in that window predicts, and
 * {@value #Z} Poisson standard deviations above it. A typo wave on a Monday morning is familiar failures
 * with successes behind them, so it raises neither the count nor the prediction's error.
 *
 * <p>A campaign is raised once, then updated at most every {@value #UPDATE_SECONDS} seconds while it goes
 * on, and only when the failures since the last raise pass the same bound by themselves and a window no
 * longer than the one it was raised in is still over it; it ends after
 * {@value #QUIET_SECONDS} seconds without a window over the bound.
 */
public final class CredentialCampaign {

    static final int SHORT_WINDOW = 600;
    static final int HOUR_WINDOW = 3600;
    static final int LONG_WINDOW = 6 * 3600;
    private static final int[] WINDOWS = {SHORT_WINDOW, HOUR_WINDOW, LONG_WINDOW};

    /** A username's unfamiliar failures count once in this long: the counts are of accounts tried. */
    public static final int USERNAME_WINDOW = 3600;

    static final int MIN_FAILURES = 20;
    static final double FACTOR = 2;
    static final double Z = 5;

    static final int UPDATE_SECONDS = 600;
    /** As long as the longest window: its failures would otherwise raise the same campaign again. */
    static final int QUIET_SECONDS = LONG_WINDOW;

    static final double WEIGHT = 70;

    /** Campaign state of one realm. */
    public static final class State {
        private int lastOverSecond = Integer.MIN_VALUE;
        private int raisedSecond = Integer.MIN_VALUE;
        private long raisedUnfamiliar;
        private long raisedOrdinary;
        private boolean dismissed;
        private int raisedWindow;
        private int startSecond;

        /** Forgets the campaign (a dismissal said it was fine): the next one is raised afresh. */
        public void clear() {
            lastOverSecond = Integer.MIN_VALUE;
            raisedSecond = Integer.MIN_VALUE;
            dismissed = false;
        }

        /**
         * A person said the campaign is fine (a load test, a migration): it is not updated again, and only
         * a campaign after {@value #QUIET_SECONDS} quiet seconds is raised.
         */
        public void dismiss() {
            dismissed = true;
        }

        public boolean active(int second) {
            return lastOverSecond != Integer.MIN_VALUE && second - lastOverSecond <= QUIET_SECONDS;
        }
    }

    /**
     * Judges the realm after a failure was counted: the campaign's reason when this failure raises or
     * updates it (the assessment is then the realm's, not the tried account's), else {@code null}.
     */
    public Reason judge(RealmTraffic traffic, State state, int second) {
        int window = overWindow(traffic, second);
        if (window == 0) {
            return null;
        }
        boolean fresh = !state.active(second);
        state.lastOverSecond = second;
        if (fresh) {
            state.startSecond = second;
            state.dismissed = false;
            state.raisedWindow = window;
        } else if (state.dismissed || second - state.raisedSecond < UPDATE_SECONDS || window > state.raisedWindow
                || !grewSinceRaised(traffic, state)) {
            // Over only in a longer window than it was raised in: the campaign's tail, not its growth.
            return null;
        }
        state.raisedSecond = second;
        state.raisedUnfamiliar = traffic.totalUnfamiliar();
        state.raisedOrdinary = traffic.totalOrdinary();
        return reason(traffic, state, second, window, fresh);
    }

    /**
     * An update needs the failures since the last raise to be over the bound by themselves: a new campaign
     * on top of a known one is reported, the known one's tail (still inside the long window) is not.
     */
    private static boolean grewSinceRaised(RealmTraffic traffic, State state) {
        return over(traffic.totalUnfamiliar() - state.raisedUnfamiliar,
                traffic.unfamiliarPerAttempt() * (traffic.totalOrdinary() - state.raisedOrdinary));
    }

    private static boolean over(long count, double expected) {
        return count >= MIN_FAILURES && count >= FACTOR * expected
                && count - expected >= Z * Math.sqrt(Math.max(1, expected));
    }

    /** The shortest window over the bound, or 0. */
    int overWindow(RealmTraffic traffic, int second) {
        double rate = traffic.unfamiliarPerAttempt();
        for (int window : WINDOWS) {
            if (over(traffic.unfamiliar(second, window), rate * traffic.ordinary(second, window))) {
                return window;
            }
        }
        return 0;
    }

    private Reason reason(RealmTraffic traffic, State state, int second, int window, boolean fresh) {
        int count = traffic.unfamiliar(second, window);
        int unknown = Math.min(count, traffic.unknownUsernames(second, window));
        int ordinary = traffic.ordinary(second, window);
        double expected = traffic.unfamiliarPerAttempt() * ordinary;
        String text = (fresh ? "Credential campaign against the realm: " : "Credential campaign goes on: ")
                + count + " failed sign-ins in the last " + minutes(window) + " from networks their usernames never"
                + " signed in from (a username counts once an hour), and no success from there followed (" + unknown
                + " for unknown usernames); "
                + ordinary + " other sign-in attempts predict about " + Math.round(expected)
                + (fresh ? "" : "; going on for " + minutes(second - state.startSecond));
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put(Evidence.UNFAMILIAR_FAILURES, Integer.toString(count));
        evidence.put(Evidence.UNKNOWN_USERNAMES, Integer.toString(unknown));
        evidence.put(Evidence.EXPECTED_UNFAMILIAR_FAILURES, Evidence.oneDecimal(expected));
        evidence.put(Evidence.REALM_ATTEMPTS, Integer.toString(ordinary));
        evidence.put(Evidence.REALM_FAILURES, Integer.toString(traffic.failures(second, window)));
        evidence.put(Evidence.WINDOW_SECONDS, Integer.toString(window));
        evidence.put(Evidence.CAMPAIGN_SECONDS, Integer.toString(second - state.startSecond));
        return new Reason(Detection.CREDENTIAL_CAMPAIGN, WEIGHT, text, evidence);
    }

    private static String minutes(int seconds) {
        return seconds >= 7200 ? seconds / 3600 + " hours" : seconds / 60 + " minutes";
    }
}
