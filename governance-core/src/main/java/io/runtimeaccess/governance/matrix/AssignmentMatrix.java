package io.runtimeaccess.governance.matrix;

import java.util.Arrays;
import java.util.List;

/**
 * Users × permissions as dense integer ids, each user's permissions sorted and distinct: the form every
 * algorithm here works on, whether the matrix comes from a realm (permissions are access item keys) or from
 * a benchmark file. {@code userNames[u]} and {@code permissionNames[p]} map ids back.
 */
public final class AssignmentMatrix {

    private final String[] userNames;
    private final String[] permissionNames;
    private final int[][] permissionsOfUser;

    public AssignmentMatrix(String[] userNames, String[] permissionNames, int[][] permissionsOfUser) {
        if (userNames.length != permissionsOfUser.length) {
            throw new IllegalArgumentException("one permission list per user");
        }
        this.userNames = userNames.clone();
        this.permissionNames = permissionNames.clone();
        this.permissionsOfUser = new int[permissionsOfUser.length][];
        for (int u = 0; u < permissionsOfUser.length; u++) {
            int[] sorted = Arrays.stream(permissionsOfUser[u]).distinct().sorted().toArray();
            for (int p : sorted) {
                if (p < 0 || p >= permissionNames.length) {
                    throw new IllegalArgumentException("permission id out of range: " + p);
                }
            }
            this.permissionsOfUser[u] = sorted;
        }
    }

    /** Builds a matrix from named pairs, numbering users and permissions in order of first appearance. */
    public static AssignmentMatrix of(List<String[]> userPermissionPairs) {
        java.util.Map<String, Integer> users = new java.util.LinkedHashMap<>();
        java.util.Map<String, Integer> permissions = new java.util.LinkedHashMap<>();
        java.util.List<java.util.List<Integer>> lists = new java.util.ArrayList<>();
        for (String[] pair : userPermissionPairs) {
            int u = users.computeIfAbsent(pair[0], k -> {
                lists.add(new java.util.ArrayList<>());
                return users.size();
            });
            int p = permissions.computeIfAbsent(pair[1], k -> permissions.size());
            lists.get(u).add(p);
        }
        int[][] rows = new int[lists.size()][];
        for (int u = 0; u < rows.length; u++) {
            rows[u] = lists.get(u).stream().mapToInt(Integer::intValue).toArray();
        }
        return new AssignmentMatrix(users.keySet().toArray(new String[0]),
                permissions.keySet().toArray(new String[0]), rows);
    }

    public int users() {
        return userNames.length;
    }

    public int permissions() {
        return permissionNames.length;
    }

    /** The user's permissions, sorted; the caller must not change the array. */
    public int[] permissionsOf(int user) {
        return permissionsOfUser[user];
    }

    public String userName(int user) {
        return userNames[user];
    }

    public String permissionName(int permission) {
        return permissionNames[permission];
    }

    /** Each permission's holders, sorted: the transpose, built anew on each call. */
    public int[][] holders() {
        int[] counts = new int[permissions()];
        for (int[] row : permissionsOfUser) {
            for (int p : row) {
                counts[p]++;
            }
        }
        int[][] holders = new int[counts.length][];
        for (int p = 0; p < counts.length; p++) {
            holders[p] = new int[counts[p]];
            counts[p] = 0;
        }
        for (int u = 0; u < permissionsOfUser.length; u++) {
            for (int p : permissionsOfUser[u]) {
                holders[p][counts[p]++] = u;
            }
        }
        return holders;
    }

    public long assignments() {
        long total = 0;
        for (int[] row : permissionsOfUser) {
            total += row.length;
        }
        return total;
    }
}
