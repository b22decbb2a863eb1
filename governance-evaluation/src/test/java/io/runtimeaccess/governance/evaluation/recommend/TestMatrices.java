package io.runtimeaccess.governance.evaluation.recommend;

import io.runtimeaccess.governance.matrix.AssignmentMatrix;

/** Small matrices written row by row for the tests: users u0, u1, ... and permissions p0, p1, .... */
final class TestMatrices {

    private TestMatrices() {
    }

    static AssignmentMatrix of(int permissions, int[]... rows) {
        String[] users = new String[rows.length];
        for (int u = 0; u < users.length; u++) {
            users[u] = "u" + u;
        }
        String[] names = new String[permissions];
        for (int p = 0; p < permissions; p++) {
            names[p] = "p" + p;
        }
        return new AssignmentMatrix(users, names, rows);
    }
}
