package io.runtimeaccess.governance.riskstore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A user's last computed risk: one row per user, replaced by each computation. */
@Entity
@Table(name = "RA_GOV_USER_RISK")
@NamedQuery(name = "UserRisk.byUser",
        query = "select r from UserRiskEntity r where r.realmId = :realmId and r.userId = :userId")
@NamedQuery(name = "UserRisk.byRealm", query = "select r from UserRiskEntity r where r.realmId = :realmId")
@NamedQuery(name = "UserRisk.ranked", query = "select r from UserRiskEntity r where r.realmId = :realmId"
        + " and r.score >= :min order by r.score desc, r.userId")
@NamedQuery(name = "UserRisk.deleteUser",
        query = "delete from UserRiskEntity r where r.realmId = :realmId and r.userId = :userId")
@NamedQuery(name = "UserRisk.deleteRealm", query = "delete from UserRiskEntity r where r.realmId = :realmId")
public class UserRiskEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    /** 255 as in Keycloak's own tables: ids of user-storage users are longer than 36. */
    @Column(name = "USER_ID", length = 255, nullable = false)
    private String userId;

    @Column(name = "SCORE", nullable = false)
    private int score;

    @Column(name = "RISK_LEVEL", length = 16, nullable = false)
    private String level;

    /** JSON list of reasons; plain text, not {@code @Lob} (a large object on PostgreSQL, leaked on each update). */
    @Column(name = "REASONS", nullable = false)
    private String reasons;

    @Column(name = "COMPUTED_AT", nullable = false)
    private long computedAt;

    @Column(name = "MODEL_VERSION", length = 32, nullable = false)
    private String modelVersion;

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

    public int getScore() {
        return score;
    }

    public void setScore(int score) {
        this.score = score;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public long getComputedAt() {
        return computedAt;
    }

    public void setComputedAt(long computedAt) {
        this.computedAt = computedAt;
    }

    public String getModelVersion() {
        return modelVersion;
    }

    public void setModelVersion(String modelVersion) {
        this.modelVersion = modelVersion;
    }
}
