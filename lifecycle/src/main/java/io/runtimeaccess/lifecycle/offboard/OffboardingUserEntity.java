package io.runtimeaccess.lifecycle.offboard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One user of an offboarding plan: what the dry run found ({@code planned}, JSON), the step's state
 * ({@link io.runtimeaccess.lifecycle.plan.UserStep}) and what apply removed ({@code applied}, JSON). The JSON columns
 * are plain strings, not {@code @Lob}, which would leave a large object per row on PostgreSQL.
 */
@Entity
@Table(name = "RA_LC_PLAN_USER")
@NamedQueries({
        @NamedQuery(name = "LcPlanUser.byPlan", query = "select u from OffboardingUserEntity u where u.planId = :planId order by u.position"),
        @NamedQuery(name = "LcPlanUser.statesOf", query = "select u.planId, u.state, count(u) from OffboardingUserEntity u where u.planId in :planIds group by u.planId, u.state"),
        @NamedQuery(name = "LcPlanUser.openUserIds", query = "select u.userId from OffboardingUserEntity u where u.planId = :planId and u.realmId = :realmId and u.state in ('PENDING', 'FAILED')"),
        @NamedQuery(name = "LcPlanUser.openIds", query = "select u.id from OffboardingUserEntity u where u.planId = :planId and u.state in ('PENDING', 'FAILED') order by u.position"),
        @NamedQuery(name = "LcPlanUser.claim", query = "update OffboardingUserEntity u set u.state = 'DONE' where u.id = :id and u.state in ('PENDING', 'FAILED')"),
        @NamedQuery(name = "LcPlanUser.markFailed", query = "update OffboardingUserEntity u set u.state = 'FAILED', u.error = :error where u.id = :id and u.state in ('PENDING', 'FAILED')"),
        @NamedQuery(name = "LcPlanUser.deleteRealm", query = "delete from OffboardingUserEntity u where u.realmId = :realmId")
})
public class OffboardingUserEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "PLAN_ID", length = 36, nullable = false)
    private String planId;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "SEQ_NO", nullable = false)
    private int position;

    @Column(name = "USER_ID", length = 255, nullable = false)
    private String userId;

    @Column(name = "USERNAME", length = 255, nullable = false)
    private String username;

    @Column(name = "STATE", length = 16, nullable = false)
    private String state;

    @Column(name = "PLANNED", nullable = false)
    private String planned;

    @Column(name = "APPLIED")
    private String applied;

    @Column(name = "ERROR", length = 1024)
    private String error;

    @Column(name = "DONE_AT")
    private Long doneAt;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPlanId() {
        return planId;
    }

    public void setPlanId(String planId) {
        this.planId = planId;
    }

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
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

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getPlanned() {
        return planned;
    }

    public void setPlanned(String planned) {
        this.planned = planned;
    }

    public String getApplied() {
        return applied;
    }

    public void setApplied(String applied) {
        this.applied = applied;
    }

    public String getError() {
        return error;
    }

    public void setError(String error) {
        this.error = error;
    }

    public Long getDoneAt() {
        return doneAt;
    }

    public void setDoneAt(Long doneAt) {
        this.doneAt = doneAt;
    }
}
