package io.runtimeaccess.governance.riskstore;

import io.runtimeaccess.governance.risk.RiskReason;
import io.runtimeaccess.governance.risk.UserRisk;
import io.runtimeaccess.governance.risk.UserRiskScorer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.util.JsonSerialization;

/** Users' last computed risk, kept so a sign-in reads it instead of computing it. One row per user. */
public final class UserRiskStore {

    private static final com.fasterxml.jackson.core.type.TypeReference<List<RiskReason>> REASONS =
            new com.fasterxml.jackson.core.type.TypeReference<>() {
            };

    private UserRiskStore() {
    }

    /**
     * Replaces the stored risk of every user in {@code risks}; the rows of other users stay. A run calls it in the
     * realm's turn (the proposal queue's), so two runs write one after the other.
     */
    public static void saveAll(KeycloakSession session, RealmModel realm, Map<String, UserRisk> risks,
            Instant computedAt) {
        EntityManager em = em(session);
        Map<String, UserRiskEntity> existing = new HashMap<>();
        // a locking read: it sees the rows another run committed while this one waited for its turn (a plain read
        // would not under MariaDB's repeatable read, and inserting a user's row again fails the run)
        for (UserRiskEntity row : em.createNamedQuery("UserRisk.byRealm", UserRiskEntity.class)
                .setParameter("realmId", realm.getId()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            existing.put(row.getUserId(), row);
        }
        // One flush at the end: flushing every few hundred rows would dirty-check every row read so far each time.
        for (Map.Entry<String, UserRisk> entry : risks.entrySet()) {
            write(em, realm, existing.get(entry.getKey()), entry.getKey(), entry.getValue(), computedAt);
        }
        em.flush();
    }

    /** Replaces one user's stored risk. */
    public static StoredRisk save(KeycloakSession session, RealmModel realm, String userId, UserRisk risk,
            Instant computedAt) {
        EntityManager em = em(session);
        write(em, realm, row(em, realm, userId), userId, risk, computedAt);
        return new StoredRisk(userId, risk, computedAt, UserRiskScorer.MODEL_VERSION);
    }

    /** The user's stored risk, empty if none was computed yet. */
    public static Optional<StoredRisk> of(KeycloakSession session, RealmModel realm, String userId) {
        UserRiskEntity row = row(em(session), realm, userId);
        return row == null ? Optional.empty() : Optional.of(toStored(row));
    }

    /**
     * The user's stored score alone, for a sign-in ("Condition - user risk"): one indexed query for one column, no
     * managed entity and no parse of the reasons.
     */
    public static Optional<Integer> score(KeycloakSession session, RealmModel realm, String userId) {
        List<Integer> scores = em(session).createQuery("select r.score from UserRiskEntity r where r.realmId = :realmId"
                + " and r.userId = :userId", Integer.class).setParameter("realmId", realm.getId())
                .setParameter("userId", userId).setMaxResults(1).getResultList();
        return scores.isEmpty() ? Optional.empty() : Optional.ofNullable(scores.get(0));
    }

    /** Stored risks of at least {@code min}, highest first (ties by user id), a page of them. */
    public static List<StoredRisk> ranked(KeycloakSession session, RealmModel realm, int min, int first, int max) {
        List<StoredRisk> page = new ArrayList<>();
        for (UserRiskEntity row : em(session).createNamedQuery("UserRisk.ranked", UserRiskEntity.class)
                .setParameter("realmId", realm.getId()).setParameter("min", min)
                .setFirstResult(first).setMaxResults(max).getResultList()) {
            page.add(toStored(row));
        }
        return page;
    }

    static int deleteUser(KeycloakSession session, RealmModel realm, String userId) {
        return em(session).createNamedQuery("UserRisk.deleteUser").setParameter("realmId", realm.getId())
                .setParameter("userId", userId).executeUpdate();
    }

    static int deleteRealm(KeycloakSession session, RealmModel realm) {
        return em(session).createNamedQuery("UserRisk.deleteRealm").setParameter("realmId", realm.getId())
                .executeUpdate();
    }

    private static void write(EntityManager em, RealmModel realm, UserRiskEntity row, String userId, UserRisk risk,
            Instant computedAt) {
        boolean created = row == null;
        if (created) {
            row = new UserRiskEntity();
            row.setId(UUID.randomUUID().toString());
            row.setRealmId(realm.getId());
            row.setUserId(userId);
        }
        row.setScore(risk.score());
        row.setLevel(risk.level());
        row.setReasons(json(risk.reasons()));
        row.setComputedAt(computedAt.toEpochMilli());
        row.setModelVersion(UserRiskScorer.MODEL_VERSION);
        if (created) {
            em.persist(row);
        }
    }

    private static UserRiskEntity row(EntityManager em, RealmModel realm, String userId) {
        List<UserRiskEntity> rows = em.createNamedQuery("UserRisk.byUser", UserRiskEntity.class)
                .setParameter("realmId", realm.getId()).setParameter("userId", userId).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static StoredRisk toStored(UserRiskEntity row) {
        try {
            List<RiskReason> reasons = JsonSerialization.readValue(row.getReasons(), REASONS);
            return new StoredRisk(row.getUserId(), new UserRisk(row.getScore(), row.getLevel(), reasons),
                    Instant.ofEpochMilli(row.getComputedAt()), row.getModelVersion());
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable risk reasons of user " + row.getUserId(), e);
        }
    }

    private static String json(List<RiskReason> reasons) {
        try {
            return JsonSerialization.writeValueAsString(reasons);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EntityManager em(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }
}
