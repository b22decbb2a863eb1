package io.runtimeaccess.tickets.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One ticket: the outbox entry while {@link TicketState#PENDING} (attempts, when the next is due, the last error),
 * then the link from its source to the Jira issue and the issue's polled status. {@code payload} is the ticket's
 * text and facts as JSON, kept until delivered (then emptied: {@link TicketPayload#DELIVERED}); a plain string, not
 * {@code @Lob}, which would leave a large object per row on PostgreSQL. Tickets of a realm without a sink (removed)
 * are neither delivered nor polled, until one is configured again; an open ticket is polled only on the site it was
 * opened on ({@code siteUrl}), so a sink moved to another Jira never asks it about the old site's keys.
 * {@code resolvedAt} is when polling last found the issue resolved (or, for a gone ticket, when it went): for a while
 * after it the ticket is still polled, now and then, in case the issue is reopened or shown again.
 */
@Entity
@Table(name = "RA_TICKET")
@NamedQueries({
        @NamedQuery(name = "Ticket.bySource", query = "select t from TicketEntity t where t.realmId = :realmId and t.sourceKind = :kind and t.sourceId in :ids"),
        @NamedQuery(name = "Ticket.byRealm", query = "select t from TicketEntity t where t.realmId = :realmId order by t.createdAt desc, t.id"),
        @NamedQuery(name = "Ticket.byRealmState", query = "select t from TicketEntity t where t.realmId = :realmId and t.state = :state order by t.createdAt desc, t.id"),
        @NamedQuery(name = "Ticket.countState", query = "select count(t) from TicketEntity t where t.realmId = :realmId and t.state = :state"),
        @NamedQuery(name = "Ticket.due", query = "select t.id from TicketEntity t where t.realmId = :realmId and t.state = :state and t.nextAt <= :now order by t.nextAt, t.id"),
        @NamedQuery(name = "Ticket.toPoll", query = "select t.id from TicketEntity t where t.realmId = :realmId and t.state = :state and (t.polledAt is null or t.polledAt <= :before) and exists (select s.realmId from SinkEntity s where s.realmId = t.realmId and s.baseUrl = t.siteUrl) order by t.polledAt, t.id"),
        @NamedQuery(name = "Ticket.toRepoll", query = "select t.id from TicketEntity t where t.realmId = :realmId and t.state in :states and t.resolvedAt >= :since and (t.polledAt is null or t.polledAt <= :before) and exists (select s.realmId from SinkEntity s where s.realmId = t.realmId and s.baseUrl = t.siteUrl) order by t.polledAt, t.id"),
        @NamedQuery(name = "Ticket.claim", query = "update TicketEntity t set t.nextAt = :lease, t.attempts = t.attempts + 1 where t.id = :id and t.state = :state and t.nextAt <= :now"),
        @NamedQuery(name = "Ticket.deleteRealm", query = "delete from TicketEntity t where t.realmId = :realmId")
})
public class TicketEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "SOURCE_KIND", length = 32, nullable = false)
    private String sourceKind;

    @Column(name = "SOURCE_ID", length = 255, nullable = false)
    private String sourceId;

    @Column(name = "SUMMARY", length = 255, nullable = false)
    private String summary;

    @Column(name = "PAYLOAD", nullable = false)
    private String payload;

    @Column(name = "STATE", length = 16, nullable = false)
    private String state;

    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    @Column(name = "NEXT_AT", nullable = false)
    private long nextAt;

    @Column(name = "LAST_ERROR", length = 1024)
    private String lastError;

    @Column(name = "ISSUE_KEY", length = 100)
    private String issueKey;

    @Column(name = "SITE_URL", length = 1024)
    private String siteUrl;

    @Column(name = "STATUS_NAME", length = 64)
    private String statusName;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "DELIVERED_AT")
    private Long deliveredAt;

    @Column(name = "POLLED_AT")
    private Long polledAt;

    @Column(name = "RESOLVED_AT")
    private Long resolvedAt;

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

    public String getSourceKind() {
        return sourceKind;
    }

    public void setSourceKind(String sourceKind) {
        this.sourceKind = sourceKind;
    }

    public String getSourceId() {
        return sourceId;
    }

    public void setSourceId(String sourceId) {
        this.sourceId = sourceId;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getPayload() {
        return payload;
    }

    public void setPayload(String payload) {
        this.payload = payload;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public int getAttempts() {
        return attempts;
    }

    public void setAttempts(int attempts) {
        this.attempts = attempts;
    }

    public long getNextAt() {
        return nextAt;
    }

    public void setNextAt(long nextAt) {
        this.nextAt = nextAt;
    }

    public String getLastError() {
        return lastError;
    }

    public void setLastError(String lastError) {
        this.lastError = lastError;
    }

    public String getIssueKey() {
        return issueKey;
    }

    public void setIssueKey(String issueKey) {
        this.issueKey = issueKey;
    }

    public String getSiteUrl() {
        return siteUrl;
    }

    public void setSiteUrl(String siteUrl) {
        this.siteUrl = siteUrl;
    }

    public String getStatusName() {
        return statusName;
    }

    public void setStatusName(String statusName) {
        this.statusName = statusName;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    public Long getDeliveredAt() {
        return deliveredAt;
    }

    public void setDeliveredAt(Long deliveredAt) {
        this.deliveredAt = deliveredAt;
    }

    public Long getPolledAt() {
        return polledAt;
    }

    public void setPolledAt(Long polledAt) {
        this.polledAt = polledAt;
    }

    public Long getResolvedAt() {
        return resolvedAt;
    }

    public void setResolvedAt(Long resolvedAt) {
        this.resolvedAt = resolvedAt;
    }
}
