package io.runtimeaccess.events.baseline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.runtimeaccess.anomaly.AnomalyScorer;
import io.runtimeaccess.anomaly.EventScorer;
import io.runtimeaccess.anomaly.ScorerSettings;
import io.runtimeaccess.anomaly.StateBudget;
import io.runtimeaccess.anomaly.network.IpLocator;
import io.runtimeaccess.events.pipeline.RealmScorers;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Each realm's scorer with what it has learned about normal: restored from {@code RA_SCORER_STATE} on
 * the realm's first event after a start, saved back periodically and at shutdown when it scored something since
 * its last save. In a cluster each node learns from the events it receives and, of the nodes scoring a realm, the
 * last to save wins.
 *
 * <p>A good state is never overwritten by mistake. When the state cannot be <em>read</em> (the database
 * is down), the realm is scored with a fresh state meanwhile, that state is never saved, and reading is
 * retried with a growing delay. When the state is read but cannot be <em>decoded</em> (corrupt, or from a
 * newer version), learning starts again, and the first save keeps the unreadable snapshot aside.
 */
public final class RealmBaselines implements RealmScorers {

    private static final Logger LOG = Logger.getLogger(RealmBaselines.class);
    static final long FIRST_RETRY_NANOS = TimeUnit.SECONDS.toNanos(5);
    static final long LAST_RETRY_NANOS = TimeUnit.MINUTES.toNanos(5);

    private final StateStore store;
    private final Supplier<AnomalyScorer> fresh;
    /**
     * For a stored state read only to be changed and saved back (a master-realm user forgotten in a realm not
     * loaded): outside the node's shared budget, which would cut the state down to a fair share, and evict live
     * realms' profiles, before it is saved.
     */
    private final Supplier<AnomalyScorer> standalone;
    private final LongSupplier nanoClock;
    private final Map<String, Baseline> baselines = new HashMap<>();
    private final Counter loadFailures;
    private final Counter unreadable;
    private final Counter saveFailures;

    /** {@code budget}: the process-wide caps every realm's scorer shares, so memory does not grow with the realm count. */
    public RealmBaselines(KeycloakSessionFactory factory, IpLocator locator, ScorerSettings settings,
            StateBudget budget) {
        this(new JpaStateStore(factory), () -> new AnomalyScorer(settings, locator, budget),
                () -> new AnomalyScorer(settings, locator), System::nanoTime, Metrics.globalRegistry);
    }

    RealmBaselines(StateStore store, Supplier<AnomalyScorer> fresh, Supplier<AnomalyScorer> standalone,
            LongSupplier nanoClock, MeterRegistry registry) {
        this.store = store;
        this.fresh = fresh;
        this.standalone = standalone;
        this.nanoClock = nanoClock;
        this.loadFailures = Counter.builder("runtime.access.scorer.state.load.failures")
                .description("Reads of a realm's learned state that failed (retried later)").register(registry);
        this.unreadable = Counter.builder("runtime.access.scorer.state.unreadable")
                .description("Learned states read but not decodable (kept aside; learning started again)")
                .register(registry);
        this.saveFailures = Counter.builder("runtime.access.scorer.state.save.failures")
                .description("Saves of a realm's learned state that failed (retried at the next save)")
                .register(registry);
    }

    /** The realm's scorer, for an event or a dismissal: what it learns is saved at the next save. */
    @Override
    public EventScorer of(String realmId) {
        Baseline baseline = baseline(realmId);
        baseline.changed = true;
        return baseline.scorer;
    }

    private Baseline baseline(String realmId) {
        Baseline baseline = baselines.get(realmId);
        if (baseline == null) {
            baseline = new Baseline(fresh.get());
            if (load(realmId, baseline, fresh) != Read.REALM_GONE) {
                baselines.put(realmId, baseline);
            }
            // else an event of a removed realm that came after the removal (a request in flight, an event queued
            // before it, another node's): scored on a throwaway state, so the realm's scorer is not kept again
        } else if (baseline.unread && nanoClock.getAsLong() - baseline.retryAt >= 0) {
            load(realmId, baseline, fresh);
        }
        return baseline;
    }

    /** What reading a realm's stored state found. */
    private enum Read {
        /** Nothing is stored: what is learned from now on is all there is. */
        NOTHING,
        /** A stored state, or one that may be there (it could not be read, or not decoded). */
        STATE,
        /** The realm no longer exists. */
        REALM_GONE
    }

    private Read load(String realmId, Baseline baseline, Supplier<AnomalyScorer> make) {
        StateStore.Stored stored;
        try {
            stored = store.load(realmId);
        } catch (RuntimeException e) {
            long delay = baseline.readFailed(nanoClock.getAsLong());
            loadFailures.increment();
            LOG.warnf("Realm %s: could not read the anomaly scorer's learned state (%s); scoring with a fresh state "
                    + "meanwhile, which is never saved over it; reading again in %d s", realmId, e.getMessage(),
                    TimeUnit.NANOSECONDS.toSeconds(delay));
            return Read.STATE;
        }
        baseline.unread = false;
        baseline.failures = 0;
        if (stored.realmGone()) {
            return Read.REALM_GONE;
        }
        String saved = stored.snapshot();
        if (saved == null) {
            return Read.NOTHING; // nothing stored yet: what was learned meanwhile is all there is
        }
        AnomalyScorer restored = make.get();
        try {
            restored.restore(Base64.getDecoder().decode(saved));
        } catch (RuntimeException e) {
            baseline.unreadableSnapshot = saved;
            unreadable.increment();
            LOG.warnf("Realm %s: the anomaly scorer's learned state cannot be decoded (%s); learning starts again and "
                    + "the unreadable state is kept in RA_SCORER_STATE.UNREADABLE_SNAPSHOT", realmId, e.getMessage());
            return Read.STATE;
        }
        baseline.forgotten.forEach(userId -> restored.forgetUser(realmId, userId));
        baseline.forgotten.clear();
        baseline.scorer = restored;
        return Read.STATE;
    }

    /**
     * Saves the learned state of every realm that scored something since its last save, except the states not read
     * yet (a save would overwrite them). A realm that scored nothing here is not written again: in a cluster that
     * would put this node's older copy over what a busier node saved since. A realm found removed (on another node,
     * or before its late event was scored here) is let go.
     */
    @Override
    public void saveAll() {
        baselines.entrySet().removeIf(realm -> !save(realm.getKey(), realm.getValue()));
    }

    /** Returns {@code false} when the realm no longer exists. */
    private boolean save(String realmId, Baseline baseline) {
        if (baseline.unread) {
            return true;
        }
        if (!baseline.changed) {
            return stillThere(realmId);
        }
        try {
            String snapshot = Base64.getEncoder().encodeToString(baseline.scorer.snapshot());
            boolean kept = store.save(realmId, snapshot, baseline.unreadableSnapshot);
            baseline.unreadableSnapshot = null;
            baseline.changed = false;
            return kept;
        } catch (RuntimeException e) {
            saveFailures.increment();
            LOG.warnf("Realm %s: could not save the anomaly scorer's learned state (%s); trying again at the next save",
                    realmId, e.getMessage());
            return true;
        }
    }

    /** Whether a realm that scored nothing since its last save still exists; kept when that cannot be told now. */
    private boolean stillThere(String realmId) {
        try {
            return store.realmExists(realmId);
        } catch (RuntimeException e) {
            LOG.debugf("Realm %s: could not look the realm up (%s); asking again at the next save", realmId,
                    e.getMessage());
            return true;
        }
    }

    @Override
    public void forget(String realmId) {
        baselines.remove(realmId);
    }

    /**
     * A deleted user: forgotten in the user's realm and, for a master-realm user (an admin of every realm),
     * in every realm with a scorer or a stored state. A realm whose scorer is loaded forgets the user in it (a state
     * that could not be read yet forgets the user once it is read); a stored state not loaded here is read, saved
     * once without the user and left unloaded, so this node never keeps saving a copy another node is learning in.
     * Master admins are deleted rarely, so reading every realm's state then is affordable.
     */
    @Override
    public void forgetUser(String realmId, String userId, boolean inEveryRealm) {
        List<String> realms = new ArrayList<>(List.of(realmId));
        if (inEveryRealm) {
            storedRealms().stream().filter(id -> !realms.contains(id)).forEach(realms::add);
            baselines.keySet().stream().filter(id -> !realms.contains(id)).forEach(realms::add);
        }
        realms.forEach(id -> forgetIn(id, userId));
    }

    private void forgetIn(String realmId, String userId) {
        Baseline loaded = baselines.get(realmId);
        if (loaded != null) {
            loaded.scorer.forgetUser(realmId, userId);
            loaded.changed = true;
            if (loaded.unread) {
                loaded.forgotten.add(userId); // the state read later would bring the user back
            }
            return;
        }
        Baseline stored = new Baseline(standalone.get());
        if (load(realmId, stored, standalone) != Read.STATE) {
            return; // no stored state (or no realm): nothing to forget
        }
        if (stored.unread) {
            // it could not be read: the realm is kept as a live one (within the budget), to forget the user once its
            // state is read (it is never saved before)
            Baseline live = new Baseline(fresh.get());
            live.unread = true;
            live.retryAt = stored.retryAt;
            live.failures = stored.failures;
            live.forgotten.add(userId);
            baselines.put(realmId, live);
            return;
        }
        if (stored.unreadableSnapshot != null) {
            return; // a state this node cannot decode (a newer model's, say): nothing to forget in it, nothing to save
        }
        stored.scorer.forgetUser(realmId, userId);
        stored.changed = true;
        save(realmId, stored);
    }

    private List<String> storedRealms() {
        try {
            return store.storedRealms();
        } catch (RuntimeException e) {
            loadFailures.increment();
            LOG.warnf("Could not list the realms with a learned state (%s); a removed master-realm user is forgotten "
                    + "only in the realms loaded on this node", e.getMessage());
            return List.of();
        }
    }

    /** One realm's scorer and whether its stored state has been read. */
    private static final class Baseline {
        AnomalyScorer scorer;
        /** The stored state could not be read: never save over it. */
        boolean unread;
        /** Scored or forgot something since the last save. */
        boolean changed;
        long retryAt;
        int failures;
        /** The stored snapshot that could not be decoded, to keep aside at the next save. */
        String unreadableSnapshot;
        final List<String> forgotten = new ArrayList<>();

        Baseline(AnomalyScorer scorer) {
            this.scorer = scorer;
        }

        /** Returns the delay before the next read: 5 s, doubling up to 5 minutes. */
        long readFailed(long now) {
            unread = true;
            long delay = Math.min(LAST_RETRY_NANOS, FIRST_RETRY_NANOS << Math.min(failures, 16));
            failures++;
            retryAt = now + delay;
            return delay;
        }
    }
}
