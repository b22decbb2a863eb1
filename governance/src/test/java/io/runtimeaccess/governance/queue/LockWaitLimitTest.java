package io.runtimeaccess.governance.queue;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A change stopped by the lock wait limit or by a deadlock says so in the proposal's error; anything else does not. */
class LockWaitLimitTest {

    /** As Keycloak's entity manager hands it on: the driver's exception a few causes down. */
    private static RuntimeException wrapped(String sqlState) {
        return new IllegalStateException("Database operation failed",
                new RuntimeException("could not execute statement", new SQLException("ERROR", sqlState)));
    }

    @Test
    void theLimitAndADeadlockAreNamedAndOtherFailuresAreNot() {
        assertTrue(LockWaitLimit.reason(wrapped("55P03")).contains("longer than 20 s"));
        assertTrue(LockWaitLimit.reason(wrapped("40P01")).contains("stopped it"));
        assertNull(LockWaitLimit.reason(wrapped("23505")), "a unique violation is not a lock wait");
        assertNull(LockWaitLimit.reason(new IllegalStateException("no cause")));
    }
}
