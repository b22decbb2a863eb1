package io.runtimeaccess.sharing.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A user's membership of an end-user group and where it came from: added by an admin, synced from
 * the identity provider, or an approved access request until it expires. Sync and expiry only ever touch the
 * rows they made.
 */
@Entity
@Table(name = "RA_GROUP_MEMBER")
@NamedQuery(name = "GroupMember.byGroup",
        query = "select m from GroupMemberEntity m where m.groupId = :groupId order by m.addedAt, m.id")
@NamedQuery(name = "GroupMember.byGroupAndUser",
        query = "select m from GroupMemberEntity m where m.groupId = :groupId and m.userId = :userId")
@NamedQuery(name = "GroupMember.byRealm", query = "select m from GroupMemberEntity m where m.realmId = :realmId")
@NamedQuery(name = "GroupMember.byUser", query = "select m from GroupMemberEntity m where m.realmId = :realmId"
        + " and m.userId = :userId")
@NamedQuery(name = "GroupMember.byUserAndSource", query = "select m from GroupMemberEntity m where m.realmId = :realmId"
        + " and m.userId = :userId and m.source = :source")
public class GroupMemberEntity extends RealmScopedEntity {

    public static final String ADMIN = "ADMIN";
    public static final String IDENTITY_PROVIDER = "IDENTITY_PROVIDER";
    public static final String REQUEST = "REQUEST";

    @Column(name = "GROUP_ID", length = 36, nullable = false)
    private String groupId;

    @Column(name = "USER_ID", length = 255, nullable = false)
    private String userId;

    @Column(name = "SOURCE", length = 32, nullable = false)
    private String source;

    @Column(name = "ADDED_AT", nullable = false)
    private long addedAt;

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public long getAddedAt() {
        return addedAt;
    }

    public void setAddedAt(long addedAt) {
        this.addedAt = addedAt;
    }
}
