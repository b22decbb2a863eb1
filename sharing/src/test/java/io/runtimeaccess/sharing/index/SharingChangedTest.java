package io.runtimeaccess.sharing.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.sharing.check.AccessIndex;
import java.util.ArrayList;
import java.util.List;
import org.infinispan.protostream.ProtobufUtil;
import org.infinispan.protostream.SerializationContext;
import org.junit.jupiter.api.Test;

class SharingChangedTest {

    /**
     * The event crosses the cluster as Keycloak marshals it, with the schema the build generates: a realm's removal
     * must arrive as a removal, or the other nodes keep its whole index (and its use marks) until a restart.
     */
    @Test
    void aRemovalCrossesTheClusterAsARemoval() throws Exception {
        SerializationContext context = ProtobufUtil.newSerializationContext();
        SharingClusterSchema schema = new SharingClusterSchemaImpl();
        schema.registerSchema(context);
        schema.registerMarshallers(context);
        for (boolean removed : new boolean[] {true, false}) {
            byte[] sent = ProtobufUtil.toWrappedByteArray(context, new SharingChanged("realm-1", removed, null));
            SharingChanged received = (SharingChanged) ProtobufUtil.fromWrappedByteArray(context, sent);
            assertEquals("realm-1", received.getRealmId());
            assertEquals(removed, received.isRemoved());
            assertNull(received.getGroupsSyncedUserId());
        }
        byte[] sent = ProtobufUtil.toWrappedByteArray(context, new SharingChanged("realm-1", false, "user-1"));
        assertEquals("user-1", ((SharingChanged) ProtobufUtil.fromWrappedByteArray(context, sent))
                .getGroupsSyncedUserId());
    }

    /** Another node's group sync of a user reaches whoever remembers what this node synced of that user. */
    @Test
    void anotherNodesGroupSyncNamesItsUser() {
        List<String> told = new ArrayList<>();
        java.util.function.Consumer<String> before = AccessIndexes.whenGroupsSyncedElsewhere(told::add);
        try {
            AccessIndexes.changedElsewhere(new SharingChanged("realm-2", false, null));
            AccessIndexes.changedElsewhere(new SharingChanged("realm-2", false, "user-2"));
            assertEquals(List.of("user-2"), told);
        } finally {
            AccessIndexes.whenGroupsSyncedElsewhere(before);
        }
    }

    @Test
    void aRemovalForgetsTheIndexAChangeKeepsItAsThePredecessor() {
        IndexCache cache = new IndexCache(1_000L, () -> 0L);
        AccessIndex loaded = cache.get("r", AccessIndex::empty);
        cache.changed("r", false);
        assertNotNull(cache.peek("r"), "a change keeps the index for its use marks");
        assertTrue(cache.peek("r") == loaded);
        cache.changed("r", true);
        assertNull(cache.peek("r"), "a removed realm's index is forgotten");
        boolean[] visited = {false};
        cache.forEachLatest((realmId, index) -> visited[0] = true);
        assertFalse(visited[0], "and no flush walks it");
    }
}
