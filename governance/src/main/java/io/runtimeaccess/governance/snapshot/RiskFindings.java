package io.runtimeaccess.governance.snapshot;

import io.runtimeaccess.anomaly.finding.Severity;
import io.runtimeaccess.events.finding.FindingStore;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The anomaly findings that weigh in a user's risk, per user of a realm (and how many are HIGH or CRITICAL), counted
 * in one query: every open finding, and every confirmed one whose last event is less than {@link #CONFIRMED_FOR} old.
 * A confirmed finding is a real incident (an admin said so), so the account is asked for more for a while after it
 * rather than the risk dropping the moment someone confirms it; a dismissed one counts no more.
 */
public final class RiskFindings {

    /** How long after its last event a confirmed finding still counts. */
    public static final Duration CONFIRMED_FOR = Duration.ofDays(30);

    private final Map<String, Integer> counted = new HashMap<>();
    private final Map<String, Integer> high = new HashMap<>();

    private RiskFindings(TypedQuery<Object[]> query, Instant now) {
        for (Object[] row : query.setParameter("open", FindingStore.OPEN)
                .setParameter("confirmed", FindingStore.ACKNOWLEDGED)
                .setParameter("since", now.minus(CONFIRMED_FOR).toEpochMilli()).getResultList()) {
            int count = ((Number) row[2]).intValue();
            counted.merge((String) row[0], count, Integer::sum);
            if (Severity.isHighOrAbove((String) row[1])) {
                high.merge((String) row[0], count, Integer::sum);
            }
        }
    }

    /** The findings of every user of the realm. */
    public static RiskFindings ofRealm(EntityManager em, String realmId, Instant now) {
        return new RiskFindings(query(em, "").setParameter("realmId", realmId), now);
    }

    /** The findings of one user. */
    public static RiskFindings ofUser(EntityManager em, String realmId, String userId, Instant now) {
        return new RiskFindings(query(em, " and f.userId = :userId").setParameter("realmId", realmId)
                .setParameter("userId", userId), now);
    }

    private static TypedQuery<Object[]> query(EntityManager em, String andUser) {
        return em.createQuery("select f.userId, f.severity, count(f) from FindingEntity f where f.realmId = :realmId"
                + " and f.userId is not null" + andUser + " and (f.status = :open or (f.status = :confirmed"
                + " and f.eventTime >= :since)) group by f.userId, f.severity", Object[].class);
    }

    /** How many findings about the user weigh in their risk. */
    public int counted(String userId) {
        return counted.getOrDefault(userId, 0);
    }

    /** How many of those are HIGH or CRITICAL. */
    public int high(String userId) {
        return high.getOrDefault(userId, 0);
    }
}
