package io.runtimeaccess.governance.run;

import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.access.UserRecord;
import io.runtimeaccess.governance.proposal.Proposal;
import io.runtimeaccess.governance.queue.ProposalQueue;
import io.runtimeaccess.governance.recommend.PeerRecommender;
import io.runtimeaccess.governance.recommend.RecommenderSettings;
import io.runtimeaccess.governance.settings.GovernanceMode;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import io.runtimeaccess.governance.settings.SettingsStore;
import io.runtimeaccess.governance.snapshot.RealmSnapshots;
import io.runtimeaccess.governance.snapshot.SnapshotCache;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Recommends access for one new user: when the user is created, or signs in through an identity provider for
 * the first time. It never runs on the request's thread: once the request commits, the user is handed to one
 * background thread, which reads the user fresh, compares them with the realm's cached snapshot and submits the
 * recommendations as an {@code onboarding} run. A full queue (a bulk import) drops newcomers: the nightly run
 * recommends for them anyway.
 */
public final class Onboarding {

    /** Recommendations per newcomer at most. */
    static final int LIMIT = 5;
    private static final int QUEUE = 10_000;
    private static final Logger LOG = Logger.getLogger(Onboarding.class);
    private static final ThreadPoolExecutor EXECUTOR = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUE), runnable -> {
                Thread thread = new Thread(runnable, "runtime-access-onboarding");
                thread.setDaemon(true);
                return thread;
            }, (runnable, executor) -> LOG.warn("Onboarding queue full; a newcomer waits for the nightly run"));

    private Onboarding() {
    }

    /** Onboards the user once {@code session}'s transaction has committed. */
    public static void afterCommit(KeycloakSession session, String realmId, String userId) {
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        session.getTransactionManager().enlistAfterCompletion(AfterCommit.of(
                () -> EXECUTOR.execute(() -> onboard(factory, realmId, userId))));
    }

    static void onboard(KeycloakSessionFactory factory, String realmId, String userId) {
        try {
            KeycloakModelUtils.runJobInTransaction(factory, session -> {
                RealmModel realm = session.realms().getRealm(realmId);
                if (realm != null) {
                    session.getContext().setRealm(realm);
                    onboard(session, realm, userId);
                }
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not recommend access for new user %s of realm %s", userId, realmId);
        }
    }

    /** Recommends for the user now, in the session's transaction; null if the mode is off or the user is gone. */
    public static RunEntity onboard(KeycloakSession session, RealmModel realm, String userId) {
        GovernanceSettings settings = SettingsStore.of(session, realm);
        if (settings.mode() == GovernanceMode.OFF) {
            return null;
        }
        long started = System.currentTimeMillis();
        List<UserRecord> newcomer = RealmSnapshots.users(session, realm, settings, List.of(userId));
        if (newcomer.isEmpty()) {
            return null;
        }
        AccessSnapshot snapshot = SnapshotCache.with(session, realm, settings, newcomer);
        List<Proposal> proposals = new PeerRecommender(
                new RecommenderSettings(settings.peerAttributes(), settings.minConfidence()))
                .recommend(snapshot, userId, LIMIT).stream()
                .filter(proposal -> proposal.confidence() >= settings.minConfidence()).toList();
        ProposalQueue.SubmitResult submitted = new ProposalQueue(session, realm)
                .submit(proposals, RunEngine.source(Trigger.ONBOARDING));
        long finished = System.currentTimeMillis();
        return new RunStore(session, realm.getId()).save(Trigger.ONBOARDING, started, finished, RunStore.FINISHED,
                RunCounts.of(1, RunEngine.seconds(started, finished), proposals, submitted));
    }

    /** Stops the background thread (server shut-down); newcomers not yet onboarded wait for the nightly run. */
    public static void shutdown() {
        EXECUTOR.shutdownNow();
    }
}
