package io.runtimeaccess.governance.mining;

/**
 * Mined roles with a lower bound on the size of any exact cover of the same matrix.
 *
 * @param lowerBound no exact cover has fewer roles; when it equals {@code result.roles()} the cover is minimal
 */
public record MiningBound(MiningResult result, int lowerBound) {

    public boolean provenMinimal() {
        return result.exact() && result.roles() == lowerBound;
    }
}
