package io.runtimeaccess.events.listener;

import io.runtimeaccess.anomaly.event.UserEventType;
import io.runtimeaccess.events.audit.AuditWatch;
import io.runtimeaccess.events.device.DeviceCookieAuthenticator;
import io.runtimeaccess.events.device.DeviceId;
import io.runtimeaccess.events.log.LogText;
import io.runtimeaccess.events.log.RateLimitedLog;
import io.runtimeaccess.events.pipeline.EventPipeline;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.logging.Logger;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Copies each event into the scoring queue and returns. It reads the one thing Keycloak's event does
 * not carry, the User-Agent header, while the request is still at hand. It never throws: a listener
 * problem must never fail or slow a login.
 */
public class RuntimeAccessEventListener implements EventListenerProvider {

    private static final Logger LOG = Logger.getLogger(RuntimeAccessEventListener.class);
    private static final RateLimitedLog ENQUEUE_WARNINGS = new RateLimitedLog(LOG);

    private final KeycloakSession session;
    private final EventPipeline pipeline;
    private final PrivilegedAccess privilegedAccess;
    private final AuditWatch audit;
    /** The realm's audit settings when this admin request started ({@code null} for other requests). */
    private AuditWatch.Before auditBefore;

    /** {@code audit}: {@code null} where audit settings are not watched. */
    RuntimeAccessEventListener(KeycloakSession session, EventPipeline pipeline, PrivilegedAccess privilegedAccess,
            AuditWatch audit) {
        this.session = session;
        this.pipeline = pipeline;
        this.privilegedAccess = privilegedAccess;
        this.audit = audit;
        // Keycloak creates the listener before the admin change, so this is the "before" (see AuditWatch).
        try {
            this.auditBefore = audit == null ? null : audit.before(session);
        } catch (RuntimeException e) {
            // Creating a listener must never fail the request; this request's audit changes go unseen.
            couldNotQueue(null, "the realm's audit settings", e);
        }
    }

    @Override
    public void onEvent(Event event) {
        try {
            UserEventType type = EventCopies.typeOf(event.getType());
            if (type != null) {
                pipeline.offer(EventCopies.user(event, type, userAgent(),
                        EventCopies.deviceId(event, type, () -> deviceIdOfThisSignIn(event.getRealmId()))));
            }
        } catch (RuntimeException e) {
            couldNotQueue(event.getRealmId(), "event " + event.getType(), e);
        }
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        try {
            RealmModel realm = session.realms().getRealm(event.getRealmId());
            if (realm == null || event.getOperationType() == null) {
                return;
            }
            checkAudit(realm, event);
            pipeline.offer(EventCopies.admin(event, EventCopies.targetUser(event.getResourcePath()),
                    privilegedAccess.granted(session, realm, event)));
        } catch (RuntimeException e) {
            couldNotQueue(event.getRealmId(), "an admin event", e);
        }
    }

    /** On its own: a problem here must not cost the admin event its scoring, nor the other way round. */
    private void checkAudit(RealmModel realm, AdminEvent event) {
        if (audit == null) {
            return;
        }
        try {
            auditBefore = audit.check(session, realm, event, auditBefore);
        } catch (RuntimeException e) {
            couldNotQueue(event.getRealmId(), "the realm's audit settings", e);
        }
    }

    /** Counted, and warned about at most once a minute per realm: the scorer misses what it cannot queue. */
    private void couldNotQueue(String realmId, String what, RuntimeException e) {
        pipeline.metrics().enqueueFailed();
        ENQUEUE_WARNINGS.warn(String.valueOf(realmId), "Realm %s: could not queue %s for scoring: %s",
                LogText.oneLine(realmId), what, LogText.cause(e));
        LOG.debug("Could not queue for scoring", e);
    }

    /**
     * The digest the device-cookie step left in this sign-in's auth session; else the digest of the device
     * cookie the browser sent, for sign-ins that did not pass the step (single sign-on through the session
     * cookie, a sign-in through an identity provider) by a browser that got the cookie earlier; else {@code null}.
     */
    private String deviceIdOfThisSignIn(String realmId) {
        String note = null;
        try {
            AuthenticationSessionModel authSession = session.getContext().getAuthenticationSession();
            note = authSession == null ? null : authSession.getAuthNote(DeviceCookieAuthenticator.AUTH_NOTE);
        } catch (RuntimeException e) {
            // An auth session already removed at the end of the sign-in: fall back to the cookie.
        }
        return note != null ? note : presentedDeviceCookie(realmId);
    }

    private String presentedDeviceCookie(String realmId) {
        HttpHeaders headers = session.getContext().getRequestHeaders();
        Cookie cookie = headers == null || realmId == null ? null
                : headers.getCookies().get(DeviceCookieAuthenticator.COOKIE_NAME);
        return cookie != null && DeviceId.isWellFormed(cookie.getValue())
                ? new DeviceId(cookie.getValue(), false).digest(realmId) : null;
    }

    private String userAgent() {
        HttpHeaders headers = session.getContext().getRequestHeaders();
        return headers == null ? null : headers.getHeaderString(HttpHeaders.USER_AGENT);
    }

    @Override
    public void close() {
    }
}
