package io.runtimeaccess.anomaly.time;

import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.observation.Observation;
import io.runtimeaccess.anomaly.observation.UtcClock;
import io.runtimeaccess.anomaly.score.Evidence;
import io.runtimeaccess.anomaly.score.ScoreCard;
import io.runtimeaccess.anomaly.score.Surprise;
import io.runtimeaccess.anomaly.state.RealmStats;
import io.runtimeaccess.anomaly.state.UserProfile;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Detection 4: a sign-in at an hour of day or a weekday this user does not sign in at.
 *
 * <p>The user's hour histogram is smoothed twice: each hour lends half its count to its neighbours
 * (people drift by an hour; 08:00 regulars do sign in at 09:00), and {@value #PRIOR_SIGN_INS}
 * pseudo-sign-ins follow the realm's hours. Against that, an attacker signs in half the time like the
 * realm and half the time at any hour, so {@code bits = log2(p_attacker(h) / p_user(h))}, counted only
 * when positive. Weekdays work the same way with less weight: weekends are a weaker signal.
 *
 * <p>Time only corroborates ({@link ScoreCard#corroboratingOnly}): people change their hours for good
 * (a night shift) far more often than an attacker shows up at an odd hour with the user's own network and
 * browser, so an unusual time alone stays below MEDIUM. The hour histogram keeps only the recent sign-ins
 * ({@link UserProfile#CLOCK_MEMORY}), so a sustained new rhythm becomes the usual one within weeks.
 */
public final class UnusualTime {

    /** Pseudo-sign-ins of the realm's distribution in a user's histogram. */
    static final double PRIOR_SIGN_INS = 2.0;

    /** Share of an hour's count lent to each neighbouring hour. */
    static final double NEIGHBOUR_SHARE = 0.5;

    /** Weekday bits count this much. */
    static final double WEEKDAY_FACTOR = 0.5;

    /** Most bits the time can carry: odd hours alone never make a finding critical. */
    static final double MAX_BITS = 6.0;

    private final int minHistory;

    public UnusualTime(int minHistory) {
        this.minHistory = minHistory;
    }

    public Reason judge(UserProfile profile, RealmStats realm, Observation o) {
        if (profile == null || profile.hourTotal() < minHistory) {
            return null;
        }
        double hourBits = Math.max(0, hourBits(profile, realm, o.hour));
        double dayBits = Math.max(0, weekdayBits(profile, realm, o.weekday));
        double bits = Math.min(MAX_BITS, hourBits + WEEKDAY_FACTOR * dayBits);
        double weight = ScoreCard.weightOfBits(bits);
        if (weight < ScoreCard.MIN_REASON_WEIGHT) {
            return null;
        }
        return new Reason(Detection.UNUSUAL_TIME, weight, text(profile, o, hourBits, dayBits),
                evidence(profile, o, bits));
    }

    public void learn(UserProfile profile, Observation o) {
        profile.addClock(o.hour, o.weekday, 1);
    }

    static double hourBits(UserProfile profile, RealmStats realm, int hour) {
        double n = profile.hourTotal();
        double own = profile.hourCount(hour)
                + NEIGHBOUR_SHARE * (profile.hourCount((hour + 23) % 24) + profile.hourCount((hour + 1) % 24));
        double realmShare = realm.hourShare(hour);
        double user = (own / (1 + 2 * NEIGHBOUR_SHARE) + PRIOR_SIGN_INS * realmShare) / (n + PRIOR_SIGN_INS);
        double attacker = 0.5 / UserProfile.HOURS + 0.5 * realmShare;
        return Surprise.log2(attacker / user);
    }

    static double weekdayBits(UserProfile profile, RealmStats realm, int weekday) {
        double n = profile.weekdayTotal();
        double realmShare = realm.weekdayShare(weekday);
        double user = (profile.weekdayCount(weekday) + PRIOR_SIGN_INS * realmShare) / (n + PRIOR_SIGN_INS);
        double attacker = 0.5 / UserProfile.WEEKDAYS + 0.5 * realmShare;
        return Surprise.log2(attacker / user);
    }

    /** Whether the hour weighs more in the score than the weekday (which counts {@value #WEEKDAY_FACTOR} of its bits). */
    static boolean hourWeighsMore(double hourBits, double dayBits) {
        return hourBits >= WEEKDAY_FACTOR * dayBits;
    }

    private static String text(UserProfile profile, Observation o, double hourBits, double dayBits) {
        String when = hourWeighsMore(hourBits, dayBits)
                ? "at " + UtcClock.hourLabel(o.hour)
                : "on a " + UtcClock.weekdayName(o.weekday);
        return "Signed in " + when + "; this user usually signs in " + usualHours(profile) + " on "
                + usualWeekdays(profile);
    }

    private static Map<String, String> evidence(UserProfile profile, Observation o, double bits) {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put(Evidence.HOUR, Integer.toString(o.hour));
        evidence.put(Evidence.WEEKDAY, UtcClock.weekdayName(o.weekday));
        evidence.put(Evidence.USUAL_HOURS, usualHours(profile));
        evidence.put(Evidence.USUAL_WEEKDAYS, usualWeekdays(profile));
        evidence.put(Evidence.SIGN_INS_LEARNED, Integer.toString(profile.hourTotal()));
        evidence.put(Evidence.SURPRISE_BITS, Evidence.bits(bits));
        evidence.put(Evidence.CORROBORATING_ONLY, "true");
        return evidence;
    }

    /** Hours holding most of the user's sign-ins, as ranges: "08–11, 14–17 UTC". */
    static String usualHours(UserProfile profile) {
        int max = 0;
        for (int h = 0; h < UserProfile.HOURS; h++) {
            max = Math.max(max, profile.hourCount(h));
        }
        int floor = Math.max(1, max / 5);
        StringBuilder out = new StringBuilder();
        int start = -1;
        for (int h = 0; h <= UserProfile.HOURS; h++) {
            boolean usual = h < UserProfile.HOURS && profile.hourCount(h) >= floor;
            if (usual && start < 0) {
                start = h;
            } else if (!usual && start >= 0) {
                out.append(out.length() == 0 ? "" : ", ").append(two(start));
                if (h - 1 > start) {
                    out.append('–').append(two(h - 1));
                }
                start = -1;
            }
        }
        return out.length() == 0 ? "at no particular hour" : out + " UTC";
    }

    static String usualWeekdays(UserProfile profile) {
        int max = 0;
        for (int d = 0; d < UserProfile.WEEKDAYS; d++) {
            max = Math.max(max, profile.weekdayCount(d));
        }
        int floor = Math.max(1, max / 5);
        StringBuilder out = new StringBuilder();
        for (int d = 0; d < UserProfile.WEEKDAYS; d++) {
            if (profile.weekdayCount(d) >= floor) {
                out.append(out.length() == 0 ? "" : ", ").append(UtcClock.weekdayName(d));
            }
        }
        return out.toString();
    }

    private static String two(int hour) {
        return hour < 10 ? "0" + hour : Integer.toString(hour);
    }
}
