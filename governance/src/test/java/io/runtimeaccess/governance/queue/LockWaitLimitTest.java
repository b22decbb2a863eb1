package io.runtimeaccess.governance.queue;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A change stopped by the lock wait limit or by a deadlock says so in the proposal's error; anything else does not. */
class LockWaitLimitTest {

    /** As Keycloak's entity manager hands it on: the driver's exception a few causes down. */
    private static RuntimeException wrapped(String sqlState) {
        return wrapped(sqlState, 0);
    }

    private static RuntimeException wrapped(String sqlState, int vendorCode) {
        return new IllegalStateException("Database operation failed", new RuntimeException(
                "could not execute statement", new SQLException("ERROR", sqlState, vendorCode)));
    }

    @Test
    void theLimitAndADeadlockAreNamedAndOtherFailuresAreNot() {
        assertTrue(LockWaitLimit.reason(wrapped("55P03")).contains("longer than 20 s"));
        assertTrue(LockWaitLimit.reason(wrapped("40P01")).contains("stopped it"));
        assertTrue(LockWaitLimit.reason(wrapped("HY000", 1205)).contains("longer than the database waits"),
                "MariaDB's own limit");
        assertTrue(LockWaitLimit.reason(wrapped("HYT00", 50200)).contains("longer than the database waits"), "H2's");
        assertTrue(LockWaitLimit.reason(wrapped("40001", 1213)).contains("stopped it"), "MariaDB's deadlock");
        assertNull(LockWaitLimit.reason(wrapped("23505")), "a unique violation is not a lock wait");
        assertNull(LockWaitLimit.reason(wrapped("23000", 1062)), "nor MariaDB's duplicate key");
        assertNull(LockWaitLimit.reason(new IllegalStateException("no cause")));
    }
}
