package io.runtimeaccess.governance.settingsstore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One realm's access-intelligence settings, one row per realm. Kept in a table of their own rather than in
 * realm attributes, which anyone with view-realm reads and a realm export carries along. Lists are stored as
 * JSON text, mapped as plain strings (not {@code @Lob}, which would be a large object on PostgreSQL).
 */
@Entity
@Table(name = "RA_GOV_SETTINGS")
public class SettingsEntity {

    @Id
    @Column(name = "REALM_ID", length = 36)
    private String realmId;

    @Column(name = "MODE", length = 32, nullable = false)
    private String mode;

    @Column(name = "AUTO_APPLY", nullable = false)
    private String autoApply;

    @Column(name = "DORMANT_DAYS", nullable = false)
    private int dormantDays;

    @Column(name = "UNUSED_DAYS", nullable = false)
    private int unusedDays;

    @Column(name = "PEER_ATTRIBUTES", nullable = false)
    private String peerAttributes;

    @Column(name = "PRIVILEGED_ITEMS", nullable = false)
    private String privilegedItems;

    @Column(name = "REJECTION_SUPPRESSION_DAYS", nullable = false)
    private int rejectionSuppressionDays;

    @Column(name = "MIN_CONFIDENCE", nullable = false)
    private double minConfidence;

    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

    @Column(name = "UPDATED_BY", length = 255)
    private String updatedBy;

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getAutoApply() {
        return autoApply;
    }

    public void setAutoApply(String autoApply) {
        this.autoApply = autoApply;
    }

    public int getDormantDays() {
        return dormantDays;
    }

    public void setDormantDays(int dormantDays) {
        this.dormantDays = dormantDays;
    }

    public int getUnusedDays() {
        return unusedDays;
    }

    public void setUnusedDays(int unusedDays) {
        this.unusedDays = unusedDays;
    }

    public String getPeerAttributes() {
        return peerAttributes;
    }

    public void setPeerAttributes(String peerAttributes) {
        this.peerAttributes = peerAttributes;
    }

    public String getPrivilegedItems() {
        return privilegedItems;
    }

    public void setPrivilegedItems(String privilegedItems) {
        this.privilegedItems = privilegedItems;
    }

    public int getRejectionSuppressionDays() {
        return rejectionSuppressionDays;
    }

    public void setRejectionSuppressionDays(int rejectionSuppressionDays) {
        this.rejectionSuppressionDays = rejectionSuppressionDays;
    }

    public double getMinConfidence() {
        return minConfidence;
    }

    public void setMinConfidence(double minConfidence) {
        this.minConfidence = minConfidence;
    }

    public long getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(long updatedAt) {
        this.updatedAt = updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public void setUpdatedBy(String updatedBy) {
        this.updatedBy = updatedBy;
    }
}
