package io.runtimeaccess.governance.snapshot;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.access.UserRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The node keeps a bounded number of users' records, however many realms a nightly run reads. */
class SnapshotCacheTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @AfterEach
    void forget() {
        List.of("a", "b", "c", "old").forEach(SnapshotCache::forget);
    }

    private static AccessSnapshot snapshot(String realmId, int users, Instant takenAt) {
        return new AccessSnapshot(realmId, takenAt, IntStream.range(0, users).mapToObj(i -> new UserRecord(
                realmId + i, realmId + i, Map.of(), true, Set.of(), false, false, null, null, false, 0, 0, List.of()))
                .toList());
    }

    @Test
    void theLeastRecentlyUsedRealmsGoPastTheBound() {
        int half = SnapshotCache.MAX_USERS / 2;
        SnapshotCache.put(snapshot("a", half, NOW));
        SnapshotCache.put(snapshot("b", half, NOW));
        assertNotNull(SnapshotCache.cached("a", NOW), "both fit; a is now the most recently used");
        SnapshotCache.put(snapshot("c", 10, NOW));
        assertNull(SnapshotCache.cached("b", NOW), "b was used least recently");
        assertNotNull(SnapshotCache.cached("a", NOW));
        assertNotNull(SnapshotCache.cached("c", NOW));
    }

    @Test
    void aRealmLargerThanTheBoundStaysAlone() {
        SnapshotCache.put(snapshot("a", 10, NOW));
        SnapshotCache.put(snapshot("b", SnapshotCache.MAX_USERS + 1, NOW));
        assertNotNull(SnapshotCache.cached("b", NOW), "the latest stays whatever its size");
        assertNull(SnapshotCache.cached("a", NOW));
    }

    @Test
    void aSnapshotPastItsAgeIsDropped() {
        SnapshotCache.put(snapshot("old", 10, NOW.minus(SnapshotCache.MAX_AGE).minusSeconds(1)));
        assertNull(SnapshotCache.cached("old", NOW));
    }
}
