package io.runtimeaccess.sharing.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A solution of an organization; {@code activeBuildId} is its Active Policy. */
@Entity
@Table(name = "RA_SOLUTION")
@NamedQuery(name = "Solution.byRealm", query = "select s from SolutionEntity s where s.realmId = :realmId order by s.name")
public class SolutionEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "NAME", nullable = false)
    private String name;

    @Column(name = "ACTIVE_BUILD_ID", length = 36)
    private String activeBuildId;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getActiveBuildId() {
        return activeBuildId;
    }

    public void setActiveBuildId(String activeBuildId) {
        this.activeBuildId = activeBuildId;
    }
}
