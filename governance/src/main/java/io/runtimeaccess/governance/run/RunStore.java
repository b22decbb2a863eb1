package io.runtimeaccess.governance.run;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.util.JsonSerialization;

/** The realm's runs in {@code RA_GOV_RUN}. */
public final class RunStore {

    public static final String FINISHED = "finished";
    public static final String FAILED = "failed";

    private final EntityManager em;
    private final String realmId;

    public RunStore(KeycloakSession session, String realmId) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realmId = realmId;
    }

    public RunEntity save(Trigger trigger, long startedAt, long finishedAt, String status, RunCounts counts) {
        RunEntity run = new RunEntity();
        run.setId(KeycloakModelUtils.generateId());
        run.setRealmId(realmId);
        run.setTrigger(trigger.apiName());
        run.setStartedAt(startedAt);
        run.setFinishedAt(finishedAt);
        run.setStatus(status);
        run.setCounts(json(counts));
        em.persist(run);
        return run;
    }

    /** The latest runs first. */
    public List<RunEntity> latest(int max) {
        return em.createQuery("select r from RunEntity r where r.realmId = :realmId order by r.startedAt desc, r.id",
                RunEntity.class).setParameter("realmId", realmId).setMaxResults(max).getResultList();
    }

    /** Whether a run with this trigger started at or after {@code since} (on any node). */
    public boolean startedSince(Trigger trigger, long since) {
        return !em.createQuery("select r.id from RunEntity r where r.realmId = :realmId and r.trigger = :trigger"
                + " and r.startedAt >= :since", String.class).setParameter("realmId", realmId)
                .setParameter("trigger", trigger.apiName()).setParameter("since", since).setMaxResults(1)
                .getResultList().isEmpty();
    }

    public void deleteRealm() {
        em.createQuery("delete from RunEntity r where r.realmId = :realmId").setParameter("realmId", realmId)
                .executeUpdate();
    }

    /** The API shape of a run (docs/api.md). */
    public static Map<String, Object> representation(RunEntity run) {
        Map<String, Object> counts = read(run.getCounts());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", run.getId());
        json.put("trigger", run.getTrigger());
        json.put("startedAt", Instant.ofEpochMilli(run.getStartedAt()).toString());
        json.put("finishedAt", run.getFinishedAt() == null ? null : Instant.ofEpochMilli(run.getFinishedAt()).toString());
        json.put("status", run.getStatus());
        for (String key : List.of("users", "seconds", "created", "duplicates", "suppressed", "autoApplied",
                "byCategory")) {
            json.put(key, counts.get(key));
        }
        if (counts.get("error") != null) {
            json.put("error", counts.get("error"));
        }
        return json;
    }

    private static String json(RunCounts counts) {
        try {
            return JsonSerialization.writeValueAsString(counts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String counts) {
        try {
            return JsonSerialization.readValue(counts, Map.class);
        } catch (IOException e) {
            return Map.of("error", "unreadable counts");
        }
    }
}
