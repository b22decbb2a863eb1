package io.runtimeaccess.governance.evaluation.recommend;

import io.runtimeaccess.governance.evaluation.input.MatrixFile;
import io.runtimeaccess.governance.matrix.AssignmentMatrix;
import io.runtimeaccess.governance.mining.RoleMiner;
import io.runtimeaccess.governance.recommend.PermissionRanker;
import io.runtimeaccess.governance.recommend.RankedPermission;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code recommend --matrix FILE --seed N}: leave-one-out on a user-permission matrix. For every user with at
 * least two permissions one is hidden at random (seeded); the recommender is fitted on what is left (its own
 * inner leave-one-out sees only that) and ranks each user's missing permissions. Prints one JSON line: hit rate
 * at 5, mean reciprocal rank, calibration of the top-five proposals (expected calibration error over ten equal
 * bins, and the precision of those with confidence at least 0.8), the three baselines on the same split, and
 * what the split allows any peer-based ranker ({@link HitRateBound}) and where the misses were ranked
 * ({@link MissProfile}).
 */
@Command(name = "recommend", description = "Leave-one-out HitRate@5, MRR and calibration, beside three baselines.")
public final class RecommendCommand implements Callable<Integer> {

    static final int TOP = 5;
    static final double HIGH_CONFIDENCE = 0.8;
    static final int BINS = 10;

    @Spec
    private CommandSpec spec;

    @Option(names = "--matrix", required = true, paramLabel = "FILE", description = "One user-permission pair a line.")
    private Path file;

    @Option(names = "--seed", description = "Which permission each user hides (default 1).")
    private long seed = 1;

    @Override
    public Integer call() throws IOException {
        spec.commandLine().getOut().println(evaluate(MatrixFile.read(file), seed)
                .toJson(file.getFileName().toString(), seed));
        return 0;
    }

    static RecommendResult evaluate(AssignmentMatrix full, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        // Permissions are renumbered in a seeded random order: the file's numbering (order of first appearance)
        // was made with the hidden assignments in it, and rankers break ties by the lower number, so the hidden
        // permission of a set of twins tended to win its tie for no reason the training matrix holds.
        int[] number = shuffled(full.permissions(), new SplittableRandom(seed ^ 0x5DEECE66DL));
        int[] hidden = new int[full.users()];
        int[][] rows = new int[full.users()][];
        for (int u = 0; u < full.users(); u++) {
            int[] row = full.permissionsOf(u);
            int kept = row.length >= 2 ? row[random.nextInt(row.length)] : -1;
            hidden[u] = kept < 0 ? -1 : number[kept];
            rows[u] = renumbered(kept < 0 ? row : without(row, kept), number);
        }
        String[] users = new String[full.users()];
        String[] permissions = new String[full.permissions()];
        for (int u = 0; u < users.length; u++) {
            users[u] = full.userName(u);
        }
        for (int p = 0; p < permissions.length; p++) {
            permissions[number[p]] = full.permissionName(p);
        }
        AssignmentMatrix train = new AssignmentMatrix(users, permissions, rows);
        RecommendResult result = new RecommendResult();
        long started = System.nanoTime();
        boolean[] all = new boolean[train.permissions()];
        java.util.Arrays.fill(all, true);
        // every evaluated row already lacks its hidden permission: the calibration must know (see PermissionRanker)
        PermissionRanker ranker = PermissionRanker.fit(train, all, seed, 1);
        int[] ranks = new int[train.users()];
        for (int u = 0; u < train.users(); u++) {
            if (hidden[u] < 0) {
                continue;
            }
            List<RankedPermission> top = ranker.rank(u, TOP);
            for (RankedPermission proposal : top) {
                result.proposal(proposal.confidence(), proposal.permission() == hidden[u]);
            }
            ranks[u] = ranker.rankOf(train.permissionsOf(u), u, hidden[u]);
            result.rank(ranks[u]);
        }
        result.seconds = (System.nanoTime() - started) / 1e9;
        result.blend = ranker.blend().byFeature();
        result.similarity = ranker.similarity().name().toLowerCase(java.util.Locale.ROOT);
        result.innerHitRate = ranker.innerHitRate();
        baselines(train, hidden, result);
        result.bound = HitRateBound.of(train, hidden);
        result.misses = MissProfile.of(train, hidden, ranks, RoleMiner.mine(train).rolePermissions());
        return result;
    }

    private static void baselines(AssignmentMatrix train, int[] hidden, RecommendResult result) {
        Baselines baselines = new Baselines(train);
        int[] hits = new int[3];
        int users = 0;
        for (int u = 0; u < train.users(); u++) {
            if (hidden[u] < 0) {
                continue;
            }
            users++;
            int[] held = train.permissionsOf(u);
            hits[0] += Baselines.rankOf(baselines.popularity(u), held, hidden[u]) <= TOP ? 1 : 0;
            hits[1] += Baselines.rankOf(baselines.itemKnn(u), held, hidden[u]) <= TOP ? 1 : 0;
            hits[2] += Baselines.rankOf(baselines.userKnn(u), held, hidden[u]) <= TOP ? 1 : 0;
        }
        result.baselinePopularity = hits[0] / (double) Math.max(1, users);
        result.baselineItemKnn = hits[1] / (double) Math.max(1, users);
        result.baselineUserKnn = hits[2] / (double) Math.max(1, users);
    }

    /** A seeded random permutation of 0..n-1 (Fisher–Yates). */
    static int[] shuffled(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    private static int[] renumbered(int[] row, int[] number) {
        int[] mapped = new int[row.length];
        for (int i = 0; i < row.length; i++) {
            mapped[i] = number[row[i]];
        }
        java.util.Arrays.sort(mapped);
        return mapped;
    }

    private static int[] without(int[] row, int permission) {
        return java.util.Arrays.stream(row).filter(p -> p != permission).toArray();
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
