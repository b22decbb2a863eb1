package io.runtimeaccess.sharing.usage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** When a grant (principal, solution, role) was last exercised, as flushed by some node; only ever moves forward. */
@Entity
@Table(name = "RA_GRANT_USE")
@NamedQuery(name = "GrantUse.byRealm", query = "select u from GrantUseEntity u where u.realmId = :realmId")
@NamedQuery(name = "GrantUse.deletePrincipal", query = "delete from GrantUseEntity u where u.realmId = :realmId"
        + " and u.principalType = :principalType and u.principalId = :principalId")
@NamedQuery(name = "GrantUse.deleteRole", query = "delete from GrantUseEntity u where u.realmId = :realmId"
        + " and u.roleName = :roleName")
@NamedQuery(name = "GrantUse.deleteRealm", query = "delete from GrantUseEntity u where u.realmId = :realmId")
public class GrantUseEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "PRINCIPAL_TYPE", length = 16, nullable = false)
    private String principalType;

    @Column(name = "PRINCIPAL_ID", length = 255, nullable = false)
    private String principalId;

    @Column(name = "SOLUTION_ID", length = 36, nullable = false)
    private String solutionId;

    @Column(name = "ROLE_NAME", nullable = false)
    private String roleName;

    @Column(name = "LAST_USED", nullable = false)
    private long lastUsed;

    /** The grant's use key, {@code {USER|GROUP}:{principalId}:{solutionId}:{role}}. */
    String key() {
        return UseKeys.key(principalType, principalId, solutionId, roleName);
    }

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

    public String getSolutionId() {
        return solutionId;
    }

    public void setSolutionId(String solutionId) {
        this.solutionId = solutionId;
    }

    public String getRoleName() {
        return roleName;
    }

    public void setRoleName(String roleName) {
        this.roleName = roleName;
    }

    public long getLastUsed() {
        return lastUsed;
    }

    public void setLastUsed(long lastUsed) {
        this.lastUsed = lastUsed;
    }
}
