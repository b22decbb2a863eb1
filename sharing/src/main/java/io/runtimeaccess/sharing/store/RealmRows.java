package io.runtimeaccess.sharing.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.LockModeType;
import java.util.function.Function;

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
        try {
            em.refresh(row, LockModeType.PESSIMISTIC_WRITE);
        } catch (EntityNotFoundException removedMeanwhile) {
            return null;
        }
        return row;
    }
}
