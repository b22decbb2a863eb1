package io.runtimeaccess.sharing.store;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Whether a name is taken in a realm, asked of the database rather than compared in Java: the unique key on
 * (realm, name) uses the column's collation, which on MariaDB usually ignores case and accents. A Java comparison
 * would let {@code Admin} past {@code admin} there and the commit would fail with a server error; the query
 * compares as the key does, so a taken name is a 409 on every database.
 */
final class StoredNames {

    private StoredNames() {
    }

    /** {@code entity} is a {@link RealmScopedEntity} with a {@code name}; {@code exceptId} (may be null) is not counted. */
    static boolean taken(EntityManager em, Class<? extends RealmScopedEntity> entity, String realmId, String name,
            String exceptId) {
        return em.createQuery("select e.id from " + entity.getSimpleName() + " e where e.realmId = :realmId"
                + " and e.name = :name", String.class).setParameter("realmId", realmId).setParameter("name", name)
                .getResultList().stream().anyMatch(id -> !id.equals(exceptId));
    }

    /** The stored names the database takes for {@code name} (on MariaDB, {@code User} for {@code user}). */
    static List<String> storedAs(EntityManager em, Class<? extends RealmScopedEntity> entity, String realmId,
            String name) {
        return em.createQuery("select e.name from " + entity.getSimpleName() + " e where e.realmId = :realmId"
                + " and e.name = :name", String.class).setParameter("realmId", realmId).setParameter("name", name)
                .getResultList();
    }
}
