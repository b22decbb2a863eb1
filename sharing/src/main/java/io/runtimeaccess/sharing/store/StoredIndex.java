package io.runtimeaccess.sharing.store;

import io.runtimeaccess.mappers.LogText;
import io.runtimeaccess.sharing.api.Policies;
import io.runtimeaccess.sharing.check.AccessIndex;
import io.runtimeaccess.sharing.grant.Grant;
import io.runtimeaccess.sharing.grant.GrantSource;
import io.runtimeaccess.sharing.grant.PrincipalType;
import io.runtimeaccess.sharing.policy.Build;
import io.runtimeaccess.sharing.policy.Solution;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** A realm's whole sharing configuration as stored, compiled for checks. */
public final class StoredIndex {

    private static final Logger LOG = Logger.getLogger(StoredIndex.class);

    private final EntityManager em;
    private final RealmModel realm;
    private final SharingStore store;
    private final EndUserGroupStore groups;

    public StoredIndex(KeycloakSession session, RealmModel realm) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realm = realm;
        this.store = new SharingStore(session, realm);
        this.groups = new EndUserGroupStore(session, realm);
    }

    /**
     * Loads and compiles the realm. Only the Active Policy builds are read, as only they answer checks; one that can
     * no longer be read (stored by an older version, or changed in the database) makes its solution offer nothing,
     * logged, rather than stopping every check of the realm (and a denial is the safe answer).
     */
    public AccessIndex compile() {
        Map<String, Build> activeBuilds = new HashMap<>();
        for (BuildEntity build : em.createNamedQuery("Build.activeByRealm", BuildEntity.class)
                .setParameter("realmId", realm.getId()).getResultList()) {
            try {
                activeBuilds.put(build.getId(), Policies.stored(build.getId(), build.getName(),
                        Policies.read(build.getPolicy())));
            } catch (RuntimeException e) {
                LOG.errorf("Build '%s' of a solution of realm '%s' cannot be read (%s); the solution offers nothing"
                        + " until another build is made its Active Policy", LogText.safe(build.getName()),
                        LogText.safe(realm.getName()), LogText.safe(e.getMessage()));
            }
        }
        List<Solution> solutions = new ArrayList<>();
        for (SolutionEntity solution : store.solutions()) {
            Build active = activeBuilds.get(solution.getActiveBuildId());
            solutions.add(new Solution(solution.getId(), solution.getName(), active == null ? List.of() : List.of(active),
                    active == null ? null : active.id()));
        }
        List<Grant> grants = new ArrayList<>();
        for (GrantEntity grant : em.createNamedQuery("Grant.byRealm", GrantEntity.class)
                .setParameter("realmId", realm.getId()).getResultList()) {
            grants.add(new Grant(grant.getSolutionId(), PrincipalType.valueOf(grant.getPrincipalType()),
                    grant.getPrincipalId(), grant.getRoleName(),
                    grant.getExpiresAt() == null ? null : Instant.ofEpochMilli(grant.getExpiresAt()),
                    GrantSource.valueOf(grant.getSource())));
        }
        return AccessIndex.build(solutions, groups.all(), grants);
    }
}
