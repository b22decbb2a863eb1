package io.runtimeaccess.governance.evaluation.recommend;

import io.runtimeaccess.governance.matrix.AssignmentMatrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the hidden permissions a ranker missed were ranked, and whether a role mined from the training matrix would
 * have pointed at them. It says what a change to the ranker could still gain on a split: a miss at rank 6 to 10 is a
 * near miss, one not scored at all is out of reach of any peer signal.
 *
 * <p>A hidden permission <em>completes a mined role</em> when some role mined from the training matrix (the command
 * passes its exact cover) holds it and at least one more permission, and the user holds all the others: "the user
 * has every permission of this role but one". Counted separately for hits and misses, it bounds what a role-based
 * signal could add: at most the misses it covers.
 */
final class MissProfile {

    static final int NEAR = 10;
    static final int FAR = 20;

    int nearMisses;
    int midMisses;
    int farMisses;
    int notScored;
    int hitsCompletingRole;
    int missesCompletingRole;

    /**
     * {@code ranks[u]} is where u's hidden permission came (1 = first, 0 = not scored), for evaluated users;
     * {@code roles} are permission sets mined from {@code train}, such as its exact cover.
     */
    static MissProfile of(AssignmentMatrix train, int[] hidden, int[] ranks, List<int[]> roles) {
        List<List<int[]>> rolesWith = rolesByPermission(train.permissions(), roles);
        MissProfile profile = new MissProfile();
        for (int u = 0; u < hidden.length; u++) {
            if (hidden[u] < 0) {
                continue;
            }
            boolean hit = ranks[u] > 0 && ranks[u] <= RecommendCommand.TOP;
            boolean completes = completesARole(rolesWith.get(hidden[u]), hidden[u], train.permissionsOf(u));
            if (hit) {
                profile.hitsCompletingRole += completes ? 1 : 0;
                continue;
            }
            profile.missesCompletingRole += completes ? 1 : 0;
            if (ranks[u] == 0) {
                profile.notScored++;
            } else if (ranks[u] <= NEAR) {
                profile.nearMisses++;
            } else if (ranks[u] <= FAR) {
                profile.midMisses++;
            } else {
                profile.farMisses++;
            }
        }
        return profile;
    }

    private static List<List<int[]>> rolesByPermission(int permissions, List<int[]> roles) {
        List<List<int[]>> rolesWith = new ArrayList<>();
        for (int p = 0; p < permissions; p++) {
            rolesWith.add(new ArrayList<>());
        }
        for (int[] role : roles) {
            for (int p : role) {
                rolesWith.get(p).add(role);
            }
        }
        return rolesWith;
    }

    /** {@code held} is sorted, as {@link AssignmentMatrix#permissionsOf} gives it. */
    private static boolean completesARole(List<int[]> roles, int hiddenPermission, int[] held) {
        for (int[] role : roles) {
            if (role.length >= 2 && holdsAllBut(role, hiddenPermission, held)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsAllBut(int[] role, int except, int[] held) {
        for (int p : role) {
            if (p != except && Arrays.binarySearch(held, p) < 0) {
                return false;
            }
        }
        return true;
    }

    String toJson() {
        return "{\"rank_6_10\":" + nearMisses + ",\"rank_11_20\":" + midMisses + ",\"below_20\":" + farMisses
                + ",\"not_scored\":" + notScored + ",\"hits_completing_a_mined_role\":" + hitsCompletingRole
                + ",\"misses_completing_a_mined_role\":" + missesCompletingRole + "}";
    }
}
