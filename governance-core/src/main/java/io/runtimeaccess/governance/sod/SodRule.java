package io.runtimeaccess.governance.sod;

import java.util.List;

/**
 * A separation-of-duties rule: no user may hold two or more of {@code itemKeys} at once. With scope
 * {@code SOLUTION} the items are runtime roles of {@code solutionId} (grant keys of that solution).
 *
 * @param prevent true: a change that would create a violation is refused (409) unless overridden with a
 *                justification; false (warn): it is allowed and recorded
 */
public record SodRule(String id, String name, String description, Scope scope, String solutionId,
        List<String> itemKeys, boolean prevent, boolean enabled) {

    public enum Scope { GLOBAL, SOLUTION }

    public SodRule {
        itemKeys = List.copyOf(itemKeys);
    }
}
