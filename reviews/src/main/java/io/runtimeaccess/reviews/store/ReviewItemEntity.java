package io.runtimeaccess.reviews.store;

import io.runtimeaccess.sharing.store.RealmScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One reviewed piece of access in a campaign: the user, the access (governance's key, a label, what a revocation
 * removes in {@code ref}, and how the user holds it in {@code source}), its last use, the suggestion, the reviewers
 * (ids, one per line), the decision with who made it, when and why, and what was applied at close. Rows are written
 * in batches by {@link ReviewStore#insertItems}, so the columns here and there must agree.
 */
@Entity
@Table(name = "RA_REV_ITEM")
@NamedQuery(name = "ReviewItem.byCampaign", query = "select i from ReviewItemEntity i"
        + " where i.campaignId = :campaignId order by i.username, i.accessKey, i.id")
@NamedQuery(name = "ReviewItem.toApply", query = "select i from ReviewItemEntity i"
        + " where i.campaignId = :campaignId and i.decision = 'REVOKE' and i.applied is null order by i.id")
public class ReviewItemEntity extends RealmScopedEntity {

    static final int LABEL_LENGTH = 600;
    static final int SOURCE_LENGTH = 300;
    static final int USERNAME_LENGTH = 255;
    static final int SUGGESTION_WHY_LENGTH = 1024;
    /** The longest {@code REF}; a longer role key is stored as {@link #ROLE_ID_REF} and the role's id. */
    public static final int REF_LENGTH = 255;
    public static final String ROLE_ID_REF = "role-id:";

    @Column(name = "CAMPAIGN_ID", length = 36, nullable = false)
    private String campaignId;
    @Column(name = "USER_ID", length = 255, nullable = false)
    private String userId;
    @Column(name = "USERNAME", length = 255)
    private String username;
    @Column(name = "ACCESS_TYPE", length = 16, nullable = false)
    private String accessType;
    @Column(name = "ACCESS_KEY", length = 600, nullable = false)
    private String accessKey;
    @Column(name = "LABEL", length = 600)
    private String label;
    @Column(name = "REF", length = 255, nullable = false)
    private String ref;
    @Column(name = "SOURCE", length = 300)
    private String source;
    @Column(name = "LAST_USED")
    private Long lastUsed;
    @Column(name = "SUGGESTION", length = 16)
    private String suggestion;
    @Column(name = "SUGGESTION_WHY", length = 1024)
    private String suggestionWhy;
    @Column(name = "REVIEWERS", length = 4000)
    private String reviewers;
    @Column(name = "DECISION", length = 16)
    private String decision;
    @Column(name = "DECIDED_BY", length = 255)
    private String decidedBy;
    @Column(name = "DECIDED_AT")
    private Long decidedAt;
    @Column(name = "JUSTIFICATION", length = 1000)
    private String justification;
    @Column(name = "APPLIED", length = 255)
    private String applied;
    @Column(name = "APPLIED_AT")
    private Long appliedAt;

    public String getCampaignId() { return campaignId; }
    public void setCampaignId(String campaignId) { this.campaignId = campaignId; }
    public String getUserId() { return userId; }
    public void setUserId(String userId) { this.userId = userId; }
    public String getUsername() { return username; }
    /** Cut like the label: an end-user group's item shows {@code group:} and a name of up to 255 characters. */
    public void setUsername(String username) { this.username = cut(username, USERNAME_LENGTH); }
    public String getAccessType() { return accessType; }
    public void setAccessType(String accessType) { this.accessType = accessType; }
    public String getAccessKey() { return accessKey; }
    public void setAccessKey(String accessKey) { this.accessKey = accessKey; }
    public String getLabel() { return label; }
    /** Cut to the column with an ellipsis: a label is for people (a group's full path can be longer). */
    public void setLabel(String label) { this.label = cut(label, LABEL_LENGTH); }
    public String getRef() { return ref; }
    public void setRef(String ref) { this.ref = ref; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = cut(source, SOURCE_LENGTH); }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "\u2026";
    }
    public Long getLastUsed() { return lastUsed; }
    public void setLastUsed(Long lastUsed) { this.lastUsed = lastUsed; }
    public String getSuggestion() { return suggestion; }
    public void setSuggestion(String suggestion) { this.suggestion = suggestion; }
    public String getSuggestionWhy() { return suggestionWhy; }
    /** Cut: a proposal's justification with the suggested action after it can pass the column. */
    public void setSuggestionWhy(String suggestionWhy) {
        this.suggestionWhy = cut(suggestionWhy, SUGGESTION_WHY_LENGTH);
    }
    public String getReviewers() { return reviewers; }
    public void setReviewers(String reviewers) { this.reviewers = reviewers; }
    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public String getDecidedBy() { return decidedBy; }
    public void setDecidedBy(String decidedBy) { this.decidedBy = decidedBy; }
    public Long getDecidedAt() { return decidedAt; }
    public void setDecidedAt(Long decidedAt) { this.decidedAt = decidedAt; }
    public String getJustification() { return justification; }
    public void setJustification(String justification) { this.justification = justification; }
    public String getApplied() { return applied; }
    public void setApplied(String applied) { this.applied = applied; }
    public Long getAppliedAt() { return appliedAt; }
    public void setAppliedAt(Long appliedAt) { this.appliedAt = appliedAt; }
}
