package io.runtimeaccess.sharing.check;

import io.runtimeaccess.sharing.grant.PrincipalType;

/** Receives the grants an {@link AccessIndex} saw used: one call per principal, solution and role. */
@FunctionalInterface
public interface UseMarks {

    void used(PrincipalType principalType, String principalId, String solutionId, String role);
}
