package io.runtimeaccess.events.finding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A realm's learned scorer state (Base64 of the scorer's snapshot), so a restart does not forget what
 * normal looks like. Text rather than a binary column: one type that behaves the same on H2,
 * PostgreSQL and MariaDB. Not {@code @Lob}: on PostgreSQL that stores a large object per save and leaves
 * the previous one behind; a plain string column is read and written as the text itself everywhere.
 */
@Entity
@Table(name = "RA_SCORER_STATE")
public class ScorerStateEntity {

    @Id
    @Column(name = "REALM_ID", length = 36)
    private String realmId;

    @Column(name = "MODEL_VERSION", length = 32, nullable = false)
    private String modelVersion;

    @Column(name = "SNAPSHOT", nullable = false)
    private String snapshot;

    @Column(name = "SAVED_AT", nullable = false)
    private long savedAt;

    /** A snapshot this version could not read, kept when a fresh state was saved over it; never read back. */
    @Column(name = "UNREADABLE_SNAPSHOT")
    private String unreadableSnapshot;

    @Column(name = "UNREADABLE_SINCE")
    private Long unreadableSince;

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }

    public String getModelVersion() {
        return modelVersion;
    }

    public void setModelVersion(String modelVersion) {
        this.modelVersion = modelVersion;
    }

    public String getSnapshot() {
        return snapshot;
    }

    public void setSnapshot(String snapshot) {
        this.snapshot = snapshot;
    }

    public long getSavedAt() {
        return savedAt;
    }

    public void setSavedAt(long savedAt) {
        this.savedAt = savedAt;
    }

    public String getUnreadableSnapshot() {
        return unreadableSnapshot;
    }

    public void setUnreadableSnapshot(String unreadableSnapshot) {
        this.unreadableSnapshot = unreadableSnapshot;
    }

    public Long getUnreadableSince() {
        return unreadableSince;
    }

    public void setUnreadableSince(Long unreadableSince) {
        this.unreadableSince = unreadableSince;
    }
}
