package io.runtimeaccess.evaluation.scale;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** One markdown table with a column per realm size and a row per headline figure. */
final class SizeTable {

    private SizeTable() {
    }

    static String markdown(long seed, int weeks, List<SizeFigures> sizes) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Seed %d, %d weeks, `GeneratorSettings.defaults` per size.%n%n", seed, weeks));
        b.append("| figure |");
        for (SizeFigures f : sizes) {
            b.append(String.format(Locale.ROOT, " %,d users |", f.users()));
        }
        b.append("\n|---|");
        b.append("---:|".repeat(sizes.size())).append('\n');
        row(b, sizes, "events replayed", f -> String.format(Locale.ROOT, "%,d", f.events()));
        row(b, sizes, "all takeovers ROC-AUC, device cookie", f -> num(f.takeoverAuc()));
        row(b, sizes, "all takeovers recall @1% FPR, device cookie", f -> num(f.takeoverRecall()));
        row(b, sizes, "all takeovers ROC-AUC, no cookie", f -> num(f.takeoverAucNoCookie()));
        row(b, sizes, "all takeovers recall @1% FPR, no cookie", f -> num(f.takeoverRecallNoCookie()));
        row(b, sizes, "stolen tokens alerted", f -> pct(f.tokenTheftAlerted()));
        row(b, sizes, "impossible-travel takeovers alerted", f -> pct(f.travelAlerted()));
        row(b, sizes, "impossible-travel takeovers with IMPOSSIBLE_TRAVEL among their reasons", f -> pct(f.travelNamed()));
        row(b, sizes, "benign travel events alerted (sign-ins, failed sign-ins, token requests)", f -> pct(f.benignTravelAlerted()));
        row(b, sizes, "office NAT events alerted, device cookie", f -> pct(f.officeAlerted()));
        row(b, sizes, "office NAT events alerted, no cookie", f -> pct(f.officeAlertedNoCookie()));
        row(b, sizes, "office NAT alerts outside guessing campaigns, device cookie",
                f -> String.format(Locale.ROOT, "%,d", f.officeOutsideCampaigns()));
        row(b, sizes, "scorer events/s (replay, one thread)", f -> String.format(Locale.ROOT, "%,.0f", f.eventsPerSecond()));
        row(b, sizes, "scorer events per CPU second (replay thread)",
                f -> String.format(Locale.ROOT, "%,.0f", f.eventsPerCpuSecond()));
        row(b, sizes, "active users at the end", f -> String.format(Locale.ROOT, "%,d", f.activeUsers()));
        row(b, sizes, "state bytes per active user (scorer's estimate, per-realm tables included)",
                f -> String.format(Locale.ROOT, "%,.0f", f.bytesPerActiveUser()));
        row(b, sizes, "generate / replay twice (s)",
                f -> String.format(Locale.ROOT, "%.0f / %.0f", f.generateSeconds(), f.replaySeconds()));
        row(b, sizes, "CPU time, all threads (s)", f -> String.format(Locale.ROOT, "%.0f", f.cpuSeconds()));
        row(b, sizes, "heap peak (MiB)", f -> String.format(Locale.ROOT, "%,d", f.peakHeapMiB()));
        return b.toString();
    }

    private static void row(StringBuilder b, List<SizeFigures> sizes, String name, Function<SizeFigures, String> value) {
        b.append("| ").append(name).append(" |");
        for (SizeFigures f : sizes) {
            b.append(' ').append(value.apply(f)).append(" |");
        }
        b.append('\n');
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }
}
