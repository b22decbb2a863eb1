package io.runtimeaccess.evaluation.report;

import io.runtimeaccess.evaluation.dataset.Scenario;
import io.runtimeaccess.evaluation.metrics.CampaignStats;
import io.runtimeaccess.evaluation.replay.ReplayResults;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The realm-level credential-campaign finding: how many attempts each guessing campaign made before it
 * was raised, how often it was raised or updated, and the campaign findings raised on benign events
 * (false campaigns, by day: a typo wave would show up on its day).
 */
final class CampaignFindings {

    private static final List<Scenario> GUESSING = List.of(Scenario.CREDENTIAL_STUFFING, Scenario.SLOW_SPRAY,
            Scenario.DISTRIBUTED_SPRAY, Scenario.PASSWORD_SPRAY, Scenario.BRUTE_FORCE);

    private CampaignFindings() {
    }

    static String table(ReplayResults r) {
        StringBuilder b = new StringBuilder();
        b.append("| campaign type | campaigns | campaign finding raised | attempts to the finding (each campaign) "
                + "| attempts per campaign (median) | findings raised or updated on its events |\n");
        b.append("|---|---:|---:|---|---:|---:|\n");
        for (Scenario s : GUESSING) {
            List<CampaignStats> list = r.campaigns().stream().filter(c -> c.scenario() == s).collect(Collectors.toList());
            if (list.isEmpty()) {
                continue;
            }
            long raised = list.stream().filter(c -> c.attemptsToCampaignFinding() > 0).count();
            String each = list.stream().map(c -> c.attemptsToCampaignFinding() > 0
                    ? Long.toString(c.attemptsToCampaignFinding()) : "–").collect(Collectors.joining(", "));
            double[] sizes = list.stream().mapToDouble(CampaignStats::attempts).sorted().toArray();
            b.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %.0f | %d |%n", s.title(), list.size(), raised,
                    each, sizes[sizes.length / 2], r.campaignFindings(s)));
        }
        Map<String, Long> byDay = new TreeMap<>();
        long during = 0;
        long lateUpdates = 0;
        StringBuilder examples = new StringBuilder();
        for (int i = 0; i < r.benignCampaignFindings().size(); i++) {
            long t = r.benignCampaignFindings().get(i);
            if (r.duringGuessingCampaign(t)) {
                during++; // a real campaign's update that a benign failure happened to trigger
            } else if (!r.benignCampaignTexts().get(i).startsWith("Credential campaign against")) {
                lateUpdates++; // an update of a campaign that ended less than its quiet period ago
            } else {
                byDay.merge(Instant.ofEpochMilli(t).toString().substring(0, 10), 1L, Long::sum);
                if (byDay.values().stream().mapToLong(Long::longValue).sum() <= 5) {
                    examples.append("- ").append(Instant.ofEpochMilli(t)).append(": ")
                            .append(r.benignCampaignTexts().get(i)).append('\n');
                }
            }
        }
        b.append(String.format(Locale.ROOT, "%nCampaign findings raised or updated on benign events: %d during guessing"
                + " campaigns (the campaign's own finding, triggered by a typo in it), %d updates of a campaign more than"
                + " 40 minutes after its last guess, **%d** new campaigns outside attacks (false campaigns)%s.%n",
                during, lateUpdates, r.benignCampaignFindings().size() - during - lateUpdates,
                byDay.isEmpty() ? "" : ": " + byDay.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
        if (examples.length() > 0) {
            b.append('\n').append(examples);
        }
        return b.toString();
    }
}
