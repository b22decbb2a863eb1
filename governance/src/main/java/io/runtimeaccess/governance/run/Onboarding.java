package io.runtimeaccess.governance.run;

import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.access.UserRecord;
import io.runtimeaccess.governance.background.DrainExecutor;
import io.runtimeaccess.governance.proposal.Proposal;
import io.runtimeaccess.governance.queue.ProposalQueue;
import io.runtimeaccess.governance.recommend.PeerModel;
import io.runtimeaccess.governance.recommend.PeerRecommender;
import io.runtimeaccess.governance.recommend.RecommenderSettings;
import io.runtimeaccess.governance.settings.GovernanceMode;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import io.runtimeaccess.governance.settingsstore.SettingsStore;
import io.runtimeaccess.governance.snapshot.RealmSnapshots;
import io.runtimeaccess.governance.snapshot.SnapshotCache;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Recommends access for new users: when a user is created, or signs in through an identity provider for the
 * first time. It never runs on the request's thread: once the request commits, the user waits in a queue that one
 * background thread drains. The thread takes every newcomer waiting, per realm reads them fresh, puts them into
 * the realm's cached snapshot, fits the peer model once for all of them (that fit is the cost, so a burst of
 * newcomers costs about one fit) and submits their recommendations as one {@code onboarding} run. A full queue (a
 * bulk import) leaves newcomers out: the nightly run recommends for them anyway.
 */
public final class Onboarding {

    /** Recommendations per newcomer at most. */
    static final int LIMIT = 5;
    private static final int QUEUE = 10_000;
    private static final Logger LOG = Logger.getLogger(Onboarding.class);

    private record Newcomer(String realmId, String userId) {
    }

    private static final BlockingQueue<Newcomer> WAITING = new LinkedBlockingQueue<>(QUEUE);
    private static final ThreadPoolExecutor EXECUTOR = DrainExecutor.named("runtime-access-onboarding");

    private Onboarding() {
    }

    /** Onboards the user once {@code session}'s transaction has committed. */
    public static void afterCommit(KeycloakSession session, String realmId, String userId) {
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        session.getTransactionManager().enlistAfterCompletion(AfterCommit.of(() -> {
            if (WAITING.offer(new Newcomer(realmId, userId))) {
                EXECUTOR.execute(() -> drain(factory));
            } else {
                LOG.warnf("Onboarding queue full; user %s waits for the nightly run", userId);
            }
        }));
    }

    private static void drain(KeycloakSessionFactory factory) {
        List<Newcomer> batch = new ArrayList<>();
        WAITING.drainTo(batch);
        Map<String, List<String>> byRealm = new LinkedHashMap<>();
        batch.forEach(newcomer -> byRealm.computeIfAbsent(newcomer.realmId(), r -> new ArrayList<>())
                .add(newcomer.userId()));
        byRealm.forEach((realmId, userIds) -> onboard(factory, realmId, userIds));
    }

    private static void onboard(KeycloakSessionFactory factory, String realmId, List<String> userIds) {
        try {
            KeycloakModelUtils.runJobInTransaction(factory, session -> {
                RealmModel realm = session.realms().getRealm(realmId);
                if (realm != null) {
                    session.getContext().setRealm(realm);
                    onboard(session, realm, userIds);
                }
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not recommend access for %d new user(s) of realm %s", userIds.size(), realmId);
        }
    }

    /** Recommends for the users now, in the session's transaction; null if the mode is off or the users are gone. */
    public static RunEntity onboard(KeycloakSession session, RealmModel realm, List<String> userIds) {
        GovernanceSettings settings = SettingsStore.of(session, realm);
        if (settings.mode() == GovernanceMode.OFF) {
            return null;
        }
        long started = System.currentTimeMillis();
        List<UserRecord> newcomers = RealmSnapshots.users(session, realm, settings, List.copyOf(new LinkedHashSet<>(
                userIds)));
        if (newcomers.isEmpty()) {
            return null;
        }
        AccessSnapshot snapshot = SnapshotCache.with(session, realm, settings, newcomers);
        PeerModel model = new PeerRecommender(RecommenderSettings.of(settings)).fit(snapshot);
        List<Proposal> proposals = new ArrayList<>();
        for (UserRecord newcomer : newcomers) {
            for (Proposal proposal : model.recommend(newcomer.id(), LIMIT)) {
                if (proposal.confidence() >= settings.minConfidence()) {
                    proposals.add(proposal);
                }
            }
        }
        ProposalQueue.SubmitResult submitted = new ProposalQueue(session, realm)
                .submit(proposals, RunEngine.source(Trigger.ONBOARDING));
        long finished = System.currentTimeMillis();
        return new RunStore(session, realm.getId()).save(Trigger.ONBOARDING, started, finished, RunStore.FINISHED,
                RunCounts.of(newcomers.size(), RunEngine.seconds(started, finished), proposals, submitted));
    }

    /** Stops the background thread (server shut-down); newcomers not yet onboarded wait for the nightly run. */
    public static void shutdown() {
        EXECUTOR.shutdownNow();
    }
}
