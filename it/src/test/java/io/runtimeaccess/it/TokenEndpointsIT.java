package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.ProtocolMappersResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/** The contract is the same wherever a relying party reads it; a lightweight token leaves it out unless asked. */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class TokenEndpointsIT extends AbstractRuntimeAccessIT {

    private static final List<String> DANA_GROUPS = List.of("Designers");
    private static final List<String> DANA_FILTERS = List.of("EMEA");

    /** A FlowX client added to the template's realm gets the contract without touching its scopes. */
    @Test
    void aClientCreatedInTheRealmGetsTheContractScope() {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId("flowx-platform-authenticate");
        client.setPublicClient(true);
        String id;
        try (Response created = organization.admin().clients().create(client)) {
            assertEquals(201, created.getStatus());
            id = CreatedResponseUtil.getCreatedId(created);
        }
        try {
            assertTrue(organization.admin().clients().get(id).getDefaultClientScopes().stream()
                    .anyMatch(scope -> scope.getName().equals("runtime-attributes")));
        } finally {
            organization.admin().clients().get(id).remove();
        }
    }

    @Test
    void idTokenUserInfoAndIntrospectionCarryTheSameContract() {
        JsonNode tokens = org.passwordLogin("dana", "dana");
        String accessToken = tokens.get("access_token").asText();

        assertContract(Oidc.claims(accessToken), DANA_GROUPS, DANA_FILTERS, true);
        assertContract(Oidc.claims(tokens.get("id_token").asText()), DANA_GROUPS, DANA_FILTERS, true);
        assertContract(org.userInfo(accessToken), DANA_GROUPS, DANA_FILTERS, true);
        JsonNode introspection = org.introspect(accessToken);
        assertTrue(introspection.get("active").asBoolean());
        assertContract(introspection, DANA_GROUPS, DANA_FILTERS, true);
    }

    @Test
    void lightweightAccessTokenOmitsTheContractUnlessSwitchedOn() {
        ClientResource client = demoClient();
        ClientRepresentation original = client.toRepresentation();
        ProtocolMappersResource mappers = organization.admin().clientScopes().get(runtimeScopeId()).getProtocolMappers();
        ProtocolMapperRepresentation mapper = mappers.getMappers().get(0);
        try {
            ClientRepresentation lightweight = client.toRepresentation();
            lightweight.getAttributes().put("client.use.lightweight.access.token.enabled", "true");
            client.update(lightweight);

            String accessToken = org.passwordLogin("dana", "dana").get("access_token").asText();
            JsonNode claims = Oidc.claims(accessToken);
            assertNull(claims.get("attributes"), "lightweight token without the contract: " + claims);
            assertNull(claims.get("org_id"));
            assertContract(org.introspect(accessToken), DANA_GROUPS, DANA_FILTERS, true);

            mapper.getConfig().put("lightweight.claim", "true");
            mappers.update(mapper.getId(), mapper);
            assertContract(Oidc.claims(org.passwordLogin("dana", "dana").get("access_token").asText()),
                    DANA_GROUPS, DANA_FILTERS, true);
        } finally {
            mapper.getConfig().put("lightweight.claim", "false");
            mappers.update(mapper.getId(), mapper);
            client.update(original);
        }
        assertEquals("false", mappers.getMapperById(mapper.getId()).getConfig().get("lightweight.claim"));
    }

    private ClientResource demoClient() {
        String id = organization.admin().clients().findByClientId(Oidc.DEMO_CLIENT).get(0).getId();
        return organization.admin().clients().get(id);
    }

    private String runtimeScopeId() {
        return organization.admin().clientScopes().findAll().stream()
                .filter(s -> s.getName().equals("runtime-attributes")).findFirst().orElseThrow().getId();
    }
}
