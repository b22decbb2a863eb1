package io.runtimeaccess.it;

import org.keycloak.testframework.server.KeycloakServerConfig;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder.LogHandlers;

/**
 * The one Keycloak every integration test shares: the distribution with our drop-in jar in
 * providers/, on the database the Failsafe execution names (emptied first), and the server log also
 * written to a file the tests read.
 */
public class RuntimeAccessServerConfig implements KeycloakServerConfig {

    @Override
    public KeycloakServerConfigBuilder configure(KeycloakServerConfigBuilder server) {
        TestDatabase.recreateOnce();
        server.log().handlers(LogHandlers.CONSOLE, LogHandlers.FILE);
        return server
                .dependency("io.runtimeaccess", "runtime-access")
                // Expired grants are cleaned up every 2 s instead of hourly, so a test can watch it happen.
                .spiOption("jpa-entity-provider", "runtime-access-sharing", "expired-grants-cleanup-interval", "2")
                .option("log-file", ServerLog.path().toString());
    }
}
