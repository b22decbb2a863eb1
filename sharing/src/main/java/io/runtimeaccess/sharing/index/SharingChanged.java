package io.runtimeaccess.sharing.index;

import org.infinispan.protostream.annotations.ProtoFactory;
import org.infinispan.protostream.annotations.ProtoField;
import org.keycloak.cluster.ClusterEvent;

/**
 * Sent through Keycloak's cluster provider when a realm's sharing configuration changed, so every other
 * node drops its index of that realm and loads it again on the next check; or when the realm was removed, so every
 * node forgets its index (and its use marks) instead of keeping it until a restart. A change made by a user's
 * identity-provider group sync names the user, so every other node syncs that user again at its next login or check
 * instead of trusting what it last synced (it would keep a membership the other node added once the identity provider
 * stops sending the group).
 */
public final class SharingChanged implements ClusterEvent {

    private final String realmId;
    private final boolean removed;
    private final String groupsSyncedUserId;

    @ProtoFactory
    public SharingChanged(String realmId, boolean removed, String groupsSyncedUserId) {
        this.realmId = realmId;
        this.removed = removed;
        // ProtoStream reads an absent string as empty: none, as from a node of the previous version
        this.groupsSyncedUserId = groupsSyncedUserId == null || groupsSyncedUserId.isEmpty() ? null
                : groupsSyncedUserId;
    }

    @ProtoField(1)
    public String getRealmId() {
        return realmId;
    }

    /** Field 2, false when absent: a node of the previous version sends only changes. */
    @ProtoField(value = 2, defaultValue = "false")
    public boolean isRemoved() {
        return removed;
    }

    /** Field 3: the user whose identity-provider memberships the change synced, or null (and from an older node). */
    @ProtoField(3)
    public String getGroupsSyncedUserId() {
        return groupsSyncedUserId;
    }

    @Override
    public String toString() {
        return "SharingChanged[realmId=" + realmId + ", removed=" + removed + ", groupsSyncedUserId="
                + groupsSyncedUserId + "]";
    }
}
