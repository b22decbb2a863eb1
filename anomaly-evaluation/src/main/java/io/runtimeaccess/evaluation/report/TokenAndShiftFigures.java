package io.runtimeaccess.evaluation.report;

import io.runtimeaccess.evaluation.dataset.Scenario;
import io.runtimeaccess.evaluation.metrics.ScoreHistogram;
import io.runtimeaccess.evaluation.replay.EventKind;
import io.runtimeaccess.evaluation.replay.ReplayResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Token theft from the victim's own country against the benign token requests, and night-shift users:
 * how many of them were alerted at all, how many by an alert that the unusual time decided (the other
 * reasons alone stay below the threshold), and how many still after two weeks on the shift (when their
 * profile should have learned the new hours).
 */
public final class TokenAndShiftFigures {

    static final List<Scenario> SAME_COUNTRY = List.of(Scenario.TOKEN_THEFT_SAME_COUNTRY_SAME_UA,
            Scenario.TOKEN_THEFT_SAME_COUNTRY_OTHER_UA, Scenario.TOKEN_THEFT_SAME_COUNTRY_HOSTING);

    /** Time on the night shift after which an alert counts as "still alerted". */
    static final long SETTLED_MILLIS = 14 * 86_400_000L;

    private final ReplayResults r;

    public TokenAndShiftFigures(ReplayResults results) {
        this.r = results;
    }

    public String table() {
        double threshold = r.alertThreshold();
        StringBuilder b = new StringBuilder("| figure | events or users | alerted | rate |\n|---|---:|---:|---:|\n");
        for (Scenario s : SAME_COUNTRY) {
            ScoreHistogram h = r.scores(s, EventKind.TOKEN);
            row(b, s.title(), h.total(), h.atLeast(threshold));
        }
        List<Scenario> benign = new ArrayList<>();
        for (Scenario s : r.scenarios()) {
            if (!s.attack()) {
                benign.add(s);
            }
        }
        ScoreHistogram tokens = r.scores(benign, List.of(EventKind.TOKEN));
        row(b, "benign token requests", tokens.total(), tokens.atLeast(threshold));
        ScoreHistogram night = r.scores(List.of(Scenario.BENIGN_NIGHT_SHIFT), List.of(EventKind.SIGN_IN));
        row(b, "night-shift sign-ins", night.total(), night.atLeast(threshold));
        long[] users = new long[5];
        for (var e : r.benignGroups().entrySet()) {
            if (!e.getKey().startsWith("night-shift-")) {
                continue;
            }
            long[] g = e.getValue();
            users[0]++;
            users[1] += g[2] > 0 ? 1 : 0;
            users[2] += g[2] > 0 && g[3] - g[0] >= SETTLED_MILLIS ? 1 : 0;
            users[3] += g[4] > 0 ? 1 : 0;
            users[4] += g[4] > 0 && g[5] - g[0] >= SETTLED_MILLIS ? 1 : 0;
        }
        row(b, "night-shift users alerted on the shift (any reason)", users[0], users[1]);
        row(b, "night-shift users alerted after 14 days on the shift (any reason)", users[0], users[2]);
        row(b, "night-shift users with an alert UNUSUAL_TIME decided", users[0], users[3]);
        row(b, "night-shift users with an alert UNUSUAL_TIME decided, after 14 days on the shift", users[0], users[4]);
        return b.toString();
    }

    private static void row(StringBuilder b, String title, long total, long alerted) {
        b.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %s |%n", title, total, alerted,
                total == 0 ? "–" : String.format(Locale.ROOT, "%.2f%%", 100.0 * alerted / total)));
    }
}
