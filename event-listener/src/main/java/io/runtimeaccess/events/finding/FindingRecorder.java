package io.runtimeaccess.events.finding;

import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.finding.Severity;
import io.runtimeaccess.anomaly.score.Evidence;
import io.runtimeaccess.events.actor.AdminNames;
import io.runtimeaccess.events.log.LogText;
import io.runtimeaccess.events.pipeline.FindingWriter;
import io.runtimeaccess.events.response.AutomaticResponse;
import io.runtimeaccess.events.sink.CloudEvents;
import io.runtimeaccess.events.sink.WebhookSink;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Raises or updates findings from a batch of assessments on the scorer's worker thread, one transaction per
 * realm ({@link IsolatedBatches}: one bad finding costs only itself). Assessments of one
 * incident (same detection, same user, same source) within {@link #INCIDENT_GAP} of each other update
 * one open finding, so a spray of a thousand attempts is one finding, not a thousand. A new finding, or
 * one whose severity rose, gets the realm's automatic response for its severity, a log line and, once
 * stored, a webhook delivery and a {@link FindingChanged} event.
 */
public final class FindingRecorder implements FindingWriter {

    static final Duration INCIDENT_GAP = Duration.ofMinutes(30);
    /** The length of the incident-key column. */
    static final int MAX_KEY = 255;
    private static final Logger LOG = Logger.getLogger(FindingRecorder.class);

    private final KeycloakSessionFactory factory;
    private final WebhookSink webhook;

    public FindingRecorder(KeycloakSessionFactory factory, WebhookSink webhook) {
        this.factory = factory;
        this.webhook = webhook;
    }

    @Override
    public List<Assessment> write(List<Assessment> batch) {
        return IsolatedBatches.write(batch, this::transaction);
    }

    /** One transaction; the webhook deliveries go out only once it committed. */
    private void transaction(List<Assessment> assessments) {
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
        FindingSettings settings = FindingSettings.of(session, realm);
        // a spray's attempts are about their source: the account one of them happened to try is a bystander, named
        // on the finding nowhere and locked out by no response (the attempts each keep their account)
        String userId = aboutTheSource(assessment) ? null : assessment.userId();
        String response = userId == null ? null : respond(session, realm, assessment, settings);
        if (finding == null) {
            finding = store.add(assessment, key, userId, AdminNames.username(session, realm, userId), response);
        } else {
            FindingStore.update(finding, assessment);
            if (response != null) {
                finding.setResponse(response);
            }
        }
        log(realm, finding, assessment, before);
        String realmId = realm.getId();
        afterCommit.add(() -> FindingChanged.publish(factory, realmId, userId));
        WebhookSink.Target target = settings.webhook(session, realm);
        if (target != null) {
            String event = CloudEvents.finding(before == Severity.NONE, realm.getName(), finding.getId(),
                    finding.getUserId(), FindingJson.representation(finding));
            afterCommit.add(() -> webhook.offer(target, event));
        }
    }

    /**
     * The automatic response, or what kept it from being applied: a user Keycloak cannot change (a read-only
     * user-storage provider) must not cost the finding, which is stored with {@code failed: ...} as its response.
     */
    private static String respond(KeycloakSession session, RealmModel realm, Assessment assessment,
            FindingSettings settings) {
        try {
            return AutomaticResponse.apply(session, realm, assessment, settings.responseTo(assessment.severity()));
        } catch (ModelException e) {
            LOG.warnf("Realm '%s': the automatic response to a finding was not applied (%s)", realm.getName(),
                    e.getClass().getSimpleName());
            return "failed: " + e.getClass().getSimpleName();
        }
    }

    /** Detections of failed sign-ins, after which a successful one is an incident of its own. */
    private static final Set<String> SIGN_IN_AFTER_FAILURES = Set.of(Detection.BRUTE_FORCE.name(),
            Detection.PASSWORD_SPRAY.name(), Detection.DISTRIBUTED_SPRAY.name(), Detection.CREDENTIAL_CAMPAIGN.name());

    /**
     * Detections whose incident is their source alone (for a distributed spray, the realm), whichever account each
     * attempt tried.
     */
    private static final Set<Detection> SOURCE_INCIDENTS = EnumSet.of(Detection.PASSWORD_SPRAY,
            Detection.DISTRIBUTED_SPRAY);

    /**
     * One incident: the detection of the strongest reason, the user, the source it names if any, and whether the
     * user signed in. For audit tampering the "source" is the settings weakened: an admin's next, different
     * weakening is a finding of its own instead of replacing the reasons of the first. A sign-in that succeeds
     * after the failures of a brute force or a spray is an incident of its own, about the account that signed in:
     * merged into the failures' finding it would raise no severity, and so get no response, log line or webhook.
     */
    static String incidentKey(Assessment assessment) {
        Reason top = assessment.topReason();
        String detection = top == null ? "NONE" : top.detection().name();
        String source = top == null ? null : top.evidence().get(Evidence.SOURCE);
        if (source == null && top != null) {
            source = top.evidence().get(Evidence.CHANGED_SETTINGS);
        }
        boolean acted = assessment.activity().authenticated();
        String user = aboutTheSource(assessment) ? "" : assessment.userId() != null ? assessment.userId()
                : triedUsername(top);
        String key = detection + "|" + user + "|" + (source == null ? "" : source)
                + (acted && SIGN_IN_AFTER_FAILURES.contains(detection) ? "|signed-in" : "");
        return key.length() <= MAX_KEY ? key : key.substring(0, MAX_KEY - 65) + "#" + sha256(key);
    }

    /**
     * A spray's failed attempt: a spray tries one account after another from its source (a distributed one from
     * everywhere, so it names none), so the account tried is not part of the incident.
     */
    static boolean aboutTheSource(Assessment assessment) {
        Reason top = assessment.topReason();
        return !assessment.activity().authenticated() && top != null && SOURCE_INCIDENTS.contains(top.detection());
    }

    /**
     * Guesses at a username the realm does not have carry no user id: the name tried keeps a guessing at "admin"
     * apart from one at "root" (prefixed, so it never equals a user's id).
     */
    private static String triedUsername(Reason top) {
        String username = top == null ? null : top.evidence().get(Evidence.USERNAME);
        return username == null ? "" : "name:" + username;
    }

    /** A long key (a user-storage user's id, a long source) keeps its start and a digest of all of it. */
    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void log(RealmModel realm, FindingEntity finding, Assessment assessment, Severity before) {
        // Usernames and reasons quote what was typed at a sign-in: escaped, so nobody can forge a log line.
        LOG.warnf("Realm '%s': anomaly finding %s%s, %s (score %d) for user %s: %s", LogText.oneLine(realm.getName()),
                finding.getId(), before == Severity.NONE ? "" : " rose from " + before, finding.getSeverity(),
                finding.getScore(), finding.getUsername() == null ? "(none)" : "'" + LogText.oneLine(finding.getUsername()) + "'",
                assessment.topReason() == null ? "" : LogText.oneLine(assessment.topReason().text()));
    }
}
