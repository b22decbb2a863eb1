package io.runtimeaccess.events.finding;

import io.runtimeaccess.anomaly.finding.Assessment;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.UnresolvableObjectException;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** Reads and writes one realm's findings. */
public final class FindingStore {

    public static final String OPEN = "OPEN";
    public static final String ACKNOWLEDGED = "ACKNOWLEDGED";
    public static final String DISMISSED = "DISMISSED";
    static final int MAX_COVERED_EVENTS = 100;

    private final EntityManager em;
    private final String realmId;

    public FindingStore(KeycloakSession session, RealmModel realm) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realmId = realm.getId();
    }

    /** A new finding about the user (null for none: a spray's is about its source, whichever account it tried). */
    FindingEntity add(Assessment assessment, String incidentKey, String userId, String username, String response) {
        FindingEntity finding = new FindingEntity();
        finding.setId(UUID.randomUUID().toString());
        finding.setRealmId(realmId);
        finding.setIncidentKey(incidentKey);
        finding.setUserId(userId);
        finding.setUsername(username);
        finding.setFirstEventTime(assessment.timeMillis());
        finding.setEventCount(0);
        finding.setCoveredEvents(FindingJson.ids(List.of()));
        finding.setStatus(OPEN);
        finding.setResponse(response);
        update(finding, assessment);
        em.persist(finding);
        return finding;
    }

    /**
     * The open finding of the same incident whose last event is not older than {@code sinceMillis}, or null. Read
     * locked, in the one query, as an admin's acknowledge or dismiss locks it: the condition is checked again on the
     * row once the lock is had, so a finding dismissed meanwhile is not raised again by this event (a later event of
     * the incident opens a new finding).
     */
    FindingEntity openIncident(String incidentKey, long sinceMillis) {
        List<FindingEntity> open = em.createQuery("select f from FindingEntity f where f.realmId = :realmId"
                + " and f.incidentKey = :key and f.status = :open and f.eventTime >= :since order by f.eventTime desc",
                FindingEntity.class).setParameter("realmId", realmId).setParameter("key", incidentKey)
                .setParameter("open", OPEN).setParameter("since", sinceMillis).setMaxResults(1)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        return open.isEmpty() ? null : open.get(0);
    }

    /**
     * The finding locked for a status change, or {@code null}: two admins deciding at once (or the scorer adding to
     * it) take turns, so the second sees the first's decision and is refused rather than overwriting it.
     */
    public FindingEntity findToChange(String id) {
        if (!lookable(id)) {
            return null;
        }
        // the realm first: locking another realm's finding only to answer 404 would hold up its scorer
        FindingEntity finding = em.find(FindingEntity.class, id);
        if (finding == null || !finding.getRealmId().equals(realmId)) {
            return null;
        }
        try {
            em.refresh(finding, LockModeType.PESSIMISTIC_WRITE);
        } catch (RuntimeException e) {
            // removed meanwhile (its user deleted): Hibernate's exception, wrapped by Keycloak's entity manager
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof EntityNotFoundException || cause instanceof UnresolvableObjectException) {
                    return null;
                }
            }
            throw e;
        }
        return finding;
    }

    /**
     * Adds an assessment to its finding: the latest event (by its time), the covered events (the most recent
     * {@value #MAX_COVERED_EVENTS}), and the strongest score with its reasons.
     */
    static void update(FindingEntity finding, Assessment assessment) {
        // a late event (a node whose clock is behind, a retried batch) does not move the finding back in time: the
        // incident's window is counted from its latest event, and going back would split it into two findings
        if (assessment.timeMillis() >= finding.getEventTime()) {
            finding.setEventId(assessment.eventId());
            finding.setEventTime(assessment.timeMillis());
        }
        finding.setEventCount(finding.getEventCount() + 1);
        LinkedHashSet<String> covered = new LinkedHashSet<>(FindingJson.coveredEvents(finding));
        covered.addAll(assessment.coveredEventIds());
        List<String> recent = new ArrayList<>(covered);
        finding.setCoveredEvents(FindingJson.ids(recent.subList(Math.max(0, recent.size() - MAX_COVERED_EVENTS),
                recent.size())));
        if (finding.getSeverity() == null || assessment.score() >= finding.getScore()) {
            finding.setScore(assessment.score());
            finding.setSeverity(assessment.severity().name());
            finding.setDetection(assessment.topReason() == null ? "NONE" : assessment.topReason().detection().name());
            finding.setReasons(FindingJson.reasons(assessment.reasons()));
            finding.setModelVersion(assessment.modelVersion());
        }
    }

    /** {@code null} if there is no such finding in this realm. */
    public FindingEntity find(String id) {
        if (!lookable(id)) {
            return null;
        }
        FindingEntity finding = em.find(FindingEntity.class, id);
        return finding != null && finding.getRealmId().equals(realmId) ? finding : null;
    }

    /** Ids are UUIDs: anything longer, or with a NUL (which PostgreSQL refuses with an error), is no finding. */
    private static boolean lookable(String id) {
        return id != null && id.length() <= 36 && id.indexOf('\0') < 0;
    }

    /** Newest first; every filter is optional. */
    public List<FindingEntity> search(FindingFilter filter, int first, int max) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder("f.realmId = :realmId");
        parameters.put("realmId", realmId);
        condition(where, parameters, "f.userId = :userId", "userId", filter.userId());
        condition(where, parameters, "f.severity = :severity", "severity", filter.severity());
        condition(where, parameters, "f.detection = :detection", "detection", filter.detection());
        condition(where, parameters, "f.status = :status", "status", filter.status());
        condition(where, parameters, "f.eventTime >= :from", "from", filter.fromMillis());
        condition(where, parameters, "f.eventTime < :to", "to", filter.toMillis());
        TypedQuery<FindingEntity> query = em.createQuery("select f from FindingEntity f where " + where
                + " order by f.eventTime desc, f.id", FindingEntity.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String clause, String name,
            Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            parameters.put(name, value);
        }
    }

    public void setStatus(FindingEntity finding, String status, String byUserId) {
        finding.setStatus(status);
        finding.setStatusBy(byUserId);
        finding.setStatusAt(System.currentTimeMillis());
    }

    /**
     * A deleted user: their findings stay, for audit, without the user id and username, and with the time
     * the user was removed. Their incident key no longer names the user, so no later event joins them.
     * A master-realm user administers every realm, so their findings are unlinked in every realm.
     */
    public static int unlinkUser(KeycloakSession session, RealmModel realm, String userId, boolean inEveryRealm) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        Query unlink = em.createQuery("update FindingEntity f set f.userId = null, f.username = null,"
                + " f.userRemovedAt = :now, f.incidentKey = concat(f.detection, '|removed-user|', f.id)"
                + " where f.userId = :userId" + (inEveryRealm ? "" : " and f.realmId = :realmId"))
                .setParameter("now", System.currentTimeMillis()).setParameter("userId", userId);
        if (!inEveryRealm) {
            unlink.setParameter("realmId", realm.getId());
        }
        return unlink.executeUpdate();
    }

    /** A removed realm takes its findings and learned state with it. */
    public void deleteRealm() {
        em.createQuery("delete from FindingEntity f where f.realmId = :realmId").setParameter("realmId", realmId)
                .executeUpdate();
        em.createQuery("delete from ScorerStateEntity s where s.realmId = :realmId").setParameter("realmId", realmId)
                .executeUpdate();
    }
}
