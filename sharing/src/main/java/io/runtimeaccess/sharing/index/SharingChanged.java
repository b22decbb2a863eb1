package io.runtimeaccess.sharing.index;

import org.infinispan.protostream.annotations.ProtoFactory;
import org.infinispan.protostream.annotations.ProtoField;
import org.keycloak.cluster.ClusterEvent;

/**
 * Sent through Keycloak's cluster provider when a realm's sharing configuration changed, so every other
 * node drops its index of that realm and loads it again on the next check; or when the realm was removed, so every
 * node forgets its index (and its use marks) instead of keeping it until a restart.
 */
public final class SharingChanged implements ClusterEvent {

    private final String realmId;
    private final boolean removed;

    @ProtoFactory
    public SharingChanged(String realmId, boolean removed) {
        this.realmId = realmId;
        this.removed = removed;
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

    @Override
    public String toString() {
        return "SharingChanged[realmId=" + realmId + ", removed=" + removed + "]";
    }
}
