package io.runtimeaccess.governance.sod;

import java.util.List;

/** A user holding {@code itemKeys} (two or more) that {@code ruleId} says must not be held together. */
public record SodViolation(String ruleId, String ruleName, String userId, List<String> itemKeys) {

    public SodViolation {
        itemKeys = List.copyOf(itemKeys);
    }
}
