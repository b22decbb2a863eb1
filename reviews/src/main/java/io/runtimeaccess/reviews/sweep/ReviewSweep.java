package io.runtimeaccess.reviews.sweep;

import io.runtimeaccess.reviews.audit.ReviewEvents;
import io.runtimeaccess.reviews.campaign.CampaignState;
import io.runtimeaccess.reviews.close.CampaignClosing;
import io.runtimeaccess.reviews.input.InvalidInput;
import io.runtimeaccess.reviews.mail.ReviewReminders;
import io.runtimeaccess.reviews.start.CampaignStart;
import io.runtimeaccess.reviews.start.StoredPlan;
import io.runtimeaccess.reviews.store.CampaignEntity;
import io.runtimeaccess.reviews.store.ReviewStore;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.events.admin.OperationType;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.services.scheduled.ClusterAwareScheduledTaskRunner;
import org.keycloak.timer.ScheduledTask;
import org.keycloak.timer.TimerProvider;

/**
 * The campaigns' clock, on one node of a cluster at a time (Keycloak's cluster-aware runner, as the access-request
 * expiry sweep): sends the reminders that are due, closes campaigns at their deadline (default decisions, then
 * auto-apply) and starts the next round of a recurring campaign. Each campaign is handled in its own transaction, so
 * one failure leaves the others alone and is tried again at the next run.
 */
public final class ReviewSweep implements ScheduledTask {

    public static final String TASK_NAME = "runtime-access-review-sweep";
    static final int BATCH = 100;
    /** A close older than this that left revocations unapplied stopped (the close applies them right away). */
    static final Duration RESUME_AFTER = Duration.ofMinutes(10);
    /** How far back stopped closes are looked for, so the query stays on recent campaigns. */
    static final Duration RESUME_WITHIN = Duration.ofDays(7);
    private static final Logger LOG = Logger.getLogger(ReviewSweep.class);

    public static void scheduleAfterStartup(KeycloakSessionFactory factory, long intervalMillis) {
        factory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                KeycloakModelUtils.runJobInTransaction(factory, session -> session.getProvider(TimerProvider.class)
                        .schedule(new ClusterAwareScheduledTaskRunner(factory, new ReviewSweep(), intervalMillis),
                                intervalMillis, TASK_NAME));
            }
        });
    }

    @Override
    public void run(KeycloakSession session) {
        long now = System.currentTimeMillis();
        List<String> due = ReviewStore.due(session, now, BATCH);
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        for (String id : due) {
            try {
                step(factory, id);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Access-review campaign %s: the scheduled step failed; the next run tries again", id);
            }
        }
        // a close still applying (100,000 revocations take about a minute) is left to finish on its own node
        for (String id : ReviewStore.interruptedCloses(session, now - RESUME_WITHIN.toMillis(),
                now - RESUME_AFTER.toMillis(), BATCH)) {
            try {
                resume(factory, id);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Access-review campaign %s: its revocations could not be resumed; the next run tries"
                        + " again", id);
            }
        }
    }

    private static void resume(KeycloakSessionFactory factory, String id) {
        String realmId = KeycloakModelUtils.runJobInTransactionWithResult(factory,
                session -> session.getProvider(JpaConnectionProvider.class).getEntityManager()
                        .find(CampaignEntity.class, id).getRealmId());
        LOG.warnf("Access-review campaign %s closed without applying all its revocations; applying the rest", id);
        CampaignClosing.applyRevocations(factory, realmId, id, null);
    }

    private static void step(KeycloakSessionFactory factory, String id) {
        CampaignEntity campaign = KeycloakModelUtils.runJobInTransactionWithResult(factory,
                session -> session.getProvider(JpaConnectionProvider.class).getEntityManager()
                        .find(CampaignEntity.class, id));
        if (campaign == null) {
            return;
        }
        if (CampaignState.OPEN.name().equals(campaign.getState())
                && campaign.getDeadline() <= System.currentTimeMillis()) {
            CampaignClosing.close(factory, campaign.getRealmId(), id, CampaignClosing.DEADLINE_DEFAULT, null);
        } else if (CampaignState.OPEN.name().equals(campaign.getState())) {
            KeycloakModelUtils.runJobInTransaction(factory, session -> ReviewReminders.send(session, id));
        } else {
            try {
                KeycloakModelUtils.runJobInTransaction(factory, session -> recur(session, id));
            } catch (InvalidInput e) {
                // something the plan needs is gone (its reviewer group, a fallback reviewer, the solution or group it
                // reviews): it can never start again, so retrying every run would only crowd out the due campaigns
                KeycloakModelUtils.runJobInTransaction(factory, session -> stopRecurring(session, id, e.getMessage()));
            }
        }
    }

    /** The campaign will not recur: its next start goes, and an admin event and a warning say why. */
    private static void stopRecurring(KeycloakSession session, String id, String why) {
        CampaignEntity campaign = session.getProvider(JpaConnectionProvider.class).getEntityManager()
                .find(CampaignEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        RealmModel realm = campaign == null ? null : session.realms().getRealm(campaign.getRealmId());
        if (realm == null || campaign.getNextStartAt() == null) {
            return;
        }
        campaign.setNextStartAt(null);
        session.getContext().setRealm(realm);
        LOG.warnf("Access-review campaign %s will not recur: its next round cannot start (%s)", id, why);
        ReviewEvents.campaign(session, realm, OperationType.ACTION, "recurrence-stopped", id,
                Map.of("reason", why), ReviewEvents.server(realm));
    }

    /** Starts the next round under the same rules; the closed round gives up its next start in the same transaction. */
    private static void recur(KeycloakSession session, String id) {
        CampaignEntity previous = session.getProvider(JpaConnectionProvider.class).getEntityManager()
                .find(CampaignEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        RealmModel realm = previous == null ? null : session.realms().getRealm(previous.getRealmId());
        if (realm == null || previous.getNextStartAt() == null) {
            return;
        }
        session.getContext().setRealm(realm);
        previous.setNextStartAt(null);
        // no admin here: a recurrence keeps the rules its first start was allowed, and an admin's close checks again
        CampaignStart.start(session, realm, StoredPlan.of(previous), previous.getCreatedBy(), previous.getId(),
                ReviewEvents.server(realm), access -> { });
    }

    @Override
    public String getTaskName() {
        return TASK_NAME;
    }
}
