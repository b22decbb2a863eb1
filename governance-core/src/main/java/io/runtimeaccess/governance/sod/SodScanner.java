package io.runtimeaccess.governance.sod;

import io.runtimeaccess.governance.access.AccessSnapshot;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Detective and preventive separation-of-duties checks. */
public final class SodScanner {

    private SodScanner() {
    }

    /** Every violation in the snapshot, one per rule and user, by enabled rules only. */
    public static List<SodViolation> scan(AccessSnapshot snapshot, List<SodRule> rules) {
        throw new UnsupportedOperationException("SCAFFOLD: replaced by the separation-of-duties work");
    }

    /** The first enabled rule that a user holding {@code heldKeys} would violate by also getting {@code addedKey}. */
    public static Optional<SodViolation> wouldViolate(String userId, Set<String> heldKeys, String addedKey,
            List<SodRule> rules) {
        throw new UnsupportedOperationException("SCAFFOLD: replaced by the separation-of-duties work");
    }
}
