package io.runtimeaccess.events.audit;

import io.runtimeaccess.anomaly.audit.AuditChange;
import io.runtimeaccess.anomaly.audit.AuditSettings;
import io.runtimeaccess.anomaly.audit.AuditTampering;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.network.IpLocator;
import io.runtimeaccess.events.pipeline.AfterCommit;
import io.runtimeaccess.events.pipeline.EventPipeline;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Sees admin changes that make a realm record less about itself ({@link AuditTampering}).
 *
 * <p>Keycloak's admin API creates the realm's event listeners when it starts handling a request, before
 * the change, and hands the admin event to those same listeners after it: a request that removes this
 * listener still reaches it, and turning off user or admin events only stops Keycloak from <em>saving</em>
 * them, never from passing them to listeners. So the listener reads the realm's audit settings when it is
 * created for an admin request ({@link #before}) and compares them with the settings after each admin event
 * of that realm ({@link #check}). Nothing is kept between requests, so every node of a cluster judges its
 * own requests against what the database said at their start.
 *
 * <p>The finding goes to the pipeline only once the change committed, and through the decisions queue,
 * which a flood of sign-ins cannot fill.
 */
public final class AuditWatch {

    private final AuditTampering tampering;
    private final IpLocator locator;
    private final EventPipeline pipeline;

    public AuditWatch(AuditTampering tampering, IpLocator locator, EventPipeline pipeline) {
        this.tampering = tampering;
        this.locator = locator;
        this.pipeline = pipeline;
    }

    /**
     * The audit settings of the realm an admin request is about, read as the request starts; {@code null} for
     * any other request. Only requests with a bearer token (the admin API) are read, so a sign-in pays nothing.
     */
    public Before before(KeycloakSession session) {
        if (session.getContext().getBearerToken() == null) {
            return null;
        }
        RealmModel realm = session.getContext().getRealm();
        return realm == null ? null : new Before(realm.getId(), RealmAuditSettings.of(realm));
    }

    /**
     * Compares the realm's settings now with {@code before} and raises a finding for what was weakened.
     * Returns the settings to compare the request's next admin event with.
     */
    public Before check(KeycloakSession session, RealmModel realm, AdminEvent event, Before before) {
        if (before == null || !before.realmId().equals(realm.getId())) {
            return before;
        }
        AuditSettings after = RealmAuditSettings.of(realm);
        if (after.equals(before.settings())) {
            return before;
        }
        String adminUserId = event.getAuthDetails() == null ? null : event.getAuthDetails().getUserId();
        String ip = event.getAuthDetails() == null ? null : event.getAuthDetails().getIpAddress();
        AuditChange change = new AuditChange(event.getId(), event.getTime(), realm.getId(), adminUserId, ip,
                before.settings(), after);
        Assessment assessment = tampering.assess(change, ip == null ? null : locator.locate(ip));
        if (assessment != null) {
            AfterCommit.offer(session, pipeline, assessment);
        }
        return new Before(realm.getId(), after);
    }

    /** A realm's audit settings at the start of a request. */
    public record Before(String realmId, AuditSettings settings) {
    }
}
