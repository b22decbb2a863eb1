package io.runtimeaccess.sharing.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One role on one solution for a user or an end-user group, with who granted it, when, why and until when. */
@Entity
@Table(name = "RA_GRANT")
@NamedQuery(name = "Grant.byRealm", query = "select g from GrantEntity g where g.realmId = :realmId")
@NamedQuery(name = "Grant.bySolution",
        query = "select g from GrantEntity g where g.solutionId = :solutionId order by g.grantedAt, g.id")
public class GrantEntity extends RealmScopedEntity {

    @Column(name = "SOLUTION_ID", length = 36, nullable = false)
    private String solutionId;

    @Column(name = "PRINCIPAL_TYPE", length = 16, nullable = false)
    private String principalType;

    @Column(name = "PRINCIPAL_ID", length = 255, nullable = false)
    private String principalId;

    @Column(name = "ROLE_NAME", nullable = false)
    private String roleName;

    @Column(name = "EXPIRES_AT")
    private Long expiresAt;

    @Column(name = "GRANTED_BY", length = 255)
    private String grantedBy;

    @Column(name = "GRANTED_AT", nullable = false)
    private long grantedAt;

    @Column(name = "SOURCE", length = 32, nullable = false)
    private String source;

    @Column(name = "REASON", length = 1024)
    private String reason;

    public String getSolutionId() {
        return solutionId;
    }

    public void setSolutionId(String solutionId) {
        this.solutionId = solutionId;
    }

    public String getPrincipalType() {
        return principalType;
    }

    public void setPrincipalType(String principalType) {
        this.principalType = principalType;
    }

    public String getPrincipalId() {
        return principalId;
    }

    public void setPrincipalId(String principalId) {
        this.principalId = principalId;
    }

    public String getRoleName() {
        return roleName;
    }

    public void setRoleName(String roleName) {
        this.roleName = roleName;
    }

    public Long getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(Long expiresAt) {
        this.expiresAt = expiresAt;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public void setGrantedBy(String grantedBy) {
        this.grantedBy = grantedBy;
    }

    public long getGrantedAt() {
        return grantedAt;
    }

    public void setGrantedAt(long grantedAt) {
        this.grantedAt = grantedAt;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
