package io.runtimeaccess.evaluation.report;

import static io.runtimeaccess.evaluation.report.Cells.fmt0;
import static io.runtimeaccess.evaluation.report.Cells.max;
import static io.runtimeaccess.evaluation.report.Cells.median;
import static io.runtimeaccess.evaluation.report.Cells.reasons;

import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.evaluation.dataset.Scenario;
import io.runtimeaccess.evaluation.metrics.CampaignStats;
import io.runtimeaccess.evaluation.replay.ReplayResults;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The report's campaign tables: per campaign type, and every campaign on a line of its own. */
final class CampaignTables {

    private CampaignTables() {
    }

    /** Spray, brute force and bulk campaigns: attempts and seconds until the first alert. */
    static String summary(ReplayResults r, List<Scenario> attacks) {
        StringBuilder b = new StringBuilder();
        b.append("| campaign type | campaigns | detected | attempts to first alert (median / max) "
                + "| seconds to first alert (median / max) | attempts per campaign (median) | first alert's reason "
                + "| successes alerted |\n");
        b.append("|---|---:|---:|---:|---:|---:|---|---:|\n");
        for (Scenario s : attacks) {
            List<CampaignStats> list = r.campaigns().stream().filter(c -> c.scenario() == s).collect(Collectors.toList());
            if (list.isEmpty()) {
                continue;
            }
            List<CampaignStats> detected = list.stream().filter(CampaignStats::detected).collect(Collectors.toList());
            double[] attempts = detected.stream().mapToDouble(CampaignStats::attemptsToDetection).toArray();
            double[] seconds = detected.stream().mapToDouble(CampaignStats::secondsToDetection).toArray();
            double[] sizes = list.stream().mapToDouble(CampaignStats::attempts).toArray();
            long successes = list.stream().mapToLong(CampaignStats::successes).sum();
            long successesAlerted = list.stream().mapToLong(CampaignStats::successesAlerted).sum();
            Map<Detection, Long> first = new java.util.EnumMap<>(Detection.class);
            for (CampaignStats c : detected) {
                if (c.firstAlertReason() != null) {
                    first.merge(c.firstAlertReason(), 1L, Long::sum);
                }
            }
            b.append(String.format(Locale.ROOT, "| %s | %d | %d | %s / %s | %s / %s | %s | %s | %s |%n", s.title(),
                    list.size(), detected.size(), fmt0(median(attempts)), fmt0(max(attempts)), fmt0(median(seconds)),
                    fmt0(max(seconds)), fmt0(median(sizes)), reasons(first),
                    successes == 0 ? "–" : successesAlerted + " of " + successes));
        }
        return b.toString();
    }

    /** Every campaign, one line each. */
    static String details(ReplayResults r) {
        StringBuilder b = new StringBuilder();
        b.append("| campaign | attempts | first alert at attempt | seconds | alerted attempts | successes alerted |\n");
        b.append("|---|---:|---:|---:|---:|---:|\n");
        for (CampaignStats c : r.campaigns()) {
            b.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %,d | %s |%n", c.id(), c.attempts(),
                    c.detected() ? Long.toString(c.attemptsToDetection()) : "never",
                    c.detected() ? fmt0(c.secondsToDetection()) : "–", c.alerts(),
                    c.successes() == 0 ? "–" : c.successesAlerted() + " of " + c.successes()));
        }
        return b.toString();
    }
}
