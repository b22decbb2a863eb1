package io.runtimeaccess.sharing.usage;

import io.runtimeaccess.mappers.token.RuntimeClaimsIssued;
import io.runtimeaccess.sharing.check.AccessIndex;
import io.runtimeaccess.sharing.index.AccessIndexes;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.timer.TimerProvider;

/**
 * Writes this node's grant-use marks to {@code RA_GRANT_USE} in the background, every interval and at
 * shutdown, keeping each row's latest time. Every node flushes its own marks (they live only in its memory),
 * so this is not a one-node-per-cluster task. A use survives a restart or a node loss give or take one
 * interval. A flush that fails (say two nodes inserting the same new row) keeps its marks for the next one. A mark
 * whose grant is gone by then (its user, group or role removed) makes no new row.
 */
public final class GrantUseFlush {

    public static final String TASK_NAME = "runtime-access-grant-use-flush";
    /** Principals whose rows one query reads. */
    private static final int CHUNK = 500;
    private static final Logger LOG = Logger.getLogger(GrantUseFlush.class);

    private GrantUseFlush() {
    }

    /** Hooks marking into index replacement and token issuance, and schedules the flush once the server has started. */
    public static void scheduleAfterStartup(KeycloakSessionFactory factory, long intervalMillis) {
        AccessIndexes.whenReplaced((realmId, index) -> UnflushedUse.absorb(realmId, index, System.currentTimeMillis()));
        // A token carrying the runtime claims lets its user exercise every grant: mark them all, write nothing.
        // Only an index this node holds already is marked: token issuance never waits on loading one.
        RuntimeClaimsIssued.listen((session, realm, user) -> {
            AccessIndex index = AccessIndexes.latest(realm.getId());
            if (index != null) {
                index.markAllUsed(user.getId(), System.currentTimeMillis());
            }
        });
        factory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                KeycloakModelUtils.runJobInTransaction(factory, session -> session.getProvider(TimerProvider.class)
                        .schedule(() -> flushOnTimer(factory), intervalMillis, TASK_NAME));
            }
        });
    }

    /**
     * The timer's flush. Keycloak's timer is one thread per node that does not catch what a task throws: an error here
     * would stop every scheduled task of the node, Keycloak's own included, until a restart.
     */
    private static void flushOnTimer(KeycloakSessionFactory factory) {
        try {
            flush(factory);
        } catch (Throwable e) {
            LOG.errorf(e, "The grant-use flush failed; the next one runs in an interval");
        }
    }

    /** Takes every index's marks on this node and writes them, one transaction per realm. */
    public static void flush(KeycloakSessionFactory factory) {
        long now = System.currentTimeMillis();
        AccessIndexes.forEachLatest((realmId, index) -> UnflushedUse.absorb(realmId, index, now));
        for (String realmId : collect(UnflushedUse.realms())) {
            Map<String, Long> uses = UnflushedUse.take(realmId);
            if (uses.isEmpty()) {
                continue;
            }
            try {
                KeycloakModelUtils.runJobInTransaction(factory, session -> write(session, realmId, uses));
            } catch (RuntimeException e) {
                UnflushedUse.putBack(realmId, uses);
                LOG.warnf("Could not write %d grant use(s) of realm %s; kept for the next flush: %s", uses.size(),
                        realmId, e.getMessage());
            }
        }
    }

    private static List<String> collect(Iterable<String> realms) {
        List<String> list = new ArrayList<>();
        realms.forEach(list::add);
        return list;
    }

    private static void write(KeycloakSession session, String realmId, Map<String, Long> uses) {
        if (session.realms().getRealm(realmId) == null) {
            return;
        }
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        Map<String, List<String>> keysByPrincipal = new HashMap<>();
        uses.keySet().forEach(key -> keysByPrincipal.computeIfAbsent(UseKeys.parts(key)[1], p -> new ArrayList<>())
                .add(key));
        List<String> principals = new ArrayList<>(keysByPrincipal.keySet());
        for (int from = 0; from < principals.size(); from += CHUNK) {
            List<String> chunk = principals.subList(from, Math.min(principals.size(), from + CHUNK));
            Map<String, GrantUseEntity> rows = new HashMap<>();
            em.createQuery("select u from GrantUseEntity u where u.realmId = :realmId and u.principalId in :ids",
                    GrantUseEntity.class).setParameter("realmId", realmId).setParameter("ids", chunk)
                    .getResultList().forEach(row -> rows.put(row.key(), row));
            Set<String> granted = grantedKeys(em, realmId, chunk);
            for (String principal : chunk) {
                for (String key : keysByPrincipal.get(principal)) {
                    // a mark taken before its grant, group, user or role was removed would bring the use back
                    if (rows.containsKey(key) || granted.contains(key)) {
                        upsert(em, realmId, rows.get(key), key, uses.get(key));
                    }
                }
            }
            em.flush();
            // written: holding the chunk's rows would make every later chunk's flush slower
            em.clear();
        }
    }

    /** The keys of the grants the principals hold now. */
    private static Set<String> grantedKeys(EntityManager em, String realmId, List<String> principals) {
        Set<String> keys = new HashSet<>();
        em.createQuery("select g.principalType, g.principalId, g.solutionId, g.roleName from GrantEntity g"
                + " where g.realmId = :realmId and g.principalId in :ids", Object[].class)
                .setParameter("realmId", realmId).setParameter("ids", principals).getResultList()
                .forEach(row -> keys.add(UseKeys.key((String) row[0], (String) row[1], (String) row[2],
                        (String) row[3])));
        return keys;
    }

    private static void upsert(EntityManager em, String realmId, GrantUseEntity row, String key, long lastUsed) {
        if (row != null) {
            row.setLastUsed(Math.max(row.getLastUsed(), lastUsed));
            return;
        }
        String[] parts = UseKeys.parts(key);
        GrantUseEntity created = new GrantUseEntity();
        created.setId(UUID.randomUUID().toString());
        created.setRealmId(realmId);
        created.setPrincipalType(parts[0]);
        created.setPrincipalId(parts[1]);
        created.setSolutionId(parts[2]);
        created.setRoleName(parts[3]);
        created.setLastUsed(lastUsed);
        em.persist(created);
    }
}
