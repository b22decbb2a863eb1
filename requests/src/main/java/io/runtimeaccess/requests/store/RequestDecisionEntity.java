package io.runtimeaccess.requests.store;

import io.runtimeaccess.sharing.store.RealmScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One approver's approval or rejection of a request, with the approver's comment. */
@Entity
@Table(name = "RA_REQ_DECISION")
@NamedQuery(name = "RequestDecision.byRequest", query = "select d from RequestDecisionEntity d"
        + " where d.requestId = :requestId order by d.decidedAt, d.id")
@NamedQuery(name = "RequestDecision.byRequests", query = "select d from RequestDecisionEntity d"
        + " where d.requestId in :requestIds order by d.decidedAt, d.id")
public class RequestDecisionEntity extends RealmScopedEntity {

    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";

    @Column(name = "REQUEST_ID", length = 36, nullable = false)
    private String requestId;
    @Column(name = "APPROVER_ID", length = 255, nullable = false)
    private String approverId;
    @Column(name = "OUTCOME", length = 16, nullable = false)
    private String outcome;
    @Column(name = "NOTE", length = 1000)
    private String note;
    @Column(name = "DECIDED_AT", nullable = false)
    private long decidedAt;

    public String getRequestId() { return requestId; }
    public void setRequestId(String requestId) { this.requestId = requestId; }
    public String getApproverId() { return approverId; }
    public void setApproverId(String approverId) { this.approverId = approverId; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public long getDecidedAt() { return decidedAt; }
    public void setDecidedAt(long decidedAt) { this.decidedAt = decidedAt; }
}
