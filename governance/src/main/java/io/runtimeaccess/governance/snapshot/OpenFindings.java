package io.runtimeaccess.governance.snapshot;

import io.runtimeaccess.anomaly.finding.Severity;
import io.runtimeaccess.events.finding.FindingStore;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;

/** Open anomaly findings per user of a realm (and how many are HIGH or CRITICAL), counted in one query. */
final class OpenFindings {

    private final Map<String, Integer> open = new HashMap<>();
    private final Map<String, Integer> high = new HashMap<>();

    OpenFindings(EntityManager em, String realmId) {
        for (Object[] row : em.createQuery("select f.userId, f.severity, count(f) from FindingEntity f"
                + " where f.realmId = :realmId and f.status = :open and f.userId is not null"
                + " group by f.userId, f.severity", Object[].class).setParameter("realmId", realmId)
                .setParameter("open", FindingStore.OPEN).getResultList()) {
            int count = ((Number) row[2]).intValue();
            open.merge((String) row[0], count, Integer::sum);
            if (Severity.isHighOrAbove((String) row[1])) {
                high.merge((String) row[0], count, Integer::sum);
            }
        }
    }

    int open(String userId) {
        return open.getOrDefault(userId, 0);
    }

    int high(String userId) {
        return high.getOrDefault(userId, 0);
    }
}
