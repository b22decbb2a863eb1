package io.runtimeaccess.governance.separation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A stored separation-of-duties rule; its item keys are kept one per line. */
@Entity
@Table(name = "RA_GOV_SOD_RULE")
@NamedQuery(name = "SodRule.byRealm",
        query = "select r from SodRuleEntity r where r.realmId = :realmId order by r.name")
@NamedQuery(name = "SodRule.deleteRealm", query = "delete from SodRuleEntity r where r.realmId = :realmId")
public class SodRuleEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "NAME", nullable = false)
    private String name;

    @Column(name = "DESCRIPTION", length = 1024)
    private String description;

    @Column(name = "SCOPE", length = 16, nullable = false)
    private String scope;

    @Column(name = "SOLUTION_ID", length = 36)
    private String solutionId;

    /** Plain text, not {@code @Lob} (a large object on PostgreSQL, leaked on every update). */
    @Column(name = "ITEM_KEYS", nullable = false)
    private String itemKeys;

    @Column(name = "PREVENT", nullable = false)
    private boolean prevent;

    @Column(name = "ENABLED", nullable = false)
    private boolean enabled;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getSolutionId() {
        return solutionId;
    }

    public void setSolutionId(String solutionId) {
        this.solutionId = solutionId;
    }

    public String getItemKeys() {
        return itemKeys;
    }

    public void setItemKeys(String itemKeys) {
        this.itemKeys = itemKeys;
    }

    public boolean isPrevent() {
        return prevent;
    }

    public void setPrevent(boolean prevent) {
        this.prevent = prevent;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }
}
