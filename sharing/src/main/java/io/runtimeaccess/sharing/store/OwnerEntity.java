package io.runtimeaccess.sharing.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A user who owns a solution or an end-user group ({@link OwnedObject}). */
@Entity
@Table(name = "RA_OWNER")
@NamedQuery(name = "Owner.byObject", query = "select o from OwnerEntity o where o.realmId = :realmId"
        + " and o.ownedType = :ownedType and o.ownedId = :ownedId order by o.addedAt, o.userId")
@NamedQuery(name = "Owner.byRealm", query = "select o from OwnerEntity o where o.realmId = :realmId"
        + " order by o.addedAt, o.userId")
public class OwnerEntity extends RealmScopedEntity {

    @Column(name = "OWNED_TYPE", length = 16, nullable = false)
    private String ownedType;

    @Column(name = "OWNED_ID", length = 36, nullable = false)
    private String ownedId;

    @Column(name = "USER_ID", length = 255, nullable = false)
    private String userId;

    @Column(name = "ADDED_AT", nullable = false)
    private long addedAt;

    public String getOwnedType() {
        return ownedType;
    }

    public void setOwnedType(String ownedType) {
        this.ownedType = ownedType;
    }

    public String getOwnedId() {
        return ownedId;
    }

    public void setOwnedId(String ownedId) {
        this.ownedId = ownedId;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public long getAddedAt() {
        return addedAt;
    }

    public void setAddedAt(long addedAt) {
        this.addedAt = addedAt;
    }
}
