package io.runtimeaccess.it;

import org.keycloak.testframework.server.KeycloakServerConfig;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder;

/**
 * The one Keycloak every integration test shares: the distribution with our drop-in jar in
 * providers/ and the server log also written to a file the tests read.
 */
public class RuntimeAccessServerConfig implements KeycloakServerConfig {

    @Override
    public KeycloakServerConfigBuilder configure(KeycloakServerConfigBuilder server) {
        return server
                .dependency("io.runtimeaccess", "runtime-access")
                .option("log", "console,file")
                .option("log-file", ServerLog.path().toString());
    }
}
