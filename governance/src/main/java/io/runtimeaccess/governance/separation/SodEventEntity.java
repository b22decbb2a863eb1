package io.runtimeaccess.governance.separation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** What the preventive check did about one change: refused, warned, or overridden with a justification. */
@Entity
@Table(name = "RA_GOV_SOD_EVENT")
@NamedQuery(name = "SodEvent.byRealm",
        query = "select e from SodEventEntity e where e.realmId = :realmId order by e.occurredAt desc, e.id")
@NamedQuery(name = "SodEvent.deleteRealm", query = "delete from SodEventEntity e where e.realmId = :realmId")
@NamedQuery(name = "SodEvent.deleteUser",
        query = "delete from SodEventEntity e where e.realmId = :realmId and e.userId = :userId")
public class SodEventEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "RULE_ID", length = 36, nullable = false)
    private String ruleId;

    @Column(name = "RULE_NAME", nullable = false)
    private String ruleName;

    @Column(name = "USER_ID", length = 255, nullable = false)
    private String userId;

    @Column(name = "ITEM_KEY", length = 1024, nullable = false)
    private String itemKey;

    @Column(name = "OUTCOME", length = 16, nullable = false)
    private String outcome;

    @Column(name = "JUSTIFICATION", length = 500)
    private String justification;

    @Column(name = "ADMIN_ID", length = 255)
    private String adminId;

    @Column(name = "EVENT_TIME", nullable = false)
    private long occurredAt;

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

    public String getRuleId() {
        return ruleId;
    }

    public void setRuleId(String ruleId) {
        this.ruleId = ruleId;
    }

    public String getRuleName() {
        return ruleName;
    }

    public void setRuleName(String ruleName) {
        this.ruleName = ruleName;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getItemKey() {
        return itemKey;
    }

    public void setItemKey(String itemKey) {
        this.itemKey = itemKey;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public String getAdminId() {
        return adminId;
    }

    public void setAdminId(String adminId) {
        this.adminId = adminId;
    }

    public long getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(long occurredAt) {
        this.occurredAt = occurredAt;
    }
}
