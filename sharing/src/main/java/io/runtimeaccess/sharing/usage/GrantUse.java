package io.runtimeaccess.sharing.usage;

import io.runtimeaccess.sharing.check.AccessIndex;
import io.runtimeaccess.sharing.grant.PrincipalType;
import io.runtimeaccess.sharing.index.AccessIndexes;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** When grants were last exercised by an allowed check or a token's runtime claims. */
public final class GrantUse {

    private GrantUse() {
    }

    /**
     * Last use by key {@code {USER|GROUP}:{principalId}:{solutionId}:{role}}: flushed marks plus this node's
     * unflushed ones (dated when they were taken, or now for marks still in the index). Other nodes' unflushed
     * marks show after their next flush. A grant never used since tracking began has no key.
     */
    public static Map<String, Instant> lastUsed(KeycloakSession session, RealmModel realm) {
        Map<String, Long> millis = new HashMap<>();
        for (GrantUseEntity row : em(session).createNamedQuery("GrantUse.byRealm", GrantUseEntity.class)
                .setParameter("realmId", realm.getId()).getResultList()) {
            millis.put(row.key(), row.getLastUsed());
        }
        UnflushedUse.peek(realm.getId()).forEach((key, time) -> millis.merge(key, time, Math::max));
        AccessIndex latest = AccessIndexes.latest(realm.getId());
        if (latest != null) {
            long now = System.currentTimeMillis();
            latest.forEachUsed((type, principal, solution, role) ->
                    millis.merge(UseKeys.key(type.name(), principal, solution, role), now, Math::max), false);
        }
        Map<String, Instant> lastUsed = new HashMap<>();
        millis.forEach((key, time) -> lastUsed.put(key, Instant.ofEpochMilli(time)));
        return lastUsed;
    }

    /**
     * The last use of the grant made at {@code grantedAt}, from {@link #lastUsed}'s map, or {@code null}. A key names
     * the principal, solution and role, not the grant: a use before this grant existed was a use of an earlier grant
     * of the same role, revoked or expired since, and says nothing about whether this one is used.
     */
    public static Instant ofGrant(Map<String, Instant> lastUsed, String type, String principalId, String solutionId,
            String role, Instant grantedAt) {
        Instant used = lastUsed.get(UseKeys.key(type, principalId, solutionId, role));
        return used == null || used.isBefore(grantedAt) ? null : used;
    }

    /** Forgets the uses of a removed user or group. */
    public static void deletePrincipal(KeycloakSession session, RealmModel realm, PrincipalType type, String id) {
        em(session).createNamedQuery("GrantUse.deletePrincipal").setParameter("realmId", realm.getId())
                .setParameter("principalType", type.name()).setParameter("principalId", id).executeUpdate();
    }

    /** Forgets the uses of a runtime role removed from the catalog (its grants went with it). */
    public static void deleteRole(KeycloakSession session, RealmModel realm, String roleName) {
        em(session).createNamedQuery("GrantUse.deleteRole").setParameter("realmId", realm.getId())
                .setParameter("roleName", roleName).executeUpdate();
    }

    /** Forgets every use in a removed realm, stored or pending. */
    public static void deleteRealm(KeycloakSession session, RealmModel realm) {
        em(session).createNamedQuery("GrantUse.deleteRealm").setParameter("realmId", realm.getId()).executeUpdate();
        UnflushedUse.forget(realm.getId());
    }

    private static EntityManager em(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }
}
