package io.runtimeaccess.lifecycle.offboard;

import org.keycloak.models.RealmModel;

/**
 * A test-only fault: stop an apply after N users, as if the server had died there, to test the resume. Off unless
 * the server is started with the provider option {@code fault-injection=true}
 * ({@code --spi-jpa-entity-provider--runtime-access-lifecycle--fault-injection=true}); then a realm attribute
 * {@value #STOP_AFTER_ATTRIBUTE} set to N makes each apply call in that realm stop after N users. Never enable it in
 * production: it exists so that the integration tests need no real server kill.
 */
public final class OffboardingFaults {

    public static final String STOP_AFTER_ATTRIBUTE = "runtimeAccess.lifecycle.faultStopAfterUsers";
    private static volatile boolean enabled;

    private OffboardingFaults() {
    }

    public static void enable(boolean on) {
        enabled = on;
    }

    /** Users after which an apply call in the realm stops; -1 for no fault. */
    static int stopAfter(RealmModel realm) {
        if (!enabled) {
            return -1;
        }
        String value = realm.getAttribute(STOP_AFTER_ATTRIBUTE);
        try {
            return value == null ? -1 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
