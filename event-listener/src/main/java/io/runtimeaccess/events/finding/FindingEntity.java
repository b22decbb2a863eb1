package io.runtimeaccess.events.finding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A stored finding: one incident (a spray from one source, a sign-in anomaly of one user, ...) with the
 * scorer's strongest assessment of it (score, severity, reasons with evidence as JSON), the events it
 * covers, and what people and the server did about it. Later events of the same open incident update it
 * rather than raise a new finding each.
 *
 * <p>Updates write only the columns that changed: the scorer adding an event to the incident and an admin
 * acknowledging or dismissing it touch different columns, so neither writes back the other's older values when both
 * commit at once (there is no version column to refuse the later one instead).
 */
@Entity
@DynamicUpdate
@Table(name = "RA_FINDING")
public class FindingEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    /** 255 as in Keycloak's own tables: ids of user-storage users ({@code f:<component>:<id>}) are longer than 36. */
    @Column(name = "USER_ID", length = 255)
    private String userId;

    @Column(name = "USERNAME")
    private String username;

    @Column(name = "INCIDENT_KEY", nullable = false)
    private String incidentKey;

    @Column(name = "EVENT_ID", length = 64, nullable = false)
    private String eventId;

    @Column(name = "EVENT_COUNT", nullable = false)
    private int eventCount;

    @Column(name = "FIRST_EVENT_TIME", nullable = false)
    private long firstEventTime;

    @Column(name = "EVENT_TIME", nullable = false)
    private long eventTime;

    @Column(name = "SCORE", nullable = false)
    private int score;

    @Column(name = "SEVERITY", length = 16, nullable = false)
    private String severity;

    @Column(name = "DETECTION", length = 64, nullable = false)
    private String detection;

    /** Plain text, not {@code @Lob} (which would be a large object on PostgreSQL): see {@link ScorerStateEntity}. */
    @Column(name = "REASONS", nullable = false)
    private String reasons;

    @Column(name = "COVERED_EVENTS", nullable = false)
    private String coveredEvents;

    @Column(name = "MODEL_VERSION", length = 32, nullable = false)
    private String modelVersion;

    @Column(name = "STATUS", length = 16, nullable = false)
    private String status;

    @Column(name = "STATUS_BY", length = 255)
    private String statusBy;

    @Column(name = "STATUS_AT")
    private Long statusAt;

    @Column(name = "RESPONSE", length = 64)
    private String response;

    /** When the finding's user was deleted (the user id and username were then dropped), or null. */
    @Column(name = "USER_REMOVED_AT")
    private Long userRemovedAt;

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

    public String getIncidentKey() {
        return incidentKey;
    }

    public void setIncidentKey(String incidentKey) {
        this.incidentKey = incidentKey;
    }

    public int getEventCount() {
        return eventCount;
    }

    public void setEventCount(int eventCount) {
        this.eventCount = eventCount;
    }

    public long getFirstEventTime() {
        return firstEventTime;
    }

    public void setFirstEventTime(long firstEventTime) {
        this.firstEventTime = firstEventTime;
    }

    public String getEventId() {
        return eventId;
    }

    public void setEventId(String eventId) {
        this.eventId = eventId;
    }

    public long getEventTime() {
        return eventTime;
    }

    public void setEventTime(long eventTime) {
        this.eventTime = eventTime;
    }

    public int getScore() {
        return score;
    }

    public void setScore(int score) {
        this.score = score;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public String getDetection() {
        return detection;
    }

    public void setDetection(String detection) {
        this.detection = detection;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public String getCoveredEvents() {
        return coveredEvents;
    }

    public void setCoveredEvents(String coveredEvents) {
        this.coveredEvents = coveredEvents;
    }

    public String getModelVersion() {
        return modelVersion;
    }

    public void setModelVersion(String modelVersion) {
        this.modelVersion = modelVersion;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getStatusBy() {
        return statusBy;
    }

    public void setStatusBy(String statusBy) {
        this.statusBy = statusBy;
    }

    public Long getStatusAt() {
        return statusAt;
    }

    public void setStatusAt(Long statusAt) {
        this.statusAt = statusAt;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }

    public Long getUserRemovedAt() {
        return userRemovedAt;
    }

    public void setUserRemovedAt(Long userRemovedAt) {
        this.userRemovedAt = userRemovedAt;
    }
}
