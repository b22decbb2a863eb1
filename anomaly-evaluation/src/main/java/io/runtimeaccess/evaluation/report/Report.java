package io.runtimeaccess.evaluation.report;

import static io.runtimeaccess.evaluation.report.Cells.concat;
import static io.runtimeaccess.evaluation.report.Cells.fmt;
import static io.runtimeaccess.evaluation.report.Cells.fmt0;
import static io.runtimeaccess.evaluation.report.Cells.kindName;
import static io.runtimeaccess.evaluation.report.Cells.kindNames;
import static io.runtimeaccess.evaluation.report.Cells.pct;
import static io.runtimeaccess.evaluation.report.Cells.pctOf;
import static io.runtimeaccess.evaluation.report.Cells.reasons;

import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.evaluation.dataset.Scenario;
import io.runtimeaccess.evaluation.metrics.Ranking;
import io.runtimeaccess.evaluation.metrics.ReasonStats;
import io.runtimeaccess.evaluation.metrics.ScoreHistogram;
import io.runtimeaccess.evaluation.replay.EventKind;
import io.runtimeaccess.evaluation.replay.ReplayResults;
import io.runtimeaccess.evaluation.replay.ScoreExamples;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The markdown tables of one replay. */
public final class Report {

    private static final Set<EventKind> ALL_KINDS = EnumSet.allOf(EventKind.class);

    private final ReplayResults r;
    private final List<Scenario> benign = new ArrayList<>();
    private final List<Scenario> attacks = new ArrayList<>();

    public Report(ReplayResults results) {
        this.r = results;
        for (Scenario s : Scenario.values()) {
            if (!r.scenarios().contains(s)) {
                continue;
            }
            (s.attack() ? attacks : benign).add(s);
        }
    }

    /** The summary of one figure set, for comparing two replays of the same data. */
    public String fingerprint() {
        StringBuilder b = new StringBuilder();
        for (Scenario s : attacks) {
            b.append(s).append(' ').append(fmt(auc(s))).append(' ').append(fmt(recall(s, 0.01).recall())).append('\n');
        }
        b.append(fmt(overall(List.of(EventKind.SIGN_IN)))).append(' ').append(fmt(overall(ALL_KINDS)));
        return b.toString();
    }

    public String dataset() {
        StringBuilder b = new StringBuilder();
        b.append("| scenario | sign-ins | failed sign-ins | token requests | admin changes |\n");
        b.append("|---|---:|---:|---:|---:|\n");
        long[] total = new long[4];
        for (Scenario s : concat(benign, attacks)) {
            b.append("| ").append(s.title()).append(" |");
            for (EventKind k : EventKind.values()) {
                long n = r.generated(s, k);
                total[k.ordinal()] += n;
                b.append(' ').append(n == 0 ? "" : String.format(Locale.ROOT, "%,d", n)).append(" |");
            }
            b.append('\n');
        }
        b.append("| **all** |");
        for (long t : total) {
            b.append(String.format(Locale.ROOT, " **%,d** |", t));
        }
        b.append('\n');
        b.append(String.format(Locale.ROOT, "%n%,d events replayed, %,d of them in the warm-up (scored and learned, not counted); "
                + "%,.0f events/s.%n", r.events(), r.warmupEvents(), r.eventsPerSecond()));
        if (r.outOfOrder() > 0) {
            b.append(String.format(Locale.ROOT, "%,d events were earlier than the one before (input not sorted).%n",
                    r.outOfOrder()));
        }
        return b.toString();
    }

    /** Per attacker model: its target events against the benign events of the same kinds. */
    public String ranking() {
        StringBuilder b = new StringBuilder();
        b.append("| attacker model | events scored | ROC-AUC | PR-AUC | recall @1% FPR (threshold) | recall @0.1% FPR (threshold) "
                + "| recall at alert ≥ ").append(fmt0(r.alertThreshold())).append(" | benign FPR at alert | mean score |\n");
        b.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Scenario s : attacks) {
            List<EventKind> kinds = r.kindsOf(s);
            if (kinds.isEmpty()) {
                continue;
            }
            ScoreHistogram pos = r.scores(List.of(s), kinds);
            ScoreHistogram neg = r.scores(benign, kinds);
            row(b, s.title(), String.format(Locale.ROOT, "%,d %s", pos.total(), kindNames(kinds)), pos, neg);
        }
        ScoreHistogram signInPos = r.scores(attacks, List.of(EventKind.SIGN_IN));
        ScoreHistogram signInNeg = r.scores(benign, List.of(EventKind.SIGN_IN));
        row(b, "**all takeovers (successful attacker sign-ins)**",
                String.format(Locale.ROOT, "%,d sign-ins", signInPos.total()), signInPos, signInNeg);
        ScoreHistogram allPos = r.scores(attacks, ALL_KINDS);
        ScoreHistogram allNeg = r.scores(benign, ALL_KINDS);
        row(b, "**all attack events**", String.format(Locale.ROOT, "%,d events", allPos.total()), allPos, allNeg);
        b.append(String.format(Locale.ROOT, "%nNegatives: benign events of the same kinds (%,d sign-ins, %,d failed sign-ins, "
                + "%,d token requests, %,d admin changes after the warm-up).%n",
                r.scores(benign, List.of(EventKind.SIGN_IN)).total(),
                r.scores(benign, List.of(EventKind.FAILED_SIGN_IN)).total(),
                r.scores(benign, List.of(EventKind.TOKEN)).total(), r.scores(benign, List.of(EventKind.ADMIN)).total()));
        return b.toString();
    }

    private void row(StringBuilder b, String title, String events, ScoreHistogram pos, ScoreHistogram neg) {
        Ranking.Operating one = Ranking.recallAtFpr(pos, neg, 0.01);
        Ranking.Operating tenth = Ranking.recallAtFpr(pos, neg, 0.001);
        Ranking.Operating alert = Ranking.atThreshold(pos, neg, r.alertThreshold());
        b.append("| ").append(title).append(" | ").append(events).append(" | ")
                .append(fmt(Ranking.rocAuc(pos, neg))).append(" | ").append(fmt(Ranking.averagePrecision(pos, neg)))
                .append(" | ").append(fmt(one.recall())).append(" (").append(fmt0(one.threshold())).append(") | ")
                .append(fmt(tenth.recall())).append(" (").append(fmt0(tenth.threshold())).append(") | ")
                .append(fmt(alert.recall())).append(" | ")
                .append(String.format(Locale.ROOT, "%.2f%%", 100 * alert.falsePositiveRate())).append(" | ")
                .append(String.format(Locale.ROOT, "%.1f", pos.mean()))
                .append(" |\n");
    }

    /** Benign populations: how many of their events were alerted, and why. */
    public String falseAlerts() {
        StringBuilder b = new StringBuilder();
        b.append("| benign population | events scored | alerted (score ≥ ").append(fmt0(r.alertThreshold()))
                .append(") | rate | of them during a guessing campaign | alerts outside campaigns per event | 99th percentile score "
                + "| strongest reason of the alerts |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---|\n");
        ScoreHistogram all = new ScoreHistogram();
        long allDuring = 0;
        for (Scenario s : benign) {
            ScoreHistogram h = r.scores(List.of(s), ALL_KINDS);
            all.addAll(h);
            long alerted = h.atLeast(r.alertThreshold());
            long during = r.benignAlertsDuringCampaigns(s);
            allDuring += during;
            b.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %s | %,d | %s | %s | %s |%n", s.title(), h.total(),
                    alerted, pct(alerted, h.total()), during, pct(alerted - during, h.total()), fmt0(h.quantile(0.99)),
                    reasons(r.falseAlertReasons(s))));
        }
        long alerted = all.atLeast(r.alertThreshold());
        b.append(String.format(Locale.ROOT, "| **all benign** | %,d | %,d | %s | %,d | %s | %s | |%n", all.total(), alerted,
                pct(alerted, all.total()), allDuring, pct(alerted - allDuring, all.total()), fmt0(all.quantile(0.99))));
        return b.toString();
    }

    /** What the alerted benign sign-ins' strongest reasons say. */
    public String falseAlertTexts() {
        StringBuilder b = new StringBuilder("| strongest reason of an alerted benign sign-in | sign-ins |\n|---|---:|\n");
        for (Map.Entry<String, Long> e : r.falseAlertTexts(15)) {
            b.append("| ").append(e.getKey().replace("|", "/")).append(" … | ")
                    .append(String.format(Locale.ROOT, "%,d", e.getValue())).append(" |\n");
        }
        return b.toString();
    }

    /** Spray, brute force and bulk campaigns: attempts and seconds until the first alert. */
    public String campaigns() {
        return CampaignTables.summary(r, attacks);
    }

    /** Every campaign, one line each. */
    public String campaignDetails() {
        return CampaignTables.details(r);
    }

    /** The office behind one NAT address: its sign-ins and failures, and what was alerted. */
    public String office() {
        return OfficeTable.table(r, ALL_KINDS);
    }

    /** Whether the strongest reason names the injected cause. */
    public String reasonAccuracy() {
        StringBuilder b = new StringBuilder();
        b.append("| attacker model | injected cause (events) | events | strongest reason = cause | cause among reasons "
                + "| alerted: strongest = cause | strongest reasons seen |\n");
        b.append("|---|---|---:|---:|---:|---:|---|\n");
        for (Scenario s : attacks) {
            ReasonStats st = r.reasons(s);
            if (st.events() == 0 || s.cause() == null) {
                continue;
            }
            Map<Detection, Long> tops = new java.util.EnumMap<>(st.topReasons());
            String seen = reasons(tops) + (st.noReason() > 0 ? ", none " + st.noReason() : "");
            b.append(String.format(Locale.ROOT, "| %s | %s | %,d | %s | %s | %s | %s |%n", s.title(), reasons(st.causes()),
                    st.events(), pctOf(st.topAccuracy()), pctOf(st.listedAccuracy()), pctOf(st.alertedTopAccuracy()),
                    seen));
        }
        return b.toString();
    }

    /**
     * Takeovers split by what the attacker changed (the injected cause), with recall at the model's own
     * 1%-FPR threshold and at the alert threshold.
     */
    public String byCause() {
        StringBuilder b = new StringBuilder();
        b.append("| attacker model | injected cause | events | recall @1% FPR of the model | recall at alert ≥ ")
                .append(fmt0(r.alertThreshold())).append(" | median score |\n|---|---|---:|---:|---:|---:|\n");
        for (Scenario s : attacks) {
            if (!r.kindsOf(s).equals(List.of(EventKind.SIGN_IN)) || r.scoresByCause(s).isEmpty()) {
                continue;
            }
            double threshold = recall(s, 0.01).threshold();
            for (Map.Entry<Detection, ScoreHistogram> e : r.scoresByCause(s).entrySet()) {
                ScoreHistogram h = e.getValue();
                b.append(String.format(Locale.ROOT, "| %s | %s | %,d | %s | %s | %s |%n", s.title(), e.getKey(), h.total(),
                        fmt(Double.isInfinite(threshold) ? 0 : (double) h.atLeast(threshold) / h.total()),
                        fmt((double) h.atLeast(r.alertThreshold()) / h.total()), fmt0(h.quantile(0.5))));
            }
        }
        return b.toString();
    }

    /** The admin scenarios and routine admin work. */
    public String admin() {
        StringBuilder b = new StringBuilder();
        b.append("| admin scenario | changes scored | alerted (score ≥ ").append(fmt0(r.alertThreshold()))
                .append(") | mean score | min / max score |\n|---|---:|---:|---:|---:|\n");
        for (Scenario s : concat(benign, attacks)) {
            ScoreHistogram h = r.scores(s, EventKind.ADMIN);
            if (h.total() == 0) {
                continue;
            }
            long alerted = h.atLeast(r.alertThreshold());
            b.append(String.format(Locale.ROOT, "| %s | %,d | %,d (%s) | %.1f | %s / %s |%n", s.title(), h.total(),
                    alerted, pct(alerted, h.total()), h.mean(), fmt0(h.quantile(0)), fmt0(h.quantile(1))));
        }
        return b.toString();
    }

    /** The lowest-scoring events of an attacker model, with their reasons. */
    public String lowest(Scenario s, int n) {
        return examples(r.examples().lowestAttacks(s), n);
    }

    /** The highest-scoring events of a benign population, with their reasons. */
    public String highest(Scenario s, int n) {
        return examples(r.examples().highestBenign(s), n);
    }

    private static String examples(List<ScoreExamples.Example> list, int n) {
        StringBuilder b = new StringBuilder("| score | kind | reasons |\n|---:|---|---|\n");
        for (ScoreExamples.Example e : list.subList(0, Math.min(n, list.size()))) {
            b.append("| ").append(e.score()).append(" | ").append(kindName(e.kind())).append(" | ")
                    .append(e.reason().isEmpty() ? "(none)" : e.reason().replace("|", "/")).append(" |\n");
        }
        return b.toString();
    }

    /** All tables. */
    public String full(String title) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(title).append("\n\n");
        b.append("## Events\n\n").append(dataset()).append('\n');
        b.append("## Ranking per attacker model\n\n").append(ranking()).append('\n');
        b.append("## Benign populations\n\n").append(falseAlerts()).append('\n');
        b.append("## What the benign alerts say\n\n").append(falseAlertTexts()).append('\n');
        if (!r.campaigns().isEmpty()) {
            b.append("## Campaigns\n\n").append(campaigns()).append('\n');
        }
        if (!r.campaigns().isEmpty()) {
            b.append("## Credential campaign findings\n\n").append(CampaignFindings.table(r)).append('\n');
        }
        if (r.scenarios().contains(Scenario.BENIGN_OFFICE)) {
            b.append("## Office NAT\n\n").append(office()).append('\n');
        }
        String reasons = reasonAccuracy();
        if (reasons.split("\n").length > 2) {
            b.append("## Top-reason accuracy\n\n").append(reasons).append('\n');
        }
        String causes = byCause();
        if (causes.split("\n").length > 2) {
            b.append("## Takeovers by what the attacker changed\n\n").append(causes).append('\n');
        }
        String admin = admin();
        if (admin.split("\n").length > 2) {
            b.append("## Admin scenarios\n\n").append(admin).append('\n');
        }
        return b.toString();
    }

    public double auc(Scenario s) {
        List<EventKind> kinds = r.kindsOf(s);
        return Ranking.rocAuc(r.scores(List.of(s), kinds), r.scores(benign, kinds));
    }

    public Ranking.Operating recall(Scenario s, double fpr) {
        List<EventKind> kinds = r.kindsOf(s);
        return Ranking.recallAtFpr(r.scores(List.of(s), kinds), r.scores(benign, kinds), fpr);
    }

    public double overall(Set<EventKind> kinds) {
        return Ranking.rocAuc(r.scores(attacks, kinds), r.scores(benign, kinds));
    }

    public double overall(List<EventKind> kinds) {
        return overall(EnumSet.copyOf(kinds));
    }
}
