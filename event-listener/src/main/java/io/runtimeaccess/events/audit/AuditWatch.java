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

    private static final String ADMIN_REALMS = "admin/realms/";

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
     * any other request. Only admin API requests (a bearer token and an {@code admin/realms/{name}} path) are
     * read, so a sign-in, a user-info or account call with a bearer token, or a check pays nothing. The realm is
     * the one the path names (for a master admin changing another realm, that realm).
     */
    public Before before(KeycloakSession session) {
        if (session.getContext().getBearerToken() == null) {
            return null;
        }
        String name = adminRealmName(session.getContext().getHttpRequest().getUri().getPath());
        RealmModel realm = name == null ? null : session.realms().getRealmByName(name);
        return realm == null ? null : new Before(realm.getId(), RealmAuditSettings.of(realm));
    }

    /** The realm an admin API path ({@code …admin/realms/{name}…}) is about, or {@code null} for another path. */
    static String adminRealmName(String path) {
        int at = path == null ? -1 : path.indexOf(ADMIN_REALMS);
        if (at < 0) {
            return null;
        }
        int from = at + ADMIN_REALMS.length();
        int end = path.indexOf('/', from);
        String name = end < 0 ? path.substring(from) : path.substring(from, end);
        return name.isEmpty() ? null : name;
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
