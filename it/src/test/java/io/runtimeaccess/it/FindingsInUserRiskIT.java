package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * Anomaly findings in a user's risk on a real Keycloak, from sign-ins through the scorer to the stored score: an open
 * finding counts (and scores the user again at once), a confirmed one (a real incident) still counts, a dismissed one
 * no longer does (and scores the user again).
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class FindingsInUserRiskIT extends AbstractSharingIT {

    @Test
    void aConfirmedFindingStillCountsAndADismissedOneNoLonger() {
        enableAnomalyListener();
        String userId = createOrganizationUser("risk-guessed");
        assertEquals(0, findingPoints(recompute(userId)), "no finding yet");
        for (int i = 0; i < 32; i++) {
            failedLogin("risk-guessed", "10.41." + (i % 16) + ".1", "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0");
        }
        JsonNode finding = awaitFinding("user=" + userId, f -> "BRUTE_FORCE".equals(f.path("detection").asText()));
        String findingId = finding.get("id").asText();
        // "Condition - user risk" reads the stored score: the finding scores the user again, no run needed
        awaitTrue(() -> findingPoints(stored(userId)) > 0, "the stored risk counts the new finding");
        int points = findingPoints(recompute(userId));
        assertTrue(points > 0, "an open finding weighs in the risk");

        HttpResponse<String> confirmed = findingsCall("POST", "/" + findingId + "/acknowledge", adminToken(), "");
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertEquals(points, findingPoints(recompute(userId)), "a confirmed finding is a real incident: it still counts");

        HttpResponse<String> dismissed = findingsCall("POST", "/" + findingId + "/dismiss", adminToken(), "");
        assertEquals(200, dismissed.statusCode(), dismissed.body());
        awaitTrue(() -> findingPoints(stored(userId)) == 0, "the dismissal scores the user again: it no longer counts");
        assertEquals(0, findingPoints(recompute(userId)), "a dismissed finding no longer counts");
    }

    private JsonNode stored(String userId) {
        HttpResponse<String> risk = adminGet("governance/users/" + userId + "/risk");
        assertEquals(200, risk.statusCode(), risk.body());
        return Oidc.json(risk.body());
    }

    private JsonNode recompute(String userId) {
        HttpResponse<String> risk = adminPost("governance/users/" + userId + "/risk", "");
        assertEquals(200, risk.statusCode(), risk.body());
        return Oidc.json(risk.body());
    }

    /** The points of the findings reason, 0 when the risk has none. */
    private static int findingPoints(JsonNode risk) {
        for (JsonNode reason : risk.get("reasons")) {
            if ("open-findings".equals(reason.get("code").asText())) {
                return reason.get("points").asInt();
            }
        }
        return 0;
    }
}
