package io.runtimeaccess.tickets.sink;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A realm's ticket sink. {@code token} is the secret (or a {@code ${vault.*}} reference): only the courier reads it,
 * and no view, log line or {@link #toString()} shows it.
 */
@Entity
@Table(name = "RA_TICKET_SINK")
@NamedQueries({
        @NamedQuery(name = "TicketSink.realms", query = "select s.realmId from SinkEntity s order by s.realmId"),
        @NamedQuery(name = "TicketSink.deleteRealm", query = "delete from SinkEntity s where s.realmId = :realmId")
})
public class SinkEntity {

    @Id
    @Column(name = "REALM_ID", length = 36)
    private String realmId;

    @Column(name = "FLAVOUR", length = 16, nullable = false)
    private String flavour;

    @Column(name = "BASE_URL", length = 1024, nullable = false)
    private String baseUrl;

    @Column(name = "PROJECT_KEY", length = 64, nullable = false)
    private String projectKey;

    @Column(name = "ISSUE_TYPE", length = 255, nullable = false)
    private String issueType;

    @Column(name = "EMAIL", length = 512)
    private String email;

    @Column(name = "FIELD_MAPPING", length = 4000, nullable = false)
    private String fieldMapping;

    @Column(name = "SOURCES", length = 255, nullable = false)
    private String sources;

    @Column(name = "TOKEN", length = 1024, nullable = false)
    private String token;

    @Column(name = "REFUSED", nullable = false)
    private long refused;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

    /** Since when the sink takes findings; null on a sink saved before this was kept (then its creation). */
    @Column(name = "FINDINGS_SINCE")
    private Long findingsSince;

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }

    public String getFlavour() {
        return flavour;
    }

    public void setFlavour(String flavour) {
        this.flavour = flavour;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getProjectKey() {
        return projectKey;
    }

    public void setProjectKey(String projectKey) {
        this.projectKey = projectKey;
    }

    public String getIssueType() {
        return issueType;
    }

    public void setIssueType(String issueType) {
        this.issueType = issueType;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFieldMapping() {
        return fieldMapping;
    }

    public void setFieldMapping(String fieldMapping) {
        this.fieldMapping = fieldMapping;
    }

    public String getSources() {
        return sources;
    }

    public void setSources(String sources) {
        this.sources = sources;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public long getRefused() {
        return refused;
    }

    public void setRefused(long refused) {
        this.refused = refused;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    public long getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(long updatedAt) {
        this.updatedAt = updatedAt;
    }

    public Long getFindingsSince() {
        return findingsSince;
    }

    public void setFindingsSince(Long findingsSince) {
        this.findingsSince = findingsSince;
    }
}
