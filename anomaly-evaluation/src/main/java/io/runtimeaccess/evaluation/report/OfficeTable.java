package io.runtimeaccess.evaluation.report;

import static io.runtimeaccess.evaluation.report.Cells.kindName;
import static io.runtimeaccess.evaluation.report.Cells.reasons;

import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.evaluation.dataset.Scenario;
import io.runtimeaccess.evaluation.metrics.ScoreHistogram;
import io.runtimeaccess.evaluation.replay.EventKind;
import io.runtimeaccess.evaluation.replay.ReplayResults;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The office behind one NAT address: many users' sign-ins and failures from one address, which a spray
 * detector must not take for a campaign. Its events, what was alerted, and which alerts fell inside guessing
 * campaigns (collateral) rather than outside them.
 */
final class OfficeTable {

    private OfficeTable() {
    }

    static String table(ReplayResults r, Set<EventKind> allKinds) {
        StringBuilder b = new StringBuilder();
        b.append("| office NAT events | scored | alerted | strongest reasons of the alerts |\n|---|---:|---:|---|\n");
        for (EventKind k : List.of(EventKind.SIGN_IN, EventKind.FAILED_SIGN_IN, EventKind.TOKEN)) {
            ScoreHistogram h = r.scores(Scenario.BENIGN_OFFICE, k);
            b.append(String.format(Locale.ROOT, "| %s | %,d | %,d | |%n", kindName(k), h.total(),
                    h.atLeast(r.alertThreshold())));
        }
        Map<Detection, Long> reasons = r.falseAlertReasons(Scenario.BENIGN_OFFICE);
        Set<Detection> guessing = EnumSet.of(Detection.PASSWORD_SPRAY, Detection.DISTRIBUTED_SPRAY,
                Detection.BRUTE_FORCE);
        ScoreHistogram all = r.scores(List.of(Scenario.BENIGN_OFFICE), allKinds);
        b.append(String.format(Locale.ROOT, "| **all** | %,d | %,d | %s |%n", all.total(),
                all.atLeast(r.alertThreshold()), reasons(reasons)));
        b.append(String.format(Locale.ROOT, "%nOffice alerts whose strongest reason is a spray or brute-force "
                + "detection: "
                + "**%d** during guessing campaigns (from a campaign's first event to 40 minutes after its last), "
                + "**%d** outside them. Office alerts for any reason outside campaigns: **%d**.%n",
                r.benignAlerts(Scenario.BENIGN_OFFICE, guessing, true),
                r.benignAlerts(Scenario.BENIGN_OFFICE, guessing, false),
                r.benignAlerts(Scenario.BENIGN_OFFICE, null, false)));
        return b.toString();
    }
}
