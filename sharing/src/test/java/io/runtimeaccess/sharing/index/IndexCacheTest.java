package io.runtimeaccess.sharing.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.runtimeaccess.sharing.check.AccessIndex;
import io.runtimeaccess.sharing.grant.EndUserGroup;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IndexCacheTest {

    private long now;
    private final IndexCache cache = new IndexCache(1_000L, () -> now);
    private final AtomicInteger loads = new AtomicInteger();

    private AccessIndex load() {
        loads.incrementAndGet();
        return AccessIndex.empty();
    }

    private static AccessIndex withGroups(String... idAndName) {
        List<EndUserGroup> groups = new java.util.ArrayList<>();
        for (int i = 0; i < idAndName.length; i += 2) {
            groups.add(new EndUserGroup(idAndName[i], idAndName[i + 1], false, Set.of()));
        }
        return AccessIndex.build(List.of(), groups, List.of());
    }

    @Test
    void anIndexIsLoadedOnceAndServedFromMemory() {
        AccessIndex first = cache.get("r", this::load);
        assertSame(first, cache.get("r", this::load));
        assertEquals(1, loads.get());
    }

    @Test
    void aLoadThatRacedWithAChangeIsNotCached() {
        AccessIndex stale = cache.get("r", () -> {
            cache.drop("r");
            return load();
        });
        AccessIndex fresh = cache.get("r", this::load);
        assertNotSame(stale, fresh, "the load that a change overtook was served once, never cached");
        assertSame(fresh, cache.get("r", this::load));
        assertEquals(2, loads.get());
    }

    @Test
    void aDropForcesAReload() {
        AccessIndex first = cache.get("r", this::load);
        cache.drop("r");
        assertNotSame(first, cache.get("r", this::load));
        assertEquals(2, loads.get());
    }

    @Test
    void anIndexOlderThanTheMaximumAgeIsLoadedAgain() {
        AccessIndex first = cache.get("r", this::load);
        now += 999;
        assertSame(first, cache.get("r", this::load));
        now += 1;
        assertNotSame(first, cache.get("r", this::load));
        assertEquals(2, loads.get());
    }

    @Test
    void theGroupNamesVersionSurvivesReloadsThatKeepTheNames() {
        long version = cache.get("r", () -> withGroups("g1", "A", "g2", "B")).groupNamesVersion();
        cache.drop("r");
        assertEquals(version, cache.get("r", () -> withGroups("g2", "B", "g1", "A")).groupNamesVersion());
        cache.drop("r");
        long swapped = cache.get("r", () -> withGroups("g1", "B", "g2", "A")).groupNamesVersion();
        assertNotEquals(version, swapped);
        assertEquals(swapped, cache.peek("r").groupNamesVersion());
        cache.retire("r");
        assertEquals(null, cache.peek("r"), "a removed realm's index is not kept, not even as a predecessor");
    }

    @Test
    void aLoadThatRacedWithARealmsRemovalIsNotCached() {
        for (boolean loadedBefore : new boolean[] {false, true}) {
            String realm = "r" + loadedBefore;
            if (loadedBefore) {
                cache.get(realm, this::load);
                cache.drop(realm);
            }
            AccessIndex stale = cache.get(realm, () -> {
                cache.retire(realm);
                return load();
            });
            assertEquals(null, cache.peek(realm), "the removed realm's load was served once, never cached");
            assertNotSame(stale, cache.get(realm, this::load));
        }
    }

    @Test
    void checksArrivingDuringALoadWaitForItInsteadOfLoadingAgain() throws Exception {
        java.util.concurrent.CountDownLatch loading = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.Future<AccessIndex> first = pool.submit(() -> cache.get("r",
                    () -> loadOnceReleased(loading, release)));
            loading.await();
            List<java.util.concurrent.Future<AccessIndex>> waiting = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                waiting.add(pool.submit(() -> cache.get("r", this::load)));
            }
            Thread.sleep(50);
            release.countDown();
            AccessIndex loaded = first.get();
            for (java.util.concurrent.Future<AccessIndex> other : waiting) {
                assertSame(loaded, other.get(), "a check that came during the load got its index");
            }
            assertEquals(1, loads.get(), "one load for all four checks");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedLoadFailsItsWaitersWithItsOwnExceptionAndTheNextCheckLoadsAgain() {
        IllegalStateException down = new IllegalStateException("database down");
        IllegalStateException thrown = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> cache.get("r", () -> {
                    throw down;
                }));
        assertSame(down, thrown);
        assertNotEquals(null, cache.get("r", this::load));
        assertEquals(1, loads.get());
    }

    /**
     * An index only aged (no change dropped it) whose reload fails keeps answering its realm's checks until a retry,
     * rather than every check failing while the database is down; a change still makes the checks wait for a load.
     */
    @Test
    void anAgedIndexAnswersWhileItsReloadFailsUntilARetry() {
        AccessIndex first = cache.get("r", this::load);
        now += 1_000;
        assertSame(first, cache.get("r", () -> {
            throw new IllegalStateException("database down");
        }));
        now += 49;
        assertSame(first, cache.get("r", this::load), "no new attempt before the retry");
        assertEquals(1, loads.get());
        now += 1;
        AccessIndex reloaded = cache.get("r", this::load);
        assertNotSame(first, reloaded, "the retry loads");
        cache.drop("r");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> cache.get("r", () -> {
            throw new IllegalStateException("database down");
        }), "a dropped index is never served");
    }

    /** While an aged index is reloaded, the checks that arrive are answered from it instead of waiting. */
    @Test
    void checksDuringAnAgedIndexsReloadAreAnsweredFromIt() throws Exception {
        AccessIndex first = cache.get("r", this::load);
        now += 1_000;
        java.util.concurrent.CountDownLatch loading = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<AccessIndex> reload = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> cache.get("r", () -> loadOnceReleased(loading, release)));
        loading.await();
        java.util.concurrent.CompletableFuture<AccessIndex> meanwhile = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> cache.get("r", this::load));
        try {
            assertSame(first, meanwhile.get(5, java.util.concurrent.TimeUnit.SECONDS),
                    "answered at once from the aged index");
        } finally {
            release.countDown();
        }
        assertNotSame(first, reload.get());
        assertSame(reload.get(), cache.get("r", this::load));
        assertEquals(2, loads.get());
    }

    /** A load that says it started, then waits until the test releases it. */
    private AccessIndex loadOnceReleased(java.util.concurrent.CountDownLatch loading,
            java.util.concurrent.CountDownLatch release) {
        loading.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return load();
    }
}
