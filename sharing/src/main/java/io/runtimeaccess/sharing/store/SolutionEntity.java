package io.runtimeaccess.sharing.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A solution of an organization; {@code activeBuildId} is its Active Policy. */
@Entity
@Table(name = "RA_SOLUTION")
@NamedQuery(name = "Solution.byRealm", query = "select s from SolutionEntity s where s.realmId = :realmId order by s.name")
public class SolutionEntity extends RealmScopedEntity {

    @Column(name = "NAME", nullable = false)
    private String name;

    @Column(name = "ACTIVE_BUILD_ID", length = 36)
    private String activeBuildId;

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
