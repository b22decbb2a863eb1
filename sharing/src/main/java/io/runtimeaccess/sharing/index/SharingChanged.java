package io.runtimeaccess.sharing.index;

import org.infinispan.protostream.annotations.ProtoFactory;
import org.infinispan.protostream.annotations.ProtoField;
import org.keycloak.cluster.ClusterEvent;

/**
 * Sent through Keycloak's cluster provider when a realm's sharing configuration changed, so every other
 * node drops its index of that realm and loads it again on the next check.
 */
public final class SharingChanged implements ClusterEvent {

    private final String realmId;

    @ProtoFactory
    public SharingChanged(String realmId) {
        this.realmId = realmId;
    }

    @ProtoField(1)
    public String getRealmId() {
        return realmId;
    }

    @Override
    public String toString() {
        return "SharingChanged[realmId=" + realmId + "]";
    }
}
