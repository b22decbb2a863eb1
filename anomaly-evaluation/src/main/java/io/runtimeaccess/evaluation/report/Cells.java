package io.runtimeaccess.evaluation.report;

import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.evaluation.dataset.Scenario;
import io.runtimeaccess.evaluation.replay.EventKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How the report writes a table cell: numbers, shares, event kinds and reason counts, "–" for no value. */
final class Cells {

    private Cells() {
    }


    static List<Scenario> concat(List<Scenario> a, List<Scenario> b) {
        List<Scenario> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static String reasons(Map<Detection, Long> counts) {
        return counts.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue(), x.getValue()))
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    static String kindNames(List<EventKind> kinds) {
        return kinds.stream().map(Cells::kindName).collect(Collectors.joining(" + "));
    }

    static String kindName(EventKind k) {
        switch (k) {
            case SIGN_IN:
                return "sign-ins";
            case FAILED_SIGN_IN:
                return "failed sign-ins";
            case TOKEN:
                return "token requests";
            default:
                return "admin changes";
        }
    }

    static String fmt(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
    }

    static String fmt0(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (Double.isInfinite(v)) {
            return "none";
        }
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String pct(long n, long of) {
        return of == 0 ? "–" : String.format(Locale.ROOT, "%.2f%%", 100.0 * n / of);
    }

    static String pctOf(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    static double median(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    static double max(double[] v) {
        return v.length == 0 ? Double.NaN : Arrays.stream(v).max().getAsDouble();
    }
}
