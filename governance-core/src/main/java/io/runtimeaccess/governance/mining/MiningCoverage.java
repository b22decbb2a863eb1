package io.runtimeaccess.governance.mining;

/**
 * How much of today's direct access the suggested templates explain.
 *
 * @param directGrants every direct grant (user, solution, role) in the snapshot
 * @param covered      of those, the ones some template would replace
 */
public record MiningCoverage(int directGrants, int covered) {

    /** {@code covered / directGrants}, 0 when there are no direct grants. */
    public double ratio() {
        return directGrants == 0 ? 0 : (double) covered / directGrants;
    }
}
