package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * The nightly access-intelligence run on a real two-node cluster (PostgreSQL): the test server schedules it every
 * 60 s in realm {@link #NIGHTLY_REALM} only ({@link RuntimeAccessServerConfig}), and so does the second node.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class GovernanceNightlyIT extends AbstractGovernanceIT {

    static final String NIGHTLY_REALM = "gov-nightly";
    @RegisterExtension
    static final SecondNodeExtension SECOND = new SecondNodeExtension();

    /** Both nodes schedule the run every minute; over three minutes the realm is run once per minute, not twice. */
    @Test
    void nightlyRunHappensOnOneNodeOnly() throws Exception {
        realm(NIGHTLY_REALM);
        int logFrom = ServerLog.lineCount();
        SecondNode second = SECOND.start();
        long watchedFrom = System.currentTimeMillis();
        sleep(Duration.ofSeconds(185).toMillis());
        List<Long> starts = new ArrayList<>();
        for (JsonNode run : Oidc.json(body(gov("GET", NIGHTLY_REALM, "runs?max=200", null, adminToken())))) {
            long started = Instant.parse(run.get("startedAt").asText()).toEpochMilli();
            if ("nightly".equals(run.get("trigger").asText()) && started >= watchedFrom) {
                starts.add(started);
            }
        }
        assertFalse(starts.isEmpty(), "no nightly run in three minutes");
        starts.sort(null);
        for (int i = 1; i < starts.size(); i++) {
            assertTrue(starts.get(i) - starts.get(i - 1) >= 54_000, "two nightly runs within one interval: " + starts);
        }
        long logged = ServerLog.linesContaining(logFrom, "'" + NIGHTLY_REALM + "': nightly run").size()
                + second.logLines().stream().filter(line -> line.contains("'" + NIGHTLY_REALM + "': nightly run"))
                        .count();
        assertTrue(logged >= starts.size(), "each run is logged by the node that ran it");
    }
}
