package io.runtimeaccess.events.audit;

import io.runtimeaccess.anomaly.audit.AuditSettings;
import io.runtimeaccess.anomaly.audit.AuditTampering;
import org.keycloak.models.RealmModel;

/** Reads a realm's {@link AuditSettings} from its model (cached by Keycloak: no database query). */
final class RealmAuditSettings {

    /**
     * The realm attribute that holds how long admin events are kept, in seconds (Keycloak's
     * {@code RealmAttributes.ADMIN_EVENTS_EXPIRATION}, which lives in its JPA module).
     */
    static final String ADMIN_EVENTS_EXPIRATION = "adminEventsExpiration";

    private RealmAuditSettings() {
    }

    static AuditSettings of(RealmModel realm) {
        return new AuditSettings(realm.getEventsListenersStream().anyMatch(AuditTampering.LISTENER::equals),
                realm.isEventsEnabled(), realm.isAdminEventsEnabled(), realm.isAdminEventsDetailsEnabled(),
                realm.getEventsExpiration(), seconds(realm.getAttribute(ADMIN_EVENTS_EXPIRATION)));
    }

    /** A value that is not a number is no expiry, as Keycloak's own cleanup reads it. */
    static long seconds(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
