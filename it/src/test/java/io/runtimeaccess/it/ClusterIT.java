package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * Two Keycloak nodes on one PostgreSQL database, clustered over JDBC_PING: a sharing change made
 * through one node's admin API changes the other node's decisions within a second, because the change
 * travels as a cluster event and drops the other node's in-memory index.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class ClusterIT extends AbstractSharingIT {

    private static final Duration PROPAGATION_LIMIT = Duration.ofSeconds(1);
    @RegisterExtension
    static final SecondNodeExtension SECOND = new SecondNodeExtension();

    @Test
    void aChangeOnEitherNodeIsSeenOnTheOtherWithinOneSecond() throws Exception {
        String clara = createOrganizationUser("clara");
        String solution = newSolution("Cluster Loans");
        startSecondNode();
        Oidc secondOrg = new Oidc(SecondNode.baseUrl(), organization.getName());
        String claraOnFirst = org.passwordLogin("clara", "clara").get("access_token").asText();
        String claraOnSecond = secondOrg.passwordLogin("clara", "clara").get("access_token").asText();
        // Both nodes answer once, so each holds the realm's index in memory before the change.
        assertEquals(false, uses(urls.getBase(), claraOnFirst, clara, solution));
        assertEquals(false, uses(SecondNode.baseUrl(), claraOnSecond, clara, solution));

        HttpResponse<String> granted = adminPost("solutions/" + solution + "/grants",
                "{\"principal\":{\"type\":\"user\",\"name\":\"clara\"},\"role\":\"user\"}");
        assertEquals(201, granted.statusCode(), granted.body());
        long seenAfter = millisUntil(SecondNode.baseUrl(), claraOnSecond, clara, solution, true);
        System.out.printf("ClusterIT: a grant made on node 1 was seen on node 2 after %d ms%n", seenAfter);

        String grantId = Oidc.json(granted.body()).get("id").asText();
        HttpResponse<String> revoked = send(HttpRequest.newBuilder(URI.create(SecondNode.baseUrl() + "/admin/realms/"
                + organization.getName() + "/runtime-access/solutions/" + solution + "/grants/" + grantId))
                .header("Authorization", "Bearer " + SecondNode.adminToken()).DELETE());
        assertEquals(204, revoked.statusCode(), revoked.body());
        long revokedAfter = millisUntil(urls.getBase(), claraOnFirst, clara, solution, false);
        System.out.printf("ClusterIT: a revocation made on node 2 was seen on node 1 after %d ms%n", revokedAfter);
    }

    private void startSecondNode() throws Exception {
        SecondNode second = SECOND.start();
        assertTrue(second.logLines().stream().anyMatch(line -> line.contains("ISPN000094") && line.contains("(2)")),
                "the second node joined no two-node cluster view; see target/second-node.log");
    }

    /** Asks the node until it gives {@code expected}; fails if that takes longer than the limit. */
    private long millisUntil(String node, String token, String user, String solution, boolean expected) {
        long start = System.nanoTime();
        long deadline = start + PROPAGATION_LIMIT.toNanos();
        while (uses(node, token, user, solution) != expected) {
            assertTrue(System.nanoTime() < deadline, node + " still answered " + !expected + " after "
                    + PROPAGATION_LIMIT.toMillis() + " ms");
            sleep(20);
        }
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    private boolean uses(String node, String token, String user, String solution) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(node + "/realms/" + organization.getName()
                + "/runtime-access/access/v1/evaluation")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"subject\":{\"type\":\"user\",\"id\":\"" + user + "\"},\"action\":{\"name\":\"use\"},"
                                + "\"resource\":{\"type\":\"solution\",\"id\":\"" + solution + "\"}}")));
        assertEquals(200, response.statusCode(), response.body());
        return Oidc.json(response.body()).get("decision").asBoolean();
    }
}
