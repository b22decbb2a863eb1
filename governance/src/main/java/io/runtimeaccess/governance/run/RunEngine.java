package io.runtimeaccess.governance.run;

import io.runtimeaccess.governance.analysis.Analysis;
import io.runtimeaccess.governance.analysis.AnalysisResult;
import io.runtimeaccess.governance.queue.ProposalQueue;
import io.runtimeaccess.governance.riskstore.UserRiskStore;
import io.runtimeaccess.governance.separation.SodRules;
import io.runtimeaccess.governance.settings.GovernanceMode;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import io.runtimeaccess.governance.settingsstore.SettingsStore;
import io.runtimeaccess.governance.snapshot.RealmReading;
import io.runtimeaccess.governance.snapshot.RealmSnapshots;
import io.runtimeaccess.governance.snapshot.SnapshotCache;
import io.runtimeaccess.sharing.api.BadRequest;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * A whole-realm run: snapshot, analysis, risks saved, proposals submitted to the queue (which keeps them
 * read-only in mode {@code report}), and the run recorded. Everything it writes commits with the run's
 * transaction; if the run fails, that transaction is rolled back and the failure is recorded in one of its own.
 */
public final class RunEngine {

    private static final Logger LOG = Logger.getLogger(RunEngine.class);

    private RunEngine() {
    }

    /** Whether the realm's mode lets runs happen at all. */
    public static boolean enabled(KeycloakSession session, RealmModel realm) {
        return SettingsStore.of(session, realm).mode() != GovernanceMode.OFF;
    }

    /** Runs the realm's analysis in the session's transaction; the caller checked {@link #enabled}. */
    public static RunEntity run(KeycloakSession session, RealmModel realm, Trigger trigger) {
        long started = System.currentTimeMillis();
        try {
            GovernanceSettings settings = SettingsStore.of(session, realm);
            RealmReading reading = RealmSnapshots.read(session, realm, settings);
            AnalysisResult result = Analysis.standard(settings, SodRules.of(session, realm), reading.reconciliation())
                    .run(reading.snapshot());
            ProposalQueue queue = new ProposalQueue(session, realm).takeTurn();
            UserRiskStore.saveAll(session, realm, result.risks(), reading.snapshot().takenAt());
            ProposalQueue.SubmitResult submitted = queue.submit(result.proposals(), source(trigger));
            long finished = System.currentTimeMillis();
            RunCounts counts = RunCounts.of(reading.snapshot().users().size(), seconds(started, finished),
                    result.proposals(), submitted);
            RunEntity run = new RunStore(session, realm.getId()).save(trigger, started, finished, RunStore.FINISHED,
                    counts);
            // onboarding compares newcomers with this snapshot, once it is the committed state
            session.getTransactionManager().enlistAfterCompletion(AfterCommit.of(
                    () -> SnapshotCache.put(reading.snapshot())));
            LOG.infof("Realm '%s': %s run of %d users took %.1f s and made %d proposal(s)", realm.getName(),
                    trigger.apiName(), counts.users(), counts.seconds(), counts.created());
            return run;
        } catch (RuntimeException e) {
            LOG.errorf(e, "Realm '%s': %s run failed", realm.getName(), trigger.apiName());
            session.getTransactionManager().setRollbackOnly();
            return recordFailure(session.getKeycloakSessionFactory(), realm.getId(), trigger, started, e);
        }
    }

    /** Which run made a proposal: the queue keeps it as the proposal's source. */
    static String source(Trigger trigger) {
        return "run:" + trigger.apiName();
    }

    private static RunEntity recordFailure(KeycloakSessionFactory factory, String realmId, Trigger trigger,
            long started, RuntimeException e) {
        long finished = System.currentTimeMillis();
        String error = BadRequest.reasonOf(e);
        return KeycloakModelUtils.runJobInTransactionWithResult(factory, session -> new RunStore(session, realmId)
                .save(trigger, started, finished, RunStore.FAILED, RunCounts.failed(seconds(started, finished),
                        error.length() > 500 ? error.substring(0, 500) : error)));
    }

    static double seconds(long started, long finished) {
        return Math.round((finished - started) / 100.0) / 10.0;
    }
}
