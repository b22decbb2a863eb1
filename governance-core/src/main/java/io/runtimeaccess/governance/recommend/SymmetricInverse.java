package io.runtimeaccess.governance.recommend;

/**
 * Inverts a symmetric positive-definite matrix (a Gram matrix plus a ridge) in place by Gauss–Jordan
 * elimination. No pivoting is needed: every pivot of a positive-definite matrix is positive.
 */
final class SymmetricInverse {

    private SymmetricInverse() {
    }

    /** Inverts the row-major {@code n × n} matrix {@code a} in place and returns it. */
    static double[] invert(double[] a, int n) {
        for (int k = 0; k < n; k++) {
            int rowK = k * n;
            double pivot = a[rowK + k];
            if (!(pivot > 0)) {
                throw new IllegalArgumentException("matrix is not positive definite");
            }
            a[rowK + k] = 1;
            for (int j = 0; j < n; j++) {
                a[rowK + j] /= pivot;
            }
            for (int i = 0; i < n; i++) {
                int rowI = i * n;
                double factor = a[rowI + k];
                if (i == k || factor == 0) {
                    continue;
                }
                a[rowI + k] = 0;
                for (int j = 0; j < n; j++) {
                    a[rowI + j] -= factor * a[rowK + j];
                }
            }
        }
        return a;
    }
}
