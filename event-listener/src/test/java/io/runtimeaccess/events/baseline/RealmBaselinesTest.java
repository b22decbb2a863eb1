package io.runtimeaccess.events.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.runtimeaccess.anomaly.AnomalyScorer;
import io.runtimeaccess.anomaly.ScorerSettings;
import io.runtimeaccess.anomaly.StateBudget;
import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.event.UserEventType;
import io.runtimeaccess.anomaly.observation.NetworkLocation;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A learned state that could not be read is never saved over; one that cannot be decoded is kept aside. */
class RealmBaselinesTest {

    private static final String REALM = "realm-1";

    private final FakeStore store = new FakeStore();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private long now = 1_000_000_000L;
    private final RealmBaselines baselines = new RealmBaselines(store, RealmBaselinesTest::scorer, RealmBaselinesTest::scorer, () -> now,
            registry);

    private static AnomalyScorer scorer() {
        return new AnomalyScorer(ScorerSettings.defaults(), ip -> NetworkLocation.UNKNOWN);
    }

    /** The state of a realm that knows two users. */
    private static String learned() {
        AnomalyScorer scorer = scorer();
        for (String user : List.of("alice", "bob")) {
            scorer.assess(new UserEvent("e-" + user, 86_400_000L, REALM, user, user, UserEventType.LOGIN, "192.0.2.1",
                    "agent", "s-" + user, null));
        }
        return Base64.getEncoder().encodeToString(scorer.snapshot());
    }

    @Test
    void aStateThatCouldNotBeReadIsNeverSavedOverAndIsReadAgainLater() {
        String good = learned();
        store.rows.put(REALM, good);
        store.readFails = true;

        AnomalyScorer meanwhile = (AnomalyScorer) baselines.of(REALM);
        assertEquals(0, meanwhile.activeUsers(), "scoring goes on with a fresh state");
        baselines.saveAll();
        assertEquals(List.of(), store.saves, "a state that was not read is not overwritten");
        assertEquals(1.0, registry.get("runtime.access.scorer.state.load.failures").counter().count());

        store.readFails = false;
        assertSame(meanwhile, baselines.of(REALM), "no new read before the retry delay");
        now += RealmBaselines.FIRST_RETRY_NANOS;
        AnomalyScorer restored = (AnomalyScorer) baselines.of(REALM);
        assertEquals(2, restored.activeUsers(), "the stored state is read once the database answers");
        baselines.saveAll();
        assertEquals(1, store.saves.size());
        assertNull(store.saves.get(0)[1], "nothing to keep aside");
    }

    @Test
    void readRetriesBackOff() {
        store.readFails = true;
        baselines.of(REALM);
        now += RealmBaselines.FIRST_RETRY_NANOS;
        baselines.of(REALM);
        assertEquals(2, store.reads);
        now += RealmBaselines.FIRST_RETRY_NANOS;
        baselines.of(REALM);
        assertEquals(2, store.reads, "the second retry waits twice as long");
        now += RealmBaselines.FIRST_RETRY_NANOS;
        baselines.of(REALM);
        assertEquals(3, store.reads);
    }

    @Test
    void anUndecodableStateStartsFreshAndIsKeptAsideOnTheFirstSave() {
        store.rows.put(REALM, "not a snapshot at all");

        AnomalyScorer scorer = (AnomalyScorer) baselines.of(REALM);
        assertEquals(0, scorer.activeUsers());
        assertEquals(1.0, registry.get("runtime.access.scorer.state.unreadable").counter().count());
        baselines.saveAll();
        baselines.of(REALM); // another event
        baselines.saveAll();

        assertEquals(2, store.saves.size(), "a fresh state is saved");
        assertEquals("not a snapshot at all", store.saves.get(0)[1], "the unreadable one is kept aside");
        assertNull(store.saves.get(1)[1], "once");
        assertEquals(1, store.reads, "a snapshot that was read is not read again");
    }

    @Test
    void aFailedSaveIsCountedAndTriedAgain() {
        store.rows.put(REALM, learned());
        baselines.of(REALM);
        store.writeFails = true;
        baselines.saveAll();
        assertEquals(1.0, registry.get("runtime.access.scorer.state.save.failures").counter().count());
        store.writeFails = false;
        baselines.saveAll();
        assertEquals(1, store.saves.size());
    }

    @Test
    void aDeletedUserIsForgottenEvenWhenTheStateIsReadLater() {
        store.rows.put(REALM, learned());
        store.readFails = true;
        baselines.forgetUser(REALM, "alice", false);
        store.readFails = false;
        now += RealmBaselines.FIRST_RETRY_NANOS;
        AnomalyScorer restored = (AnomalyScorer) baselines.of(REALM);
        assertEquals(1, restored.activeUsers(), "bob stays, alice is gone");

        baselines.forgetUser(REALM, "bob", false);
        assertEquals(0, restored.activeUsers());
    }

    @Test
    void aMasterRealmUserIsForgottenInEveryLoadedRealm() {
        store.rows.put(REALM, learned());
        AnomalyScorer other = (AnomalyScorer) baselines.of(REALM);
        baselines.forgetUser("master", "alice", true);
        assertEquals(1, other.activeUsers());
        assertEquals(2, store.reads, "the master realm's own state is read to forget the user there too");
        baselines.saveAll();
        assertEquals(List.of(REALM), store.saves.stream().map(save -> save[2]).toList(),
                "a realm without a stored state does not get one from a removal");
    }

    /** A master admin removed while another realm's state could not be read is not brought back by that read. */
    @Test
    void aMasterRealmUserIsForgottenInARealmWhoseStateIsReadLater() {
        store.rows.put(REALM, learned());
        store.readFails = true;
        AnomalyScorer meanwhile = (AnomalyScorer) baselines.of(REALM);
        baselines.forgetUser("master", "alice", true);
        assertEquals(0, meanwhile.activeUsers());
        store.readFails = false;
        now += RealmBaselines.FIRST_RETRY_NANOS;
        AnomalyScorer restored = (AnomalyScorer) baselines.of(REALM);
        assertEquals(1, restored.activeUsers(), "bob stays, alice is gone");
    }

    /** A master admin removed while another realm's stored state is not loaded on this node yet. */
    @Test
    void aMasterRealmUserIsForgottenInARealmNotLoadedYet() {
        store.rows.put(REALM, learned());
        baselines.forgetUser("master", "alice", true);
        AnomalyScorer saved = scorer();
        saved.restore(Base64.getDecoder().decode(store.rows.get(REALM)));
        assertEquals(1, saved.activeUsers(), "the stored state lost alice, bob stays");
        assertEquals(1, store.saves.size(), "saved once");
        baselines.saveAll();
        assertEquals(1, store.saves.size(), "and not kept: this node does not save over another node's learning");
        assertEquals(1, ((AnomalyScorer) baselines.of(REALM)).activeUsers());
    }

    /**
     * Forgetting a master admin in a realm not loaded reads that realm's state outside the node's shared budget: read
     * within it, a full budget cut the state to a fair share (and evicted the live realms' users) before it was saved.
     */
    @Test
    void aStateReadToForgetAUserIsNotCutByTheSharedBudget() {
        StateBudget budget = new StateBudget(6, 100, 100);
        RealmBaselines shared = new RealmBaselines(store,
                () -> new AnomalyScorer(ScorerSettings.defaults(), ip -> NetworkLocation.UNKNOWN, budget),
                RealmBaselinesTest::scorer, () -> now, registry);
        AnomalyScorer live = (AnomalyScorer) shared.of("live-realm");
        for (int u = 0; u < 6; u++) {
            live.assess(new UserEvent("l-" + u, 86_400_000L, "live-realm", "l" + u, "l" + u, UserEventType.LOGIN,
                    "192.0.2.1", "agent", "ls-" + u, null));
        }
        AnomalyScorer stored = scorer();
        for (int u = 0; u < 6; u++) {
            stored.assess(new UserEvent("s-" + u, 86_400_000L, REALM, "s" + u, "s" + u, UserEventType.LOGIN,
                    "192.0.2.2", "agent", "ss-" + u, null));
        }
        store.rows.put(REALM, Base64.getEncoder().encodeToString(stored.snapshot()));

        shared.forgetUser("master", "s0", true);

        AnomalyScorer saved = scorer();
        saved.restore(Base64.getDecoder().decode(store.rows.get(REALM)));
        assertEquals(5, saved.activeUsers(), "only the forgotten user went");
        assertEquals(6, live.activeUsers(), "the live realm kept its users");
    }

    /** A stored state this node cannot decode is not overwritten by forgetting a user in it. */
    @Test
    void anUndecodableStateIsLeftAsItIsWhenAMasterUserIsForgotten() {
        store.rows.put(REALM, "not a snapshot");
        baselines.forgetUser("master", "alice", true);
        assertEquals("not a snapshot", store.rows.get(REALM));
        assertEquals(List.of(), store.saves);
    }

    /**
     * An event of a removed realm can come after the removal (a request in flight, an event queued before it): it
     * must not bring the realm's scorer back, to be held and saved for a realm that is gone.
     */
    @Test
    void anEventOfARemovedRealmBringsNoScorerBackAndNothingIsSavedForIt() {
        store.rows.put(REALM, learned());
        AnomalyScorer before = (AnomalyScorer) baselines.of(REALM);
        removeRealm();
        baselines.forget(REALM);

        AnomalyScorer late = (AnomalyScorer) baselines.of(REALM);
        assertNotSame(before, late, "the removed realm's learned state is gone");
        late.assess(new UserEvent("late", 86_400_000L, REALM, "alice", "alice", UserEventType.LOGIN, "192.0.2.1",
                "agent", "s-late", null));
        assertNotSame(late, baselines.of(REALM), "a late event learns nothing that stays");
        baselines.saveAll();
        assertEquals(List.of(), store.saves, "nothing is saved for a removed realm");
    }

    /** Realm ids are reused: a realm imported again with a removed realm's id is scored and saved as any other. */
    @Test
    void aRealmCreatedAgainWithARemovedRealmsIdIsScoredAgain() {
        removeRealm();
        baselines.of(REALM);
        store.gone.remove(REALM);

        AnomalyScorer again = (AnomalyScorer) baselines.of(REALM);
        assertSame(again, baselines.of(REALM), "its scorer is kept");
        baselines.saveAll();
        assertEquals(List.of(REALM), store.saves.stream().map(save -> save[2]).toList());
    }

    /** Another node removed the realm (Keycloak tells only that node): the first save here lets its scorer go. */
    @Test
    void aRealmRemovedElsewhereIsLetGoAtTheNextSave() {
        store.rows.put(REALM, learned());
        AnomalyScorer held = (AnomalyScorer) baselines.of(REALM);
        removeRealm();
        baselines.saveAll();
        assertEquals(List.of(), store.saves, "its state is not brought back");
        assertNotSame(held, baselines.of(REALM), "and no longer held");
        assertEquals(2, store.reads);
    }

    /**
     * In a cluster, another node may save the realm's state after this node's last save: a node that scored nothing
     * since must not write its older copy over it.
     */
    @Test
    void aRealmThatScoredNothingSinceItsLastSaveIsNotSavedAgain() {
        store.rows.put(REALM, learned());
        baselines.of(REALM);
        baselines.saveAll();
        store.rows.put(REALM, "saved by another node since");

        baselines.saveAll();
        assertEquals(1, store.saves.size());
        assertEquals("saved by another node since", store.rows.get(REALM));

        baselines.of(REALM);
        baselines.saveAll();
        assertEquals(2, store.saves.size(), "what it scores next is saved");
    }

    /** An idle realm removed on another node is let go at the next save too, though nothing of it is saved. */
    @Test
    void anIdleRealmRemovedElsewhereIsLetGoAtTheNextSave() {
        store.rows.put(REALM, learned());
        AnomalyScorer held = (AnomalyScorer) baselines.of(REALM);
        baselines.saveAll();
        removeRealm();

        baselines.saveAll();
        assertEquals(1, store.saves.size());
        assertNotSame(held, baselines.of(REALM), "no longer held");
    }

    private void removeRealm() {
        store.rows.remove(REALM);
        store.gone.add(REALM);
    }

    private static final class FakeStore implements StateStore {
        final Map<String, String> rows = new HashMap<>();
        final Set<String> gone = new HashSet<>();
        final List<String[]> saves = new ArrayList<>();
        boolean readFails;
        boolean writeFails;
        int reads;

        @Override
        public Stored load(String realmId) {
            reads++;
            if (readFails) {
                throw new IllegalStateException("connection refused");
            }
            return gone.contains(realmId) ? Stored.GONE : Stored.of(rows.get(realmId));
        }

        @Override
        public boolean save(String realmId, String snapshot, String unreadable) {
            if (writeFails) {
                throw new IllegalStateException("connection refused");
            }
            if (gone.contains(realmId)) {
                return false;
            }
            saves.add(new String[] {snapshot, unreadable, realmId});
            rows.put(realmId, snapshot);
            return true;
        }

        @Override
        public boolean realmExists(String realmId) {
            return !gone.contains(realmId);
        }

        @Override
        public List<String> storedRealms() {
            if (readFails) {
                throw new IllegalStateException("connection refused");
            }
            return List.copyOf(rows.keySet());
        }
    }
}
