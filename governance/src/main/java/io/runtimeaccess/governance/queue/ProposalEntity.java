package io.runtimeaccess.governance.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A stored proposal and what became of it. {@code fingerprint} is the SHA-256 of
 * {@link io.runtimeaccess.governance.proposal.Proposal#fingerprint()} (that text holds a user id and an item key,
 * together longer than an index allows). Long text (justification, evidence and inputs as JSON, the reason, the
 * error or note) is mapped as plain strings, not {@code @Lob}, which would be a large object on PostgreSQL.
 * {@code suppressedUntil} is set on a rejection, and on an approved review: until then a run does not propose the
 * same change again.
 */
@Entity
@Table(name = "RA_GOV_PROPOSAL")
public class ProposalEntity {

    @Id
    @Column(name = "ID", length = 36, nullable = false)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "FINGERPRINT", length = 64, nullable = false)
    private String fingerprint;

    @Column(name = "STATUS", length = 16, nullable = false)
    private String status;

    @Column(name = "CATEGORY", length = 32, nullable = false)
    private String category;

    @Column(name = "CHANGE_TYPE", length = 16, nullable = false)
    private String changeType;

    @Column(name = "USER_ID", length = 255, nullable = false)
    private String userId;

    @Column(name = "USERNAME", length = 255)
    private String username;

    @Column(name = "ITEM_KEY")
    private String itemKey;

    @Column(name = "ITEM_LABEL")
    private String itemLabel;

    @Column(name = "ITEM_KIND", length = 16)
    private String itemKind;

    @Column(name = "ITEM_SOLUTION_ID", length = 36)
    private String itemSolutionId;

    @Column(name = "ITEM_PRIVILEGED", nullable = false)
    private boolean itemPrivileged;

    @Column(name = "CONFIDENCE", nullable = false)
    private double confidence;

    @Column(name = "JUSTIFICATION", nullable = false)
    private String justification;

    @Column(name = "EVIDENCE", nullable = false)
    private String evidence;

    @Column(name = "MODEL_VERSION", length = 64, nullable = false)
    private String modelVersion;

    @Column(name = "INPUTS", nullable = false)
    private String inputs;

    @Column(name = "SOURCE", length = 255, nullable = false)
    private String source;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "DECIDED_AT")
    private Long decidedAt;

    @Column(name = "DECIDED_BY", length = 255)
    private String decidedBy;

    @Column(name = "REASON")
    private String reason;

    @Column(name = "APPLIED_AT")
    private Long appliedAt;

    @Column(name = "ERROR")
    private String error;

    @Column(name = "SUPPRESSED_UNTIL")
    private Long suppressedUntil;

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

    public String getFingerprint() {
        return fingerprint;
    }

    public void setFingerprint(String fingerprint) {
        this.fingerprint = fingerprint;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getChangeType() {
        return changeType;
    }

    public void setChangeType(String changeType) {
        this.changeType = changeType;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getItemKey() {
        return itemKey;
    }

    public void setItemKey(String itemKey) {
        this.itemKey = itemKey;
    }

    public String getItemLabel() {
        return itemLabel;
    }

    public void setItemLabel(String itemLabel) {
        this.itemLabel = itemLabel;
    }

    public String getItemKind() {
        return itemKind;
    }

    public void setItemKind(String itemKind) {
        this.itemKind = itemKind;
    }

    public String getItemSolutionId() {
        return itemSolutionId;
    }

    public void setItemSolutionId(String itemSolutionId) {
        this.itemSolutionId = itemSolutionId;
    }

    public boolean isItemPrivileged() {
        return itemPrivileged;
    }

    public void setItemPrivileged(boolean itemPrivileged) {
        this.itemPrivileged = itemPrivileged;
    }

    public double getConfidence() {
        return confidence;
    }

    public void setConfidence(double confidence) {
        this.confidence = confidence;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public String getModelVersion() {
        return modelVersion;
    }

    public void setModelVersion(String modelVersion) {
        this.modelVersion = modelVersion;
    }

    public String getInputs() {
        return inputs;
    }

    public void setInputs(String inputs) {
        this.inputs = inputs;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    public Long getDecidedAt() {
        return decidedAt;
    }

    public void setDecidedAt(Long decidedAt) {
        this.decidedAt = decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getAppliedAt() {
        return appliedAt;
    }

    public void setAppliedAt(Long appliedAt) {
        this.appliedAt = appliedAt;
    }

    public String getError() {
        return error;
    }

    public void setError(String error) {
        this.error = error;
    }

    public Long getSuppressedUntil() {
        return suppressedUntil;
    }

    public void setSuppressedUntil(Long suppressedUntil) {
        this.suppressedUntil = suppressedUntil;
    }
}
