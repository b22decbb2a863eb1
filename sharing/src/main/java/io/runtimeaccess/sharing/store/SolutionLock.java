package io.runtimeaccess.sharing.store;

import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.grant.PrincipalType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/**
 * New grants of one solution are made one after the other: the solution's row is locked until the transaction ends,
 * then the principal's grants on it are read with a locking read. Two identical shares sent at once (a double click,
 * two admins) would otherwise both find no grant and both insert one, and revoking "the" grant would leave the
 * access in place. The read must lock as well: where a transaction reads from a snapshot taken earlier (MariaDB's
 * repeatable read), a plain read after the wait would still miss the grant committed meanwhile.
 */
public final class SolutionLock {

    private final EntityManager em;

    public SolutionLock(KeycloakSession session) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    /**
     * Locks the solution, and a group principal's row after it (the order an import locks them in), then returns the
     * principal's grants on it as they are committed now. A group deleted meanwhile is a 404: its deletion removes the
     * grants to it while it holds the group's row, and a grant inserted past it would stay, listed and revocable by
     * nobody (grants name their principal without a foreign key).
     */
    public List<GrantEntity> grantsOf(SolutionEntity solution, PrincipalType type, String principalId) {
        em.lock(solution, LockModeType.PESSIMISTIC_WRITE);
        if (type == PrincipalType.GROUP) {
            lockGroup(principalId);
        }
        // by the principal's index (realm, type, id): on MariaDB a locking read takes gap locks on the index it
        // scans, and scanning the solution's index would lock gaps other solutions' new grants insert into
        return em.createQuery("select g from GrantEntity g where g.realmId = :realmId and g.principalType = :type"
                + " and g.principalId = :principalId and g.solutionId = :solutionId", GrantEntity.class)
                .setParameter("realmId", solution.getRealmId()).setParameter("type", type.name())
                .setParameter("principalId", principalId).setParameter("solutionId", solution.getId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    private void lockGroup(String groupId) {
        EndUserGroupEntity group = em.find(EndUserGroupEntity.class, groupId);
        if (group == null || !RealmRows.stillThere(em, group, LockModeType.PESSIMISTIC_WRITE)) {
            throw BadRequest.notFound("principal", "no end-user group '" + Limits.shown(groupId) + "'");
        }
    }
}
