package io.runtimeaccess.evaluation;

import io.runtimeaccess.evaluation.dataset.DatasetFiles;
import io.runtimeaccess.evaluation.dataset.Scenario;
import io.runtimeaccess.evaluation.replay.ReplayResults;
import io.runtimeaccess.evaluation.report.Report;
import io.runtimeaccess.evaluation.report.TokenAndShiftFigures;
import java.util.Locale;

/** The markdown report of a generated dataset's replays. */
final class GeneratedReport {

    private GeneratedReport() {
    }

    /** Without the loader replay ({@code --replays 1} or {@code 2}): no CSV was written. */
    static String brief(String title, ReplayResults direct, ReplayResults withoutIds) {
        Report report = new Report(direct);
        return report.full(title) + (withoutIds == null ? ""
                : "## Without the device cookie\n\n" + new Report(withoutIds).ranking() + '\n')
                + "## Same-country token theft and night shifts\n\n" + new TokenAndShiftFigures(direct).table() + '\n'
                + "## Campaign details\n\n" + report.campaignDetails() + '\n';
    }

    /** All three replays, the lowest- and highest-scoring cases, and whether the loader path gave the same figures. */
    static String full(String title, ReplayResults direct, ReplayResults withoutIds, ReplayResults loaded,
            DatasetFiles files, long[] resolution) {
        Report report = new Report(direct);
        StringBuilder b = new StringBuilder();
        b.append(report.full(title));
        b.append("## Without the device cookie\n\n").append("The same events replayed without their device ids, as a "
                + "realm without the device cookie step (or a password grant) sees them:\n\n")
                .append(new Report(withoutIds).ranking()).append('\n');
        b.append("## Same-country token theft and night shifts\n\n").append(new TokenAndShiftFigures(direct).table())
                .append("\nWithout the device cookie:\n\n").append(new TokenAndShiftFigures(withoutIds).table())
                .append('\n');
        b.append("## Campaign details\n\n").append(report.campaignDetails()).append('\n');
        appendExtremes(b, report);
        b.append("## Loader path\n\n");
        Report loadedReport = new Report(loaded);
        boolean same = report.fingerprint().equals(loadedReport.fingerprint());
        b.append(String.format(Locale.ROOT, "The generated rows were written to `%s` (with `%s` and `%s`), read back "
                + "through `RbaCsvReader` and the side-file readers, located from the rows' own country/region/city/ASN "
                + "columns (`RowLocator`: %,d addresses at city level, %,d at country level, %,d unknown) and replayed "
                + "through a fresh scorer: %s.%n%n", files.rows().getFileName(), files.labels().getFileName(),
                files.events().getFileName(), resolution[0], resolution[1], resolution[2],
                same ? "**the same figures** as the direct replay (ROC-AUC and recall at 1% FPR of every model)"
                        : "**different figures** from the direct replay"));
        if (!same) {
            b.append(loadedReport.ranking()).append('\n');
        }
        return b.toString();
    }

    private static void appendExtremes(StringBuilder b, Report report) {
        b.append("## Lowest-scoring targeted takeovers\n\n").append(report.lowest(Scenario.TARGETED_ATO, 8)).append('\n');
        b.append("## Lowest-scoring targeted takeovers with the victim's own user agent\n\n")
                .append(report.lowest(Scenario.TARGETED_EXACT_UA_ATO, 8)).append('\n');
        b.append("## Lowest-scoring VPN takeovers\n\n").append(report.lowest(Scenario.VPN_ATO, 5)).append('\n');
        b.append("## Lowest-scoring token thefts\n\n").append(report.lowest(Scenario.TOKEN_THEFT, 5)).append('\n');
        b.append("## Highest-scoring benign sign-ins at home\n\n").append(report.highest(Scenario.BENIGN_HOME, 6)).append('\n');
        b.append("## Highest-scoring benign travel\n\n").append(report.highest(Scenario.BENIGN_TRAVEL, 6)).append('\n');
        b.append("## Highest-scoring office NAT events\n\n").append(report.highest(Scenario.BENIGN_OFFICE, 6)).append('\n');
    }
}
