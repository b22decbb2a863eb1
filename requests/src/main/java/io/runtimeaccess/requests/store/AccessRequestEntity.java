package io.runtimeaccess.requests.store;

import io.runtimeaccess.sharing.store.RealmScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A user's request for an item. The item's kind, scope and target are copied at request time, so what an approval
 * gives and what expiry removes do not change when an admin edits the item afterwards.
 */
@Entity
@Table(name = "RA_REQ_REQUEST")
@NamedQuery(name = "AccessRequest.byRequester", query = "select r from AccessRequestEntity r where r.realmId = :realmId"
        + " and r.requesterId = :requesterId order by r.createdAt desc, r.id")
@NamedQuery(name = "AccessRequest.createdSince", query = "select count(r), min(r.createdAt) from AccessRequestEntity r"
        + " where r.realmId = :realmId and r.requesterId = :requesterId and r.createdAt > :since")
@NamedQuery(name = "AccessRequest.byStatus", query = "select r from AccessRequestEntity r where r.realmId = :realmId"
        + " and r.status = :status order by r.createdAt desc, r.id")
@NamedQuery(name = "AccessRequest.byRealm", query = "select r from AccessRequestEntity r where r.realmId = :realmId"
        + " order by r.createdAt desc, r.id")
@NamedQuery(name = "AccessRequest.openForItem", query = "select r from AccessRequestEntity r"
        + " where r.itemId = :itemId and r.status in ('PENDING', 'ACTIVE')")
@NamedQuery(name = "AccessRequest.pendingForItem", query = "select r from AccessRequestEntity r"
        + " where r.itemId = :itemId and r.status = 'PENDING'")
@NamedQuery(name = "AccessRequest.openOfUser", query = "select r from AccessRequestEntity r where r.realmId = :realmId"
        + " and r.requesterId = :requesterId and r.status in ('PENDING', 'ACTIVE') order by r.createdAt desc, r.id")
@NamedQuery(name = "AccessRequest.openOfRequester", query = "select r from AccessRequestEntity r"
        + " where r.itemId = :itemId and r.requesterId = :requesterId and r.status in ('PENDING', 'ACTIVE')")
@NamedQuery(name = "AccessRequest.expired", query = "select r from AccessRequestEntity r where r.status = 'ACTIVE'"
        + " and r.expiresAt <= :now order by r.expiresAt, r.id")
@NamedQuery(name = "AccessRequest.expiredAfter", query = "select r from AccessRequestEntity r where r.status = 'ACTIVE'"
        + " and r.expiresAt <= :now and (r.expiresAt > :afterAt or (r.expiresAt = :afterAt and r.id > :afterId))"
        + " order by r.expiresAt, r.id")
@NamedQuery(name = "AccessRequest.activeForTarget", query = "select r from AccessRequestEntity r"
        + " where r.realmId = :realmId and r.requesterId = :requesterId and r.kind = :kind and r.target = :target"
        + " and r.status = 'ACTIVE' order by r.createdAt desc, r.id")
public class AccessRequestEntity extends RealmScopedEntity {

    @Column(name = "ITEM_ID", length = 36, nullable = false)
    private String itemId;
    @Column(name = "KIND", length = 16, nullable = false)
    private String kind;
    @Column(name = "SCOPE_ID", length = 255)
    private String scopeId;
    @Column(name = "TARGET", length = 255, nullable = false)
    private String target;
    @Column(name = "REQUESTER_ID", length = 255, nullable = false)
    private String requesterId;
    @Column(name = "STATUS", length = 16, nullable = false)
    private String status;
    @Column(name = "DURATION_SECONDS", nullable = false)
    private long durationSeconds;
    @Column(name = "JUSTIFICATION", length = 1000)
    private String justification;
    @Column(name = "TICKET", length = 64)
    private String ticket;
    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;
    @Column(name = "DECIDED_AT")
    private Long decidedAt;
    @Column(name = "EXPIRES_AT")
    private Long expiresAt;
    @Column(name = "ENDED_AT")
    private Long endedAt;
    @Column(name = "GRANT_ID", length = 36)
    private String grantId;

    public String getItemId() { return itemId; }
    public void setItemId(String itemId) { this.itemId = itemId; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getScopeId() { return scopeId; }
    public void setScopeId(String scopeId) { this.scopeId = scopeId; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public String getRequesterId() { return requesterId; }
    public void setRequesterId(String requesterId) { this.requesterId = requesterId; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public long getDurationSeconds() { return durationSeconds; }
    public void setDurationSeconds(long durationSeconds) { this.durationSeconds = durationSeconds; }
    public String getJustification() { return justification; }
    public void setJustification(String justification) { this.justification = justification; }
    public String getTicket() { return ticket; }
    public void setTicket(String ticket) { this.ticket = ticket; }
    public long getCreatedAt() { return createdAt; }
    public void setCreatedAt(long createdAt) { this.createdAt = createdAt; }
    public Long getDecidedAt() { return decidedAt; }
    public void setDecidedAt(Long decidedAt) { this.decidedAt = decidedAt; }
    public Long getExpiresAt() { return expiresAt; }
    public void setExpiresAt(Long expiresAt) { this.expiresAt = expiresAt; }
    public Long getEndedAt() { return endedAt; }
    public void setEndedAt(Long endedAt) { this.endedAt = endedAt; }
    public String getGrantId() { return grantId; }
    public void setGrantId(String grantId) { this.grantId = grantId; }
}
