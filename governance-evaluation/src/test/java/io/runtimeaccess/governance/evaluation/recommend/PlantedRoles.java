package io.runtimeaccess.governance.evaluation.recommend;

import io.runtimeaccess.governance.matrix.AssignmentMatrix;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * A user-permission matrix with planted roles, for checking the recommender away from the HP Labs files: roles are
 * random permission sets (overlapping, some permissions in several roles), users take a few roles with role
 * popularity falling off like 1/rank, and the matrix is then made noisy: each granted permission is missing with
 * probability {@code drop}, and each user gets up to {@code personal} permissions from a long tail that at most a
 * few others hold.
 *
 * <p>{@code main} writes one in the HP Labs format: {@code users permissions roles maxRolesPerUser drop personal
 * seed file}.
 */
record PlantedRoles(int users, int permissions, int roles, int maxRolesPerUser, double drop, int personal) {

    private static final int MIN_ROLE = 3;
    private static final int MAX_ROLE = 12;

    /** One matrix per seed; users left with no permission are not in it. */
    AssignmentMatrix generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        // the last quarter of the permission ids is the long tail of personal permissions
        int roleSpace = permissions * 3 / 4;
        int[][] roleSets = new int[roles][];
        for (int r = 0; r < roles; r++) {
            TreeSet<Integer> set = new TreeSet<>();
            int size = MIN_ROLE + random.nextInt(MAX_ROLE - MIN_ROLE + 1);
            while (set.size() < size) {
                set.add(random.nextInt(roleSpace));
            }
            roleSets[r] = set.stream().mapToInt(Integer::intValue).toArray();
        }
        double[] cumulative = zipf(roles);
        List<String[]> pairs = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            TreeSet<Integer> held = new TreeSet<>();
            int count = 1 + random.nextInt(maxRolesPerUser);
            for (int k = 0; k < count; k++) {
                for (int p : roleSets[pick(cumulative, random.nextDouble())]) {
                    if (random.nextDouble() >= drop) {
                        held.add(p);
                    }
                }
            }
            int extras = random.nextInt(personal + 1);
            for (int k = 0; k < extras; k++) {
                held.add(roleSpace + random.nextInt(permissions - roleSpace));
            }
            for (int p : held) {
                pairs.add(new String[] {"u" + u, "p" + p});
            }
        }
        return AssignmentMatrix.of(pairs);
    }

    private static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double total = 0;
        for (int r = 0; r < n; r++) {
            total += 1.0 / (r + 1);
            cumulative[r] = total;
        }
        for (int r = 0; r < n; r++) {
            cumulative[r] /= total;
        }
        return cumulative;
    }

    private static int pick(double[] cumulative, double x) {
        int at = java.util.Arrays.binarySearch(cumulative, x);
        return Math.min(cumulative.length - 1, at >= 0 ? at : -at - 1);
    }

    public static void main(String[] args) throws IOException {
        PlantedRoles shape = new PlantedRoles(Integer.parseInt(args[0]), Integer.parseInt(args[1]),
                Integer.parseInt(args[2]), Integer.parseInt(args[3]), Double.parseDouble(args[4]),
                Integer.parseInt(args[5]));
        AssignmentMatrix matrix = shape.generate(Long.parseLong(args[6]));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[7]), StandardCharsets.UTF_8))) {
            for (int u = 0; u < matrix.users(); u++) {
                for (int p : matrix.permissionsOf(u)) {
                    out.println(matrix.userName(u) + " " + matrix.permissionName(p));
                }
            }
        }
    }
}
