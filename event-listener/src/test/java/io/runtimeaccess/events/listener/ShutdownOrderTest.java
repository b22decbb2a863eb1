package io.runtimeaccess.events.listener;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.RealmProvider;

class ShutdownOrderTest {

    /** Keycloak closes a factory before those it depends on: the pipeline's last save still finds the database. */
    @Test
    void theListenerClosesBeforeTheDatabaseAndTheRealms() {
        var dependencies = new RuntimeAccessEventListenerFactory().dependsOn();
        assertTrue(dependencies.contains(JpaConnectionProvider.class), dependencies.toString());
        assertTrue(dependencies.contains(RealmProvider.class), dependencies.toString());
    }
}
