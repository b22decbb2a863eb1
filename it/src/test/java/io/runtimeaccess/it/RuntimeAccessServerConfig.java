package io.runtimeaccess.it;

import java.nio.file.Paths;
import org.keycloak.testframework.infinispan.CacheType;
import org.keycloak.testframework.server.KeycloakServerConfig;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder.LogHandlers;

/**
 * The one Keycloak every integration test shares: the distribution with our drop-in jar in
 * providers/, on the database the Failsafe execution names (emptied first), and the server log also
 * written to a file the tests read. In the execution that runs {@link ClusterIT} it is the first node
 * of a cluster (embedded Infinispan, nodes found through the shared database).
 */
public class RuntimeAccessServerConfig implements KeycloakServerConfig {

    @Override
    public KeycloakServerConfigBuilder configure(KeycloakServerConfigBuilder server) {
        TestDatabase.recreateOnce();
        server.log().handlers(LogHandlers.CONSOLE, LogHandlers.FILE);
        server.dependency("io.runtimeaccess", "runtime-access")
                // Expired grants are cleaned up every 2 s instead of hourly, so a test can watch it happen.
                .spiOption("jpa-entity-provider", "runtime-access-sharing", "expired-grants-cleanup-interval", "2")
                // Grant uses are flushed every second instead of every 5 minutes, so a test can read them.
                .spiOption("jpa-entity-provider", "runtime-access-sharing", "grant-use-flush-interval", "1")
                // Expired access requests lose their access within a second, so a test can watch it go.
                .spiOption("jpa-entity-provider", "runtime-access-requests", "expiry-sweep-interval", "1")
                // Two per sweep, so a sweep after a full page takes the next one after it on every database.
                .spiOption("jpa-entity-provider", "runtime-access-requests", "expiry-sweep-batch", "2")
                // Access-review campaigns are reminded, closed and restarted within a second of their time.
                .spiOption("jpa-entity-provider", "runtime-access-reviews", "sweep-interval", "1")
                // The test-only fault switch of offboarding (stop an apply after N users), for LifecycleOffboardingIT.
                .spiOption("jpa-entity-provider", "runtime-access-lifecycle", "fault-injection", "true")
                // The ticket task runs every second, retries after 1 s, polls each open ticket every second and each
                // resolved one every 2 s (so a reopened one shows open again); the local Jira of JiraTicketIT
                // answers plain http on 127.0.0.1, which only this opt-in allows.
                .spiOption("jpa-entity-provider", "runtime-access-tickets", "delivery-interval", "1")
                .spiOption("jpa-entity-provider", "runtime-access-tickets", "poll-interval", "1")
                .spiOption("jpa-entity-provider", "runtime-access-tickets", "resolved-poll-interval", "2")
                .spiOption("jpa-entity-provider", "runtime-access-tickets", "retry-first", "1")
                .spiOption("jpa-entity-provider", "runtime-access-tickets", "allow-http-localhost", "true")
                .option("log-file", ServerLog.path().toString())
                // Keycloak's file vault, for secrets given as ${vault.name}: a test writes the file it reads.
                .option("vault", "file").option("vault-dir", vaultDirectory().toString())
                // Tests sign in "from" other addresses through X-Forwarded-For, and read /metrics.
                .option("proxy-headers", "xforwarded")
                .option("metrics-enabled", "true");
        eventListener(server, "queue-capacity", "50");
        eventListener(server, "webhook-outbox-capacity", "5");
        // The tests' webhook receivers listen on loopback, which webhooks may not reach by default.
        eventListener(server, "webhook-allow-internal", "true");
        eventListener(server, "snapshot-interval", "2");
        eventListener(server, "ip-country-file", resource("ip-location/country.csv"));
        eventListener(server, "ip-asn-file", resource("ip-location/asn.csv"));
        eventListener(server, "ip-city-file", resource("ip-location/city.csv"));
        // Access-intelligence runs every minute, only in the realm GovernanceNightlyIT watches; sign-ins flush every second.
        governance(server, "nightly-interval", "60");
        governance(server, "nightly-realms", GovernanceNightlyIT.NIGHTLY_REALM);
        governance(server, "sign-in-flush-interval", "1");
        if (SecondNode.clusterEnabled()) {
            server.cache(CacheType.ISPN)
                    .option("cache-embedded-network-bind-address", "127.0.0.1")
                    .option("cache-embedded-network-bind-port", "7800");
        }
        return server;
    }

    private static void eventListener(KeycloakServerConfigBuilder server, String option, String value) {
        server.spiOption("events-listener", "runtime-access-events", option, value);
    }

    private static void governance(KeycloakServerConfigBuilder server, String option, String value) {
        server.spiOption("events-listener", "runtime-access-governance", option, value);
    }

    /** The file vault's folder: a secret {@code key} of realm {@code r} is the file {@code r_key} in it. */
    static java.nio.file.Path vaultDirectory() {
        java.nio.file.Path folder = Paths.get("target/vault").toAbsolutePath();
        try {
            java.nio.file.Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return folder;
    }

    private static String resource(String path) {
        return Paths.get("src/test/resources", path).toAbsolutePath().toString();
    }
}
