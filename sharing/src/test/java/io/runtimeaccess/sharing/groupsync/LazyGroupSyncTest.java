package io.runtimeaccess.sharing.groupsync;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.sharing.index.AccessIndexes;
import io.runtimeaccess.sharing.index.SharingChanged;
import java.util.List;
import org.junit.jupiter.api.Test;

class LazyGroupSyncTest {

    /**
     * More users than a node remembers: it forgets some, not everyone. Forgetting everyone at once made every active
     * user of a large realm sync again (a transaction that reads every group) at the next check, over and over.
     */
    @Test
    void aFullMemoryForgetsSomeUsersNotEveryone() {
        SyncedState state = new SyncedState(List.of("Claims"), 1L, List.of());
        int users = LazyGroupSync.MAX_USERS + 1_000;
        for (int i = 0; i < users; i++) {
            LazyGroupSync.remember("user-" + i, state);
            if (i % 1_000 == 0) {
                // a user who checks all the time stays remembered
                LazyGroupSync.remembered("frequent");
                LazyGroupSync.remember("frequent", state);
            }
        }
        int kept = 0;
        for (int i = 0; i < users; i++) {
            kept += LazyGroupSync.remembered("user-" + i) == null ? 0 : 1;
        }
        assertTrue(kept > LazyGroupSync.MAX_USERS * 9 / 10, "the node still remembers about as many as it may: " + kept);
        assertNotNull(LazyGroupSync.remembered("frequent"));
    }

    /** A user another node synced is synced again here: what this node synced may be missing that node's change. */
    @Test
    void anotherNodesSyncOfAUserForgetsWhatThisNodeSynced() {
        LazyGroupSync.remember("listed-none", new SyncedState(List.of(), 1L, List.of()));
        LazyGroupSync.remember("other", new SyncedState(List.of(), 1L, List.of()));
        assertTrue(LazyGroupSync.syncedToNoGroupsAlready("listed-none"), "a login would skip the sync");
        AccessIndexes.changedElsewhere(new SharingChanged("realm", false, "listed-none"));
        assertNull(LazyGroupSync.remembered("listed-none"));
        assertFalse(LazyGroupSync.syncedToNoGroupsAlready("listed-none"), "the next login syncs");
        assertNotNull(LazyGroupSync.remembered("other"));
    }
}
