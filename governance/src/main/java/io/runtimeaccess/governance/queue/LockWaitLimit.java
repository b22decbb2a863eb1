package io.runtimeaccess.governance.queue;

import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Duration;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * A limit on how long the transaction that applies a proposal's change waits for one lock. PostgreSQL waits without
 * end by default (MariaDB gives up after {@code innodb_lock_wait_timeout}, H2 after its lock timeout). Where the
 * caller's transaction holds rows while it waits, in Java, for the change (an access review's close holds its item,
 * a run in auto-low-risk the realm's risks and turn), a request that needs those rows and holds what the change needs
 * (Keycloak deleting the user) forms a cycle the database cannot see; with the limit the change fails after it, is
 * recorded as failed, and the other request goes on.
 */
final class LockWaitLimit {

    static final Duration LIMIT = Duration.ofSeconds(20);
    /** PostgreSQL's {@code lock_not_available} (the limit ran out) and {@code deadlock_detected}. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String DEADLOCK = "40P01";
    /** MariaDB's {@code ER_LOCK_WAIT_TIMEOUT} and H2's {@code LOCK_TIMEOUT_1}: their own limits ran out. */
    private static final int MARIADB_LOCK_WAIT_TIMEOUT = 1205;
    private static final int H2_LOCK_TIMEOUT = 50200;
    /** MariaDB's {@code ER_LOCK_DEADLOCK}. */
    private static final int MARIADB_DEADLOCK = 1213;

    private LockWaitLimit() {
    }

    /**
     * What the proposal's error says when its change ran into the limit or into a deadlock the database broke (the
     * next run proposes it again if it still holds), or null for any other failure.
     */
    static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                return "another change held a row it needs for longer than " + LIMIT.toSeconds()
                        + " s; the next run proposes it again if it still holds";
            }
            if (cause instanceof SQLException sql && (sql.getErrorCode() == MARIADB_LOCK_WAIT_TIMEOUT
                    || sql.getErrorCode() == H2_LOCK_TIMEOUT)) {
                return "another change held a row it needs for longer than the database waits for a lock; the next"
                        + " run proposes it again if it still holds";
            }
            if (cause instanceof SQLException sql && (DEADLOCK.equals(sql.getSQLState())
                    || sql.getErrorCode() == MARIADB_DEADLOCK)) {
                return "it met another change at the same rows, and the database stopped it to let the other"
                        + " finish; the next run proposes it again if it still holds";
            }
        }
        return null;
    }

    /** Sets the limit for the rest of the transaction, on PostgreSQL. */
    static void apply(EntityManager em) {
        if (em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect() instanceof PostgreSQLDialect) {
            em.createNativeQuery("SET LOCAL lock_timeout = '" + LIMIT.toSeconds() + "s'").executeUpdate();
        }
    }
}
