package io.runtimeaccess.evaluation.scale;

import io.runtimeaccess.anomaly.AnomalyScorer;
import io.runtimeaccess.anomaly.ScorerSettings;
import io.runtimeaccess.evaluation.dataset.Dataset;
import io.runtimeaccess.evaluation.dataset.Scenario;
import io.runtimeaccess.evaluation.generator.Generator;
import io.runtimeaccess.evaluation.generator.GeneratorSettings;
import io.runtimeaccess.evaluation.replay.EventStream;
import io.runtimeaccess.evaluation.replay.Replay;
import io.runtimeaccess.evaluation.replay.ReplayResults;
import io.runtimeaccess.evaluation.world.World;
import io.runtimeaccess.evaluation.world.WorldLocator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Generates and replays realms of several sizes with the same seed, one after the other, and gives their
 * headline figures ({@link SizeFigures}) side by side. Each size is replayed twice (with and without
 * device ids); the CSV round trip of a single run is left out, as it checks the loader, not the scorer.
 */
public final class ScaleRun {

    private ScaleRun() {
    }

    /** The figures of one realm size, with a fresh scorer per replay. */
    public static SizeFigures measure(long seed, int users, int weeks) {
        resetPeaks();
        long cpu0 = processCpuNanos();
        GeneratorSettings settings = GeneratorSettings.defaults(seed, users, weeks);
        long t0 = System.nanoTime();
        Dataset dataset = Generator.generate(settings);
        double generated = (System.nanoTime() - t0) / 1e9;
        long countFrom = settings.startMillis() + settings.warmupDays() * 86_400_000L;
        WorldLocator locator = new WorldLocator(World.forUsers(users));
        double threshold = ScorerSettings.defaults().mediumFrom();

        long t1 = System.nanoTime();
        AnomalyScorer scorer = new AnomalyScorer(ScorerSettings.defaults(), locator);
        long thread0 = THREADS.getCurrentThreadCpuTime();
        ReplayResults cookie = Replay.run(stream(dataset), scorer, threshold, countFrom);
        double perCpuSecond = cookie.events() * 1e9 / (THREADS.getCurrentThreadCpuTime() - thread0);
        int activeUsers = scorer.activeUsers();
        double bytesPerUser = activeUsers == 0 ? Double.NaN : (double) scorer.approximateStateBytes() / activeUsers;
        scorer = null;
        ReplayResults noCookie = Replay.run(stream(dataset).withoutDeviceIds(),
                new AnomalyScorer(ScorerSettings.defaults(), locator), threshold, countFrom);
        double replayed = (System.nanoTime() - t1) / 1e9;

        double[] with = SizeFigures.takeovers(cookie);
        double[] without = SizeFigures.takeovers(noCookie);
        return new SizeFigures(users, cookie.events(), with[0], with[1], without[0], without[1],
                SizeFigures.alerted(cookie, Scenario.TOKEN_THEFT), SizeFigures.travelAlerted(cookie),
                SizeFigures.travelNamed(cookie),
                SizeFigures.alerted(cookie, Scenario.BENIGN_TRAVEL), SizeFigures.alerted(cookie, Scenario.BENIGN_OFFICE),
                SizeFigures.alerted(noCookie, Scenario.BENIGN_OFFICE),
                cookie.benignAlerts(Scenario.BENIGN_OFFICE, null, false), cookie.eventsPerSecond(), perCpuSecond,
                activeUsers, bytesPerUser, generated, replayed, peakHeapMiB(), (processCpuNanos() - cpu0) / 1e9);
    }

    /** Measures each size in turn (printing a line per size to stderr) and returns the markdown table. */
    public static String run(long seed, int weeks, int[] sizes) {
        List<SizeFigures> rows = new ArrayList<>();
        for (int users : sizes) {
            SizeFigures f = measure(seed, users, weeks);
            System.err.printf(Locale.ROOT, "%,d users: generated in %.0f s, replayed twice in %.0f s, %.0f s CPU, heap peak"
                    + " %,d MiB%n", users, f.generateSeconds(), f.replaySeconds(), f.cpuSeconds(), f.peakHeapMiB());
            rows.add(f);
            System.gc(); // the next size's heap peak should not include this one's garbage
        }
        return SizeTable.markdown(seed, weeks, rows);
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static EventStream stream(Dataset d) {
        return new EventStream(d.rows().iterator(), d.labels().iterator(), d.sideEvents().iterator(), null);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the last reset (an upper bound of the peak heap use). */
    private static long peakHeapMiB() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes >> 20;
    }
}
