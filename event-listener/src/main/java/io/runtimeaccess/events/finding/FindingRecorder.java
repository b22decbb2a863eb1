package io.runtimeaccess.events.finding;

import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.finding.Severity;
import io.runtimeaccess.events.response.AutomaticResponse;
import io.runtimeaccess.events.sink.CloudEvents;
import io.runtimeaccess.events.sink.WebhookSink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Raises or updates findings from a batch of assessments, in one transaction, on the scorer's worker thread. Assessments of one
 * incident (same detection, same user, same source) within {@link #INCIDENT_GAP} of each other update
 * one open finding, so a spray of a thousand attempts is one finding, not a thousand. A new finding, or
 * one whose severity rose, gets the realm's automatic response for its severity, a log line and, once
 * stored, a webhook delivery.
 */
public final class FindingRecorder implements Consumer<List<Assessment>> {

    static final Duration INCIDENT_GAP = Duration.ofMinutes(30);
    private static final Logger LOG = Logger.getLogger(FindingRecorder.class);

    private final KeycloakSessionFactory factory;
    private final WebhookSink webhook;

    public FindingRecorder(KeycloakSessionFactory factory, WebhookSink webhook) {
        this.factory = factory;
        this.webhook = webhook;
    }

    @Override
    public void accept(List<Assessment> assessments) {
        List<Runnable> afterCommit = new ArrayList<>();
        KeycloakModelUtils.runJobInTransaction(factory, session -> {
            for (Assessment assessment : assessments) {
                record(session, assessment, afterCommit);
            }
        });
        afterCommit.forEach(Runnable::run);
    }

    private void record(KeycloakSession session, Assessment assessment, List<Runnable> afterCommit) {
        RealmModel realm = session.realms().getRealm(assessment.realmId());
        if (realm == null) {
            return;
        }
        session.getContext().setRealm(realm);
        FindingStore store = new FindingStore(session, realm);
        String key = incidentKey(assessment);
        FindingEntity finding = store.openIncident(key, assessment.timeMillis() - INCIDENT_GAP.toMillis());
        Severity before = finding == null ? Severity.NONE : Severity.valueOf(finding.getSeverity());
        if (assessment.severity().compareTo(before) <= 0) {
            FindingStore.update(finding, assessment);
            return;
        }
        FindingSettings settings = FindingSettings.of(realm);
        String response = AutomaticResponse.apply(session, realm, assessment,
                settings.responseTo(assessment.severity()));
        if (finding == null) {
            UserModel user = assessment.userId() == null ? null
                    : session.users().getUserById(realm, assessment.userId());
            finding = store.add(assessment, key, user == null ? null : user.getUsername(), response);
        } else {
            FindingStore.update(finding, assessment);
            if (response != null) {
                finding.setResponse(response);
            }
        }
        log(realm, finding, assessment, before);
        if (settings.webhookUrl() != null && !settings.webhookUrl().isBlank()) {
            String event = CloudEvents.finding(before == Severity.NONE, realm.getName(), finding.getId(),
                    finding.getUserId(), FindingJson.representation(finding));
            afterCommit.add(() -> webhook.offer(settings.webhookUrl(), settings.webhookSecret(), event));
        }
    }

    /** One incident: the detection of the strongest reason, the user, and the source it names if any. */
    static String incidentKey(Assessment assessment) {
        Reason top = assessment.topReason();
        String detection = top == null ? "NONE" : top.detection().name();
        String source = top == null ? null : top.evidence().get("source");
        String key = detection + "|" + (assessment.userId() == null ? "" : assessment.userId()) + "|"
                + (source == null ? "" : source);
        return key.length() <= 255 ? key : key.substring(0, 255);
    }

    private static void log(RealmModel realm, FindingEntity finding, Assessment assessment, Severity before) {
        LOG.warnf("Realm '%s': anomaly finding %s%s, %s (score %d) for user %s: %s", realm.getName(), finding.getId(),
                before == Severity.NONE ? "" : " rose from " + before, finding.getSeverity(), finding.getScore(),
                finding.getUsername() == null ? "(none)" : "'" + finding.getUsername() + "'",
                assessment.topReason() == null ? "" : assessment.topReason().text());
    }
}
