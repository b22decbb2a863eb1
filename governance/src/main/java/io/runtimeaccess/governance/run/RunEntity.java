package io.runtimeaccess.governance.run;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One analysis run of a realm: what started it, when, how it ended and what it found ({@code counts}, JSON:
 * users, seconds, created, duplicates, suppressed, autoApplied, byCategory, and error for a failed run).
 */
@Entity
@Table(name = "RA_GOV_RUN")
public class RunEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "TRIGGER_NAME", length = 16, nullable = false)
    private String trigger;

    @Column(name = "STARTED_AT", nullable = false)
    private long startedAt;

    @Column(name = "FINISHED_AT")
    private Long finishedAt;

    @Column(name = "STATUS", length = 16, nullable = false)
    private String status;

    /** Plain text, not {@code @Lob} (which would leave a large object behind per row on PostgreSQL). */
    @Column(name = "COUNTS", nullable = false)
    private String counts;

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

    public String getTrigger() {
        return trigger;
    }

    public void setTrigger(String trigger) {
        this.trigger = trigger;
    }

    public long getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(long startedAt) {
        this.startedAt = startedAt;
    }

    public Long getFinishedAt() {
        return finishedAt;
    }

    public void setFinishedAt(Long finishedAt) {
        this.finishedAt = finishedAt;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getCounts() {
        return counts;
    }

    public void setCounts(String counts) {
        this.counts = counts;
    }
}
