package io.runtimeaccess.sharing.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A build of a solution. Its roles and resources are stored as one JSON document: a build is always
 * read and written whole, and one text column behaves the same on H2, PostgreSQL and MariaDB.
 */
@Entity
@Table(name = "RA_BUILD")
@NamedQuery(name = "Build.byRealm", query = "select b from BuildEntity b where b.realmId = :realmId order by b.createdAt, b.id")
/** The Active Policy builds of a realm: the only ones checks and access intelligence read. */
@NamedQuery(name = "Build.activeByRealm", query = "select b from BuildEntity b where b.realmId = :realmId and b.id in"
        + " (select s.activeBuildId from SolutionEntity s where s.realmId = :realmId)")
@NamedQuery(name = "Build.bySolution",
        query = "select b from BuildEntity b where b.solutionId = :solutionId order by b.createdAt, b.id")
public class BuildEntity extends RealmScopedEntity {

    @Column(name = "SOLUTION_ID", length = 36, nullable = false)
    private String solutionId;

    @Column(name = "NAME", nullable = false)
    private String name;

    /** Plain text, not {@code @Lob} (a large object on PostgreSQL, and the previous one leaked on each update). */
    @Column(name = "POLICY", nullable = false)
    private String policy;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    public String getSolutionId() {
        return solutionId;
    }

    public void setSolutionId(String solutionId) {
        this.solutionId = solutionId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPolicy() {
        return policy;
    }

    public void setPolicy(String policy) {
        this.policy = policy;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }
}
