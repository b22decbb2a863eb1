package io.runtimeaccess.governance.sod;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.access.Holding;
import io.runtimeaccess.governance.access.UserRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Detective and preventive separation-of-duties checks. A rule is violated by a user who holds two or more of
 * the keys it counts: all its keys with scope {@code GLOBAL}, only the grant keys of its solution with scope
 * {@code SOLUTION} (so a rule scoped to one solution never fires on another solution's roles).
 */
public final class SodScanner {

    private SodScanner() {
    }

    /** Every violation in the snapshot, one per rule and user, by enabled rules only. */
    public static List<SodViolation> scan(AccessSnapshot snapshot, List<SodRule> rules) {
        List<SodViolation> violations = new ArrayList<>();
        for (UserRecord user : snapshot.users()) {
            Set<String> held = heldKeys(user);
            for (SodRule rule : rules) {
                List<String> together = heldTogether(rule, held);
                if (rule.enabled() && together.size() >= 2) {
                    violations.add(new SodViolation(rule.id(), rule.name(), user.id(), together));
                }
            }
        }
        return violations;
    }

    /** The first enabled rule that a user holding {@code heldKeys} would violate by also getting {@code addedKey}. */
    public static Optional<SodViolation> wouldViolate(String userId, Set<String> heldKeys, String addedKey,
            List<SodRule> rules) {
        return violationsOnAdding(userId, heldKeys, Set.of(addedKey), rules).stream().findFirst();
    }

    /**
     * Every enabled rule (once each) that a user holding {@code heldKeys} would violate by also getting all of
     * {@code addedKeys} at once, e.g. a membership bringing the group's grants along. A rule counts only if one
     * of the added keys is among the keys it holds together: a violation the user already had without the
     * change is the detective scan's business, not this change's.
     */
    public static List<SodViolation> violationsOnAdding(String userId, Collection<String> heldKeys,
            Collection<String> addedKeys, List<SodRule> rules) {
        Set<String> after = new HashSet<>(heldKeys);
        after.addAll(addedKeys);
        List<SodViolation> violations = new ArrayList<>();
        for (SodRule rule : rules) {
            if (!rule.enabled()) {
                continue;
            }
            List<String> together = heldTogether(rule, after);
            if (together.size() >= 2 && together.stream().anyMatch(addedKeys::contains)) {
                violations.add(new SodViolation(rule.id(), rule.name(), userId, together));
            }
        }
        return violations;
    }

    /** Whether the rule counts {@code key} at all (its scope and its keys). */
    public static boolean counts(SodRule rule, String key) {
        return rule.itemKeys().contains(key) && inScope(rule, key);
    }

    /** The rule's counted keys among {@code held}, in the rule's order. */
    private static List<String> heldTogether(SodRule rule, Set<String> held) {
        List<String> together = new ArrayList<>(2);
        for (String key : rule.itemKeys()) {
            if (held.contains(key) && inScope(rule, key)) {
                together.add(key);
            }
        }
        return together;
    }

    private static boolean inScope(SodRule rule, String key) {
        return rule.scope() != SodRule.Scope.SOLUTION || key.startsWith(solutionPrefix(rule.solutionId()));
    }

    /** The prefix every grant key of a solution starts with. */
    public static String solutionPrefix(String solutionId) {
        return AccessItem.grantKey(solutionId, "");
    }

    private static Set<String> heldKeys(UserRecord user) {
        Set<String> keys = new HashSet<>();
        for (Holding holding : user.holdings()) {
            keys.add(holding.item().key());
        }
        return keys;
    }
}
