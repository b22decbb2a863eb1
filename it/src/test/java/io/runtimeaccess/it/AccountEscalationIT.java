package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * The runtime attributes are admin-only in the user profile: an end user cannot read them through
 * the Account REST API, and an attempt to grant itself the designer bypass or a group is refused.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class AccountEscalationIT extends AbstractRuntimeAccessIT {

    @Test
    void endUserCannotSeeOrSetRuntimeAttributes() {
        String token = org.accountConsoleToken(OIDC_IDP, "bob");

        HttpResponse<String> me = Oidc.call(account(token).GET().build());
        assertEquals(200, me.statusCode(), me.body());
        JsonNode profile = Oidc.json(me.body());
        assertFalse(me.body().contains("designerUser") || me.body().contains("flowxIdPGroups"),
                "runtime attributes are hidden from the user: " + me.body());

        ObjectNode escalation = ((ObjectNode) profile).deepCopy();
        escalation.remove("userProfileMetadata");
        ObjectNode attributes = escalation.putObject("attributes");
        attributes.putArray("designerUser").add("true");
        ((ArrayNode) attributes.putArray("flowxIdPGroups")).add("Administrators");
        HttpResponse<String> attempt = Oidc.call(account(token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(escalation.toString())).build());

        assertEquals(400, attempt.statusCode(), attempt.body());
        assertTrue(attempt.body().contains("error-user-attribute-read-only"), attempt.body());
        assertTrue(attempt.body().contains("designerUser") && attempt.body().contains("flowxIdPGroups"),
                "both fields are named: " + attempt.body());
        assertTrue(attribute(organizationUser("bob"), "designerUser").isEmpty(), "nothing was written");
        assertContract(accessTokenClaims(org.brokeredLogin(OIDC_IDP, "bob")), List.of(), List.of(), false);
    }

    private HttpRequest.Builder account(String token) {
        return HttpRequest.newBuilder(URI.create(org.realmUrl() + "/account/"))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }
}
