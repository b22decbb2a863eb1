package io.runtimeaccess.governance.separation;

import io.runtimeaccess.governance.sod.SodRule;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The realm's separation-of-duties rules, read with one query per request that needs them. They are needed by
 * admin changes only (a grant, a membership, a role assignment, a scan), never by a check or a sign-in, so
 * there is no fast path to protect; a node-local cache would need a cluster event to stay right after a change
 * on another node, for the saving of one indexed query per admin change. Within one request the list is read
 * once (a bulk membership of 500 users or a role-mapping call with ten roles asks many times) and forgotten when
 * the request changes a rule.
 */
public final class SodRules {

    private static final String ATTRIBUTE = SodRules.class.getName() + ".";

    private SodRules() {
    }

    public static List<SodRule> of(KeycloakSession session, RealmModel realm) {
        String key = ATTRIBUTE + realm.getId();
        @SuppressWarnings("unchecked")
        List<SodRule> read = session.getAttribute(key, List.class);
        if (read == null) {
            read = em(session).createNamedQuery("SodRule.byRealm", SodRuleEntity.class)
                    .setParameter("realmId", realm.getId()).getResultStream().map(SodRules::toRule).toList();
            session.setAttribute(key, read);
        }
        return read;
    }

    /** Forgets what this request read, after it changed a rule. */
    static void forget(KeycloakSession session, RealmModel realm) {
        session.removeAttribute(ATTRIBUTE + realm.getId());
    }

    static SodRule toRule(SodRuleEntity entity) {
        return new SodRule(entity.getId(), entity.getName(), entity.getDescription(),
                SodRule.Scope.valueOf(entity.getScope()), entity.getSolutionId(),
                Arrays.asList(entity.getItemKeys().split("\n")), entity.isPrevent(), entity.isEnabled());
    }

    static EntityManager em(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }
}
