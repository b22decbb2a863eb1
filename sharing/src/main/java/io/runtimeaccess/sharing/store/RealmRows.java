package io.runtimeaccess.sharing.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.LockModeType;
import java.util.function.Function;
import org.hibernate.UnresolvableObjectException;

/** Rows looked up by an id a request names, which may be another realm's. */
public final class RealmRows {

    private RealmRows() {
    }

    /**
     * The realm's row of that id, locked for a change and read as committed, or null. The realm is compared before
     * the lock: locking first took another realm's row (a {@code SELECT … FOR UPDATE} on it) only to answer 404, so
     * a caller could hold up that realm's work and tell from the wait that the id exists and is busy. {@code id} must
     * be one the database can look up.
     */
    public static <T> T lockedInRealm(EntityManager em, Class<T> type, String id, String realmId,
            Function<T, String> realmOf) {
        T row = em.find(type, id);
        if (row == null || !realmId.equals(realmOf.apply(row))) {
            return null;
        }
        return stillThere(em, row, LockModeType.PESSIMISTIC_WRITE) ? row : null;
    }

    /**
     * Locks {@code row} with {@code mode} and reads it again; false if it was deleted meanwhile. For a change that
     * must not act on what another transaction deleted while this one waited (a refresh, unlike a find, reads the
     * row as committed now and fails when it is gone).
     */
    public static boolean stillThere(EntityManager em, Object row, LockModeType mode) {
        try {
            em.refresh(row, mode);
            return true;
        } catch (RuntimeException e) {
            if (deletedMeanwhile(e)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Whether a refresh failed because the row is gone. Hibernate reports it as its own exception, which Keycloak's
     * entity manager wraps in a {@code ModelException}, not as JPA's {@link EntityNotFoundException}.
     */
    static boolean deletedMeanwhile(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EntityNotFoundException || cause instanceof UnresolvableObjectException) {
                return true;
            }
        }
        return false;
    }
}
