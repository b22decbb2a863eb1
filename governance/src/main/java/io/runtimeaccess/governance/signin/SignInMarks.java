package io.runtimeaccess.governance.signin;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/**
 * Last sign-in per user. A sign-in only updates this node's in-memory mark (no database write on the login's
 * path); {@link #flush} writes the marks in the background, so the table lags by at most one flush interval and
 * a node lost before flushing loses at most that much. Reads combine the table with this node's unflushed marks.
 */
public final class SignInMarks {

    /** A user's newest sign-in seen on this node since the last flush. */
    public record Mark(String realmId, String userId, long at, boolean brokered) {

        Mark newer(Mark other) {
            return new Mark(realmId, userId, Math.max(at, other.at), brokered || other.brokered);
        }
    }

    /** What the reads return per user: the last sign-in (epoch millis) and whether ever brokered. */
    public record SignIn(long at, boolean brokered) {
    }

    private static final Logger LOG = Logger.getLogger(SignInMarks.class);
    /** Users per flush statement: bounded IN lists work on every database. */
    private static final int BATCH = 500;
    private static final Map<String, Mark> PENDING = new ConcurrentHashMap<>();

    private SignInMarks() {
    }

    /** Called for every successful sign-in: one map update, nothing else. */
    public static void mark(String realmId, String userId, long at, boolean brokered) {
        PENDING.merge(userId, new Mark(realmId, userId, at, brokered), Mark::newer);
    }

    /** Writes and forgets this node's marks; a mark made while flushing is kept for the next flush. */
    public static void flush(KeycloakSession session) {
        if (PENDING.isEmpty()) {
            return;
        }
        List<Mark> taken = new ArrayList<>();
        for (String userId : List.copyOf(PENDING.keySet())) {
            Mark mark = PENDING.remove(userId);
            if (mark != null) {
                taken.add(mark);
            }
        }
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        try {
            for (int from = 0; from < taken.size(); from += BATCH) {
                write(em, taken.subList(from, Math.min(taken.size(), from + BATCH)));
            }
        } catch (RuntimeException e) {
            // the database is unavailable: keep the marks for the next flush rather than lose them
            taken.forEach(mark -> PENDING.merge(mark.userId(), mark, Mark::newer));
            throw e;
        }
        LOG.debugf("Flushed %d sign-in mark(s)", taken.size());
    }

    private static void write(EntityManager em, List<Mark> marks) {
        Map<String, Mark> byUser = new HashMap<>();
        marks.forEach(mark -> byUser.put(mark.userId(), mark));
        for (SignInEntity stored : em.createQuery("select s from SignInEntity s where s.userId in :ids",
                SignInEntity.class).setParameter("ids", byUser.keySet()).getResultList()) {
            Mark mark = byUser.remove(stored.getUserId());
            stored.setLastSignIn(Math.max(stored.getLastSignIn(), mark.at()));
            stored.setBrokered(stored.isBrokered() || mark.brokered());
        }
        for (Mark mark : byUser.values()) {
            SignInEntity created = new SignInEntity();
            created.setUserId(mark.userId());
            created.setRealmId(mark.realmId());
            created.setLastSignIn(mark.at());
            created.setBrokered(mark.brokered());
            em.persist(created);
        }
        em.flush();
    }

    /** The sign-ins of {@code userIds} (stored and this node's pending ones); users never seen are absent. */
    public static Map<String, SignIn> of(EntityManager em, String realmId, Collection<String> userIds) {
        Map<String, SignIn> signIns = new HashMap<>();
        if (!userIds.isEmpty()) {
            for (SignInEntity stored : em.createQuery("select s from SignInEntity s where s.realmId = :realmId"
                    + " and s.userId in :ids", SignInEntity.class).setParameter("realmId", realmId)
                    .setParameter("ids", userIds).getResultList()) {
                signIns.put(stored.getUserId(), new SignIn(stored.getLastSignIn(), stored.isBrokered()));
            }
        }
        for (String userId : userIds) {
            Mark pending = PENDING.get(userId);
            if (pending != null && pending.realmId().equals(realmId)) {
                signIns.merge(userId, new SignIn(pending.at(), pending.brokered()),
                        (a, b) -> new SignIn(Math.max(a.at(), b.at()), a.brokered() || b.brokered()));
            }
        }
        return signIns;
    }

    /** Forgets a removed user (table row and pending mark). */
    public static void deleteUser(EntityManager em, String userId) {
        PENDING.remove(userId);
        em.createQuery("delete from SignInEntity s where s.userId = :userId").setParameter("userId", userId)
                .executeUpdate();
    }

    /** Forgets a removed realm. */
    public static void deleteRealm(EntityManager em, String realmId) {
        PENDING.values().removeIf(mark -> mark.realmId().equals(realmId));
        em.createQuery("delete from SignInEntity s where s.realmId = :realmId").setParameter("realmId", realmId)
                .executeUpdate();
    }
}
