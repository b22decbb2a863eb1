package io.runtimeaccess.sharing.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An end-user group: unique name per realm, description, key-value attributes (JSON) and an archived flag. */
@Entity
@Table(name = "RA_END_USER_GROUP")
@NamedQuery(name = "EndUserGroup.byRealm",
        query = "select g from EndUserGroupEntity g where g.realmId = :realmId order by g.name")
public class EndUserGroupEntity extends RealmScopedEntity {

    @Column(name = "NAME", nullable = false)
    private String name;

    @Column(name = "DESCRIPTION", length = 1024)
    private String description;

    /** Plain text, not {@code @Lob} (a large object on PostgreSQL, and the previous one leaked on each update). */
    @Column(name = "ATTRIBUTES")
    private String attributes;

    @Column(name = "ARCHIVED", nullable = false)
    private boolean archived;

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

    public String getAttributes() {
        return attributes;
    }

    public void setAttributes(String attributes) {
        this.attributes = attributes;
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }
}
