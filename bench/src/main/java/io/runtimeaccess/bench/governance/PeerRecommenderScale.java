package io.runtimeaccess.bench.governance;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.access.Holding;
import io.runtimeaccess.governance.access.UserRecord;
import io.runtimeaccess.governance.proposal.Proposal;
import io.runtimeaccess.governance.recommend.PeerModel;
import io.runtimeaccess.governance.recommend.PeerRecommender;
import io.runtimeaccess.governance.recommend.RecommenderSettings;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Times {@code PeerRecommender.recommendAll} and {@code outliers} on a synthetic realm and reports the peak heap:
 * {@code java -Xmx2g -cp bench/target/benchmarks.jar io.runtimeaccess.bench.governance.PeerRecommenderScale 100000}.
 *
 * <p>The realm (fixed seed): 100 departments × 20 titles × 10 locations; 200 solutions of 10 roles (2,000 grants)
 * and 50 realm roles, 2 of them privileged. Each department has 6 typical grants, each title 3, each location 1;
 * a user holds each typical grant with probability 0.85 and 1 or 2 random ones besides (noise), about 10 in all.
 */
public final class PeerRecommenderScale {

    private static final int DEPARTMENTS = 100;
    private static final int TITLES = 20;
    private static final int LOCATIONS = 10;

    private PeerRecommenderScale() {
    }

    public static void main(String[] args) {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long started = System.nanoTime();
        AccessSnapshot snapshot = synthetic(users, new SplittableRandom(42));
        double built = seconds(started);
        resetPeaks();
        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        PeerRecommender recommender = new PeerRecommender(new RecommenderSettings(
                List.of("department", "title", "location"), 0.5));
        PeerModel model = recommender.fit(snapshot);
        double fit = seconds(t0);
        long t1 = System.nanoTime();
        List<Proposal> additions = PeerRecommender.recommendAll(model, snapshot, 5);
        double recommend = seconds(t1);
        long t2 = System.nanoTime();
        List<Proposal> outliers = PeerRecommender.outliers(model, snapshot);
        double outlierSeconds = seconds(t2);
        // what a run does: both from one scoring of each user
        long t3 = System.nanoTime();
        List<Proposal> both = PeerRecommender.recommendAndFlagAll(model, snapshot, 5);
        double onePass = seconds(t3);
        // two more rounds, the one-pass first, so that a burst of load on a shared machine hits both ways
        double apart = recommend + outlierSeconds;
        for (int round = 0; round < 2; round++) {
            long t4 = System.nanoTime();
            PeerRecommender.recommendAndFlagAll(model, snapshot, 5);
            onePass = Math.min(onePass, seconds(t4));
            long t5 = System.nanoTime();
            PeerRecommender.recommendAll(model, snapshot, 5);
            PeerRecommender.outliers(model, snapshot);
            apart = Math.min(apart, seconds(t5));
        }
        System.out.printf(java.util.Locale.ROOT,
                "{\"users\":%d,\"snapshotSeconds\":%.1f,\"fitSeconds\":%.1f,\"recommendAllSeconds\":%.1f,"
                        + "\"outliersSeconds\":%.1f,\"bestApartSeconds\":%.1f,\"bestOnePassSeconds\":%.1f,"
                        + "\"onePassOverApart\":%.2f,\"additions\":%d,\"outliers\":%d,\"onePassProposals\":%d,"
                        + "\"heapBeforeMb\":%d,\"peakHeapMb\":%d,\"maxHeapMb\":%d,\"innerHitRateAt5\":%.3f}%n",
                users, built, fit, recommend, outlierSeconds, apart, onePass, onePass / apart,
                additions.size(), outliers.size(), both.size(), heapBefore >> 20,
                peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20, model.ranker().innerHitRate());
    }

    static AccessSnapshot synthetic(int users, SplittableRandom random) {
        AccessItem[] grants = new AccessItem[2000];
        for (int g = 0; g < grants.length; g++) {
            grants[g] = AccessItem.grant("solution-" + g / 10, "role-" + g % 10, null, false);
        }
        AccessItem[] roles = new AccessItem[50];
        for (int r = 0; r < roles.length; r++) {
            roles[r] = AccessItem.realmRole("role-" + r, r < 2);
        }
        int[][] byDepartment = typical(DEPARTMENTS, 6, random);
        int[][] byTitle = typical(TITLES, 3, random);
        int[][] byLocation = typical(LOCATIONS, 1, random);
        List<UserRecord> records = new ArrayList<>(users);
        for (int u = 0; u < users; u++) {
            int department = random.nextInt(DEPARTMENTS);
            int title = random.nextInt(TITLES);
            int location = random.nextInt(LOCATIONS);
            List<Holding> holdings = new ArrayList<>();
            for (int[] typical : new int[][] {byDepartment[department], byTitle[title], byLocation[location]}) {
                for (int g : typical) {
                    if (random.nextDouble() < 0.85) {
                        holdings.add(Holding.direct(grants[g]));
                    }
                }
            }
            for (int n = 1 + random.nextInt(2); n > 0; n--) {
                holdings.add(Holding.direct(random.nextInt(10) == 0 ? roles[random.nextInt(roles.length)]
                        : grants[random.nextInt(grants.length)]));
            }
            records.add(new UserRecord("u" + u, "user" + u, Map.of("department", "d" + department, "title",
                    "t" + title, "location", "l" + location), true, Set.of(), false, false, Instant.EPOCH, null, false,
                    0, 0, holdings));
        }
        return new AccessSnapshot("bench", Instant.EPOCH, records);
    }

    private static int[][] typical(int groups, int size, SplittableRandom random) {
        int[][] typical = new int[groups][size];
        for (int[] row : typical) {
            for (int i = 0; i < size; i++) {
                row[i] = random.nextInt(2000);
            }
        }
        return typical;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound of the heap in use at any one time. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
