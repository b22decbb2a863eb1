package io.runtimeaccess.requests.store;

import io.runtimeaccess.sharing.store.RealmScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An item users may request and its policy. */
@Entity
@Table(name = "RA_REQ_ITEM")
@NamedQuery(name = "RequestableItem.byRealm",
        query = "select i from RequestableItemEntity i where i.realmId = :realmId order by i.createdAt, i.id")
public class RequestableItemEntity extends RealmScopedEntity {

    @Column(name = "KIND", length = 16, nullable = false)
    private String kind;
    @Column(name = "SCOPE_ID", length = 255)
    private String scopeId;
    @Column(name = "TARGET", length = 255, nullable = false)
    private String target;
    @Column(name = "DESCRIPTION", length = 1024)
    private String description;
    @Column(name = "MAX_DURATION_SECONDS", nullable = false)
    private long maxDurationSeconds;
    @Column(name = "APPROVER_TYPE", length = 16, nullable = false)
    private String approverType;
    @Column(name = "APPROVER_VALUES", nullable = false)
    private String approverValues;
    @Column(name = "APPROVALS_NEEDED", nullable = false)
    private int approvalsNeeded;
    @Column(name = "JUSTIFICATION_REQUIRED", nullable = false)
    private boolean justificationRequired;
    @Column(name = "TICKET_REQUIRED", nullable = false)
    private boolean ticketRequired;
    /** A person must act after approval (the access is given by hand elsewhere too): a ticket is opened. */
    @Column(name = "MANUAL_STEP", nullable = false)
    private boolean manualStep;
    @Column(name = "AUTO_MIN_CONFIDENCE")
    private Double autoMinConfidence;
    @Column(name = "AUTO_MAX_RISK")
    private Integer autoMaxRisk;
    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getScopeId() { return scopeId; }
    public void setScopeId(String scopeId) { this.scopeId = scopeId; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public long getMaxDurationSeconds() { return maxDurationSeconds; }
    public void setMaxDurationSeconds(long maxDurationSeconds) { this.maxDurationSeconds = maxDurationSeconds; }
    public String getApproverType() { return approverType; }
    public void setApproverType(String approverType) { this.approverType = approverType; }
    public String getApproverValues() { return approverValues; }
    public void setApproverValues(String approverValues) { this.approverValues = approverValues; }
    public int getApprovalsNeeded() { return approvalsNeeded; }
    public void setApprovalsNeeded(int approvalsNeeded) { this.approvalsNeeded = approvalsNeeded; }
    public boolean isJustificationRequired() { return justificationRequired; }
    public void setJustificationRequired(boolean justificationRequired) { this.justificationRequired = justificationRequired; }
    public boolean isTicketRequired() { return ticketRequired; }
    public void setTicketRequired(boolean ticketRequired) { this.ticketRequired = ticketRequired; }
    public boolean isManualStep() { return manualStep; }
    public void setManualStep(boolean manualStep) { this.manualStep = manualStep; }
    public Double getAutoMinConfidence() { return autoMinConfidence; }
    public void setAutoMinConfidence(Double autoMinConfidence) { this.autoMinConfidence = autoMinConfidence; }
    public Integer getAutoMaxRisk() { return autoMaxRisk; }
    public void setAutoMaxRisk(Integer autoMaxRisk) { this.autoMaxRisk = autoMaxRisk; }
    public long getCreatedAt() { return createdAt; }
    public void setCreatedAt(long createdAt) { this.createdAt = createdAt; }
}
