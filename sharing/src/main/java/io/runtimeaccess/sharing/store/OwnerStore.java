package io.runtimeaccess.sharing.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Reads and writes one realm's owners of solutions and end-user groups. The callers check the object and the users
 * exist in the realm; every query here is scoped to the realm as well.
 */
public final class OwnerStore {

    /** Owners per object: enough for a team, few enough to name in one review item. */
    public static final int MAX_OWNERS = 50;

    private final EntityManager em;
    private final String realmId;

    public OwnerStore(KeycloakSession session, RealmModel realm) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realmId = realm.getId();
    }

    /** The object's owners, in the order they were added. */
    public List<OwnerEntity> owners(OwnedObject object) {
        return owners(object, LockModeType.NONE);
    }

    /**
     * {@link #owners}, locked for a change: two changes of one object's owners at once take turns, so a removal
     * never deletes a row another one deleted (a 500). The limit is not made safe by it: a reader that waited does not
     * see the rows the other one inserted.
     */
    public List<OwnerEntity> ownersToChange(OwnedObject object) {
        return owners(object, LockModeType.PESSIMISTIC_WRITE);
    }

    private List<OwnerEntity> owners(OwnedObject object, LockModeType lock) {
        return em.createNamedQuery("Owner.byObject", OwnerEntity.class).setParameter("realmId", realmId)
                .setParameter("ownedType", object.kind().name()).setParameter("ownedId", object.id())
                .setLockMode(lock).getResultList();
    }

    /** Makes the user an owner; the caller has checked they are not one yet and the limit allows it. */
    public OwnerEntity add(OwnedObject object, String userId) {
        OwnerEntity owner = new OwnerEntity();
        owner.setId(KeycloakModelUtils.generateId());
        owner.setRealmId(realmId);
        owner.setOwnedType(object.kind().name());
        owner.setOwnedId(object.id());
        owner.setUserId(userId);
        owner.setAddedAt(System.currentTimeMillis());
        em.persist(owner);
        return owner;
    }

    public void remove(OwnerEntity owner) {
        em.remove(owner);
    }

    /**
     * Every owner of every object of the realm in one query, each object's in the order they were added: what an
     * access-review campaign resolves against and an export writes.
     */
    public Map<OwnedObject, Set<String>> all() {
        Map<OwnedObject, Set<String>> owners = new HashMap<>();
        for (OwnerEntity owner : em.createNamedQuery("Owner.byRealm", OwnerEntity.class)
                .setParameter("realmId", realmId).getResultList()) {
            owners.computeIfAbsent(new OwnedObject(OwnedObject.Kind.valueOf(owner.getOwnedType()), owner.getOwnedId()),
                    o -> new LinkedHashSet<>()).add(owner.getUserId());
        }
        return owners;
    }

    /** Deletes the object's owners (the object is being deleted); returns how many went. */
    public int deleteOwners(OwnedObject object) {
        return em.createQuery("delete from OwnerEntity o where o.realmId = :realmId and o.ownedType = :ownedType"
                + " and o.ownedId = :ownedId").setParameter("realmId", realmId)
                .setParameter("ownedType", object.kind().name()).setParameter("ownedId", object.id()).executeUpdate();
    }

    /** Deletes a removed user's ownerships; returns how many went. */
    public int deleteUser(String userId) {
        return em.createQuery("delete from OwnerEntity o where o.realmId = :realmId and o.userId = :userId")
                .setParameter("realmId", realmId).setParameter("userId", userId).executeUpdate();
    }
}
