package io.runtimeaccess.sharing.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A runtime role of an organization's catalog; names are unique per realm. */
@Entity
@Table(name = "RA_RUNTIME_ROLE")
@NamedQuery(name = "RuntimeRole.byRealm", query = "select r from RuntimeRoleEntity r where r.realmId = :realmId order by r.name")
public class RuntimeRoleEntity extends RealmScopedEntity {

    @Column(name = "NAME", nullable = false)
    private String name;

    @Column(name = "DESCRIPTION", length = 1024)
    private String description;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
