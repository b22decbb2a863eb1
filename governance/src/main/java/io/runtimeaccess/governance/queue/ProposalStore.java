package io.runtimeaccess.governance.queue;

import io.runtimeaccess.sharing.api.Limits;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** Reads and writes one realm's proposals. Every query is scoped to the realm. */
public final class ProposalStore {

    /** Values in one {@code in} list: well under every supported database's limit on bind parameters. */
    private static final int IN_LIST = 500;
    /** A rejection suppresses the same proposal for a while, as an approved review does. */
    private static final List<String> SUPPRESSING = List.of(ProposalStatus.REJECTED.name(),
            ProposalStatus.APPLIED.name());

    private final EntityManager em;
    private final String realmId;

    public ProposalStore(KeycloakSession session, RealmModel realm) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realmId = realm.getId();
    }

    /** The proposal with this id in this realm, or null. */
    public ProposalEntity find(String id) {
        ProposalEntity proposal = !Limits.lookable(id) ? null : em.find(ProposalEntity.class, id);
        return proposal == null || !proposal.getRealmId().equals(realmId) ? null : proposal;
    }

    public void persist(ProposalEntity proposal) {
        em.persist(proposal);
    }

    /** Newest first; null filters match everything; {@code userIds} is null or the ids the {@code user} filter named. */
    public List<ProposalEntity> list(String status, String category, Set<String> userIds, int first, int max) {
        StringBuilder jpql = new StringBuilder("select p from ProposalEntity p where p.realmId = :realmId");
        if (status != null) {
            jpql.append(" and p.status = :status");
        }
        if (category != null) {
            jpql.append(" and p.category = :category");
        }
        if (userIds != null) {
            jpql.append(" and p.userId in :userIds");
        }
        jpql.append(" order by p.createdAt desc, p.id");
        TypedQuery<ProposalEntity> query = em.createQuery(jpql.toString(), ProposalEntity.class)
                .setParameter("realmId", realmId);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (category != null) {
            query.setParameter("category", category);
        }
        if (userIds != null) {
            query.setParameter("userIds", userIds);
        }
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** Fingerprints of proposals waiting for a decision. */
    public Set<String> waitingFingerprints() {
        return new HashSet<>(em.createQuery("select p.fingerprint from ProposalEntity p where p.realmId = :realmId"
                + " and p.status = :status", String.class).setParameter("realmId", realmId)
                .setParameter("status", ProposalStatus.PROPOSED.name()).getResultList());
    }

    /**
     * Which of {@code fingerprints} (hashed) a waiting proposal has, and which a decided one still suppresses at
     * {@code now}, as the database holds them now: a locking read, which also sees what another submission or a
     * decision committed while this one waited for the realm's turn (a plain read would not, under MariaDB's
     * repeatable read).
     */
    public Taken takenAmong(List<String> fingerprints, long now) {
        Set<String> waiting = new HashSet<>();
        Set<String> suppressed = new HashSet<>();
        for (int from = 0; from < fingerprints.size(); from += IN_LIST) {
            List<String> chunk = fingerprints.subList(from, Math.min(fingerprints.size(), from + IN_LIST));
            em.createQuery("select p from ProposalEntity p where p.realmId = :realmId and p.fingerprint in :chunk"
                    + " and (p.status = :proposed or (p.status in :deciding and p.suppressedUntil > :now))",
                    ProposalEntity.class).setParameter("realmId", realmId).setParameter("chunk", chunk)
                    .setParameter("proposed", ProposalStatus.PROPOSED.name()).setParameter("deciding", SUPPRESSING)
                    .setParameter("now", now).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                    .forEach(p -> (ProposalStatus.PROPOSED.name().equals(p.getStatus()) ? waiting : suppressed)
                            .add(p.getFingerprint()));
        }
        return new Taken(waiting, suppressed);
    }

    /** Hashed fingerprints a waiting proposal has, and those a decided one suppresses. */
    public record Taken(Set<String> waiting, Set<String> suppressed) {

        static final Taken NONE = new Taken(Set.of(), Set.of());
    }

    /** Fingerprints whose rejection (or, for a review, approval) still suppresses them at {@code now}. */
    public Set<String> suppressedFingerprints(long now) {
        return new HashSet<>(em.createQuery("select p.fingerprint from ProposalEntity p where p.realmId = :realmId"
                + " and p.status in :statuses and p.suppressedUntil > :now", String.class)
                .setParameter("realmId", realmId)
                .setParameter("statuses", SUPPRESSING).setParameter("now", now).getResultList());
    }

    /**
     * Deletes proposals decided (applied, failed, rejected or expired) before {@code decidedBefore} whose
     * suppression is over: the queue keeps what is waiting and what still suppresses a change, the admin events keep
     * the record. Returns how many went.
     */
    public int purgeDecided(long decidedBefore, long now) {
        return em.createQuery("delete from ProposalEntity p where p.realmId = :realmId and p.status in :statuses"
                + " and p.decidedAt < :before and (p.suppressedUntil is null or p.suppressedUntil < :now)")
                .setParameter("realmId", realmId)
                .setParameter("statuses", List.of(ProposalStatus.APPLIED.name(), ProposalStatus.FAILED.name(),
                        ProposalStatus.REJECTED.name(), ProposalStatus.EXPIRED.name()))
                .setParameter("before", decidedBefore).setParameter("now", now).executeUpdate();
    }

    /** Marks proposals still waiting since before {@code createdBefore} expired; returns how many. */
    public int expire(long createdBefore, long now) {
        return em.createQuery("update ProposalEntity p set p.status = :expired, p.decidedAt = :now"
                + " where p.realmId = :realmId and p.status = :proposed and p.createdAt < :before")
                .setParameter("expired", ProposalStatus.EXPIRED.name()).setParameter("now", now)
                .setParameter("realmId", realmId).setParameter("proposed", ProposalStatus.PROPOSED.name())
                .setParameter("before", createdBefore).executeUpdate();
    }

    /** A removed user's proposals go with them. */
    public static int deleteUser(KeycloakSession session, String realmId, String userId) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager()
                .createQuery("delete from ProposalEntity p where p.realmId = :realmId and p.userId = :userId")
                .setParameter("realmId", realmId).setParameter("userId", userId).executeUpdate();
    }

    public static int deleteRealm(KeycloakSession session, String realmId) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager()
                .createQuery("delete from ProposalEntity p where p.realmId = :realmId")
                .setParameter("realmId", realmId).executeUpdate();
    }

    /** The indexed form of a proposal's fingerprint. */
    public static String hash(String fingerprint) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(fingerprint.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
