package io.runtimeaccess.lifecycle.offboard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * An offboarding plan of one realm: whose accounts it covers ({@code scope} with the identity provider's alias or
 * the end-user group's id, and the name shown), who planned it and where it is ({@link io.runtimeaccess.lifecycle.plan.PlanStatus}).
 */
@Entity
@Table(name = "RA_LC_PLAN")
@NamedQueries({
        @NamedQuery(name = "LcPlan.byRealm", query = "select p from OffboardingPlanEntity p where p.realmId = :realmId order by p.createdAt desc, p.id"),
        @NamedQuery(name = "LcPlan.deleteRealm", query = "delete from OffboardingPlanEntity p where p.realmId = :realmId")
})
public class OffboardingPlanEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "SCOPE", length = 32, nullable = false)
    private String scope;

    @Column(name = "SCOPE_ID", length = 255, nullable = false)
    private String scopeId;

    @Column(name = "SCOPE_NAME", length = 255, nullable = false)
    private String scopeName;

    @Column(name = "STATUS", length = 16, nullable = false)
    private String status;

    @Column(name = "REASON", length = 1024)
    private String reason;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "CREATED_BY", length = 255, nullable = false)
    private String createdBy;

    @Column(name = "APPLIED_AT")
    private Long appliedAt;

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

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getScopeId() {
        return scopeId;
    }

    public void setScopeId(String scopeId) {
        this.scopeId = scopeId;
    }

    public String getScopeName() {
        return scopeName;
    }

    public void setScopeName(String scopeName) {
        this.scopeName = scopeName;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public Long getAppliedAt() {
        return appliedAt;
    }

    public void setAppliedAt(Long appliedAt) {
        this.appliedAt = appliedAt;
    }
}
