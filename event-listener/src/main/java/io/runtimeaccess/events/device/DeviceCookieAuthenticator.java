package io.runtimeaccess.events.device;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.RealmsResource;
import org.keycloak.utils.SecureContextResolver;

/**
 * Recognises the browser a sign-in comes from. It reads the realm's long-lived device cookie, issues
 * one when the browser has none (or a malformed one), renews it, and puts a realm-bound digest of it
 * on the sign-in's events. It never challenges and never fails a login: whatever happens, the flow
 * goes on with {@code success()}.
 */
public class DeviceCookieAuthenticator implements Authenticator {

    /** The cookie, scoped to {@code /realms/{realm}/} so each realm gives a browser its own id. */
    public static final String COOKIE_NAME = "RUNTIME_ACCESS_DEVICE";

    /**
     * Auth-session note with the digest. When required actions follow the flow, Keycloak emits the
     * LOGIN event in a later request with details rebuilt from the auth session, so the listener reads
     * the digest from here instead.
     */
    public static final String AUTH_NOTE = DeviceId.DETAIL;

    private static final Logger LOG = Logger.getLogger(DeviceCookieAuthenticator.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Bad configurations already reported, so a broken setting is logged once, not at every login. */
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        try {
            recognise(context);
        } catch (RuntimeException e) {
            // A device id is an extra signal for the scorer; without it the sign-in goes on as before.
            LOG.warnf("Realm '%s': no device id for this sign-in: %s", context.getRealm().getName(), e.toString());
        }
        context.success();
    }

    private void recognise(AuthenticationFlowContext context) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        Cookie presented = context.getHttpRequest().getHttpHeaders().getCookies().get(COOKIE_NAME);
        DeviceId device = DeviceId.presentedOrNew(presented == null ? null : presented.getValue(), RANDOM);
        DeviceCookieConfig config = config(realm, context.getAuthenticatorConfig());

        // Set again when it was presented too: renewing the lifetime keeps a browser in daily use recognised
        // beyond the 400-day cap a browser puts on any cookie.
        session.getContext().getHttpResponse().setCookieIfAbsent(new NewCookie.Builder(COOKIE_NAME)
                .value(device.value())
                .path(RealmsResource.realmBaseUrl(session.getContext().getUri()).path("/").build(realm.getName())
                        .getRawPath())
                .maxAge(config.maxAgeSeconds())
                // As for Keycloak's own cookies: Secure over HTTPS and on localhost (a secure context for
                // browsers), except for Safari, which refuses Secure cookies on http://localhost.
                .secure(SecureContextResolver.isSecureContext(session))
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build());

        Map<String, String> details = device.eventDetails(realm.getId());
        details.forEach(context.getEvent()::detail);
        context.getAuthenticationSession().setAuthNote(AUTH_NOTE, details.get(DeviceId.DETAIL));
        LOG.debugf("Realm '%s': device %s (%s)", realm.getName(), details.get(DeviceId.DETAIL),
                device.issued() ? "new" : "known");
    }

    private static DeviceCookieConfig config(RealmModel realm, AuthenticatorConfigModel model) {
        if (model == null || model.getConfig() == null) {
            return DeviceCookieConfig.DEFAULTS;
        }
        try {
            return new DeviceCookieConfig(model.getConfig());
        } catch (IllegalArgumentException e) {
            if (REPORTED.size() < 1_000 && REPORTED.add(realm.getId() + "/" + model.getId() + "/" + e.getMessage())) {
                LOG.warnf("Realm '%s': device cookie configuration '%s': %s; using the default of %d days",
                        realm.getName(), model.getAlias(), e.getMessage(), DeviceCookieConfig.DEFAULT_MAX_AGE_DAYS);
            }
            return DeviceCookieConfig.DEFAULTS;
        }
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        // Never challenges, so there is no form to act on.
        context.success();
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
