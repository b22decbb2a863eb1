package io.runtimeaccess.sharing.transfer;

import io.runtimeaccess.sharing.grant.PrincipalType;
import io.runtimeaccess.sharing.store.EndUserGroupEntity;
import io.runtimeaccess.sharing.store.GrantEntity;
import io.runtimeaccess.sharing.store.RealmRows;
import io.runtimeaccess.sharing.store.SolutionEntity;
import io.runtimeaccess.sharing.store.SolutionLock;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/**
 * The rows an applying import changes, locked as the admin API locks them: each solution it adds grants or builds to
 * (as a share locks its solution) and each existing group it may update (as {@code PUT groups/{id}} does) or share
 * with (as a share locks its group principal after the solution). They are
 * locked before the pass reads them, solutions then groups, each kind in id order, so two imports wait for each other
 * instead of deadlocking, and refreshed, so the pass decides on the rows as committed now, not as the plan read them:
 * otherwise an import racing a share (or another import) stores the same grant twice, and revoking "the" grant leaves
 * the access, and an import racing an archive writes the group back active.
 */
final class ImportLocks {

    private final KeycloakSession session;
    private final EntityManager em;
    private final Set<String> principalsRead = new HashSet<>();

    ImportLocks(KeycloakSession session) {
        this.session = session;
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    /** Locks and re-reads the rows; false (nothing locked after it) when one of them was removed meanwhile. */
    boolean lock(Collection<SolutionEntity> solutions, Collection<EndUserGroupEntity> groups) {
        return lockAll(solutions, SolutionEntity::getId) && lockAll(groups, EndUserGroupEntity::getId);
    }

    private <T> boolean lockAll(Collection<T> rows, Function<T, String> id) {
        List<T> ordered = rows.stream().filter(Objects::nonNull).distinct().sorted(Comparator.comparing(id)).toList();
        for (T row : ordered) {
            if (!RealmRows.stillThere(em, row, LockModeType.PESSIMISTIC_WRITE)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The principal's grants on the (locked) solution as committed now, read once per principal and solution: the
     * keys the pass read up front may be older than the lock (on MariaDB a plain read in this transaction sees the
     * snapshot the plan took), so a grant not among them is looked for again before it is stored.
     */
    List<GrantEntity> grantsNow(SolutionEntity solution, PrincipalType type, String principalId) {
        if (!principalsRead.add(solution.getId() + "|" + type + "|" + principalId)) {
            return List.of();
        }
        return new SolutionLock(session).grantsOf(solution, type, principalId);
    }
}
