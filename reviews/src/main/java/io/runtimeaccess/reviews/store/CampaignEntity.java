package io.runtimeaccess.reviews.store;

import io.runtimeaccess.sharing.store.RealmScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * An access-review campaign: its rules as the admin defined them (scope, reviewers, clock, default decision,
 * auto-apply, recurrence), its state and the times the background job acts on ({@code remindAt}, {@code deadline},
 * {@code nextStartAt}). {@code fallback} holds the fallback reviewers as the admin named them, one per line.
 */
@Entity
@Table(name = "RA_REV_CAMPAIGN")
@NamedQuery(name = "ReviewCampaign.byRealm", query = "select c from CampaignEntity c where c.realmId = :realmId"
        + " order by c.startedAt desc, c.id")
@NamedQuery(name = "ReviewCampaign.due", query = "select c.id from CampaignEntity c where (c.state = 'OPEN'"
        + " and (c.deadline <= :now or (c.remindAt <= :now and c.remindedAt is null)))"
        + " or (c.state = 'CLOSED' and c.nextStartAt <= :now) order by c.deadline, c.id")
public class CampaignEntity extends RealmScopedEntity {

    @Column(name = "NAME", length = 255, nullable = false)
    private String name;
    @Column(name = "SCOPE_TYPE", length = 32, nullable = false)
    private String scopeType;
    @Column(name = "SCOPE_ID", length = 255)
    private String scopeId;
    @Column(name = "SCOPE_DAYS")
    private Integer scopeDays;
    @Column(name = "REVIEWER_TYPE", length = 16, nullable = false)
    private String reviewerType;
    @Column(name = "REVIEWER_VALUE", length = 255)
    private String reviewerValue;
    @Column(name = "FALLBACK", length = 4000)
    private String fallback;
    @Column(name = "DURATION", length = 32, nullable = false)
    private String duration;
    @Column(name = "REMINDER_BEFORE", length = 32)
    private String reminderBefore;
    @Column(name = "DEFAULT_DECISION", length = 16, nullable = false)
    private String defaultDecision;
    @Column(name = "AUTO_APPLY", nullable = false)
    private boolean autoApply;
    @Column(name = "RECURRENCE", length = 32)
    private String recurrence;
    @Column(name = "STATE", length = 16, nullable = false)
    private String state;
    @Column(name = "CREATED_BY", length = 255)
    private String createdBy;
    @Column(name = "STARTED_AT", nullable = false)
    private long startedAt;
    @Column(name = "DEADLINE", nullable = false)
    private long deadline;
    @Column(name = "REMIND_AT")
    private Long remindAt;
    @Column(name = "REMINDED_AT")
    private Long remindedAt;
    @Column(name = "CLOSED_AT")
    private Long closedAt;
    @Column(name = "CLOSED_BY", length = 255)
    private String closedBy;
    @Column(name = "NEXT_START_AT")
    private Long nextStartAt;
    @Column(name = "PREVIOUS_ID", length = 36)
    private String previousId;
    @Column(name = "ITEM_COUNT", nullable = false)
    private int itemCount;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getScopeType() { return scopeType; }
    public void setScopeType(String scopeType) { this.scopeType = scopeType; }
    public String getScopeId() { return scopeId; }
    public void setScopeId(String scopeId) { this.scopeId = scopeId; }
    public Integer getScopeDays() { return scopeDays; }
    public void setScopeDays(Integer scopeDays) { this.scopeDays = scopeDays; }
    public String getReviewerType() { return reviewerType; }
    public void setReviewerType(String reviewerType) { this.reviewerType = reviewerType; }
    public String getReviewerValue() { return reviewerValue; }
    public void setReviewerValue(String reviewerValue) { this.reviewerValue = reviewerValue; }
    public String getFallback() { return fallback; }
    public void setFallback(String fallback) { this.fallback = fallback; }
    public String getDuration() { return duration; }
    public void setDuration(String duration) { this.duration = duration; }
    public String getReminderBefore() { return reminderBefore; }
    public void setReminderBefore(String reminderBefore) { this.reminderBefore = reminderBefore; }
    public String getDefaultDecision() { return defaultDecision; }
    public void setDefaultDecision(String defaultDecision) { this.defaultDecision = defaultDecision; }
    public boolean isAutoApply() { return autoApply; }
    public void setAutoApply(boolean autoApply) { this.autoApply = autoApply; }
    public String getRecurrence() { return recurrence; }
    public void setRecurrence(String recurrence) { this.recurrence = recurrence; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public long getStartedAt() { return startedAt; }
    public void setStartedAt(long startedAt) { this.startedAt = startedAt; }
    public long getDeadline() { return deadline; }
    public void setDeadline(long deadline) { this.deadline = deadline; }
    public Long getRemindAt() { return remindAt; }
    public void setRemindAt(Long remindAt) { this.remindAt = remindAt; }
    public Long getRemindedAt() { return remindedAt; }
    public void setRemindedAt(Long remindedAt) { this.remindedAt = remindedAt; }
    public Long getClosedAt() { return closedAt; }
    public void setClosedAt(Long closedAt) { this.closedAt = closedAt; }
    public String getClosedBy() { return closedBy; }
    public void setClosedBy(String closedBy) { this.closedBy = closedBy; }
    public Long getNextStartAt() { return nextStartAt; }
    public void setNextStartAt(Long nextStartAt) { this.nextStartAt = nextStartAt; }
    public String getPreviousId() { return previousId; }
    public void setPreviousId(String previousId) { this.previousId = previousId; }
    public int getItemCount() { return itemCount; }
    public void setItemCount(int itemCount) { this.itemCount = itemCount; }
}
