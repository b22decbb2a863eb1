package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.IdentityProviderMapperRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.userprofile.config.UPAttributePermissions;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * Keycloak ignores attributes the user profile does not declare; saving a mapper that relies on one
 * must say so in the log, and a token mapper with a malformed claim path must not be saved at all.
 * An authorization attribute users may edit themselves is logged as an error.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class AttributeDeclarationIT extends AbstractRuntimeAccessIT {

    @Test
    void savingAnIdpMapperForAnUndeclaredAttributeWarns() {
        IdentityProviderMapperRepresentation mapper = new IdentityProviderMapperRepresentation();
        mapper.setName("cost centres");
        mapper.setIdentityProviderAlias(OIDC_IDP);
        mapper.setIdentityProviderMapper("runtime-attribute-idp-mapper");
        mapper.setConfig(Map.of("syncMode", "FORCE", "claims", "cost_centre", "user.attribute", "costCentre"));
        String id;
        try (Response response = organization.admin().identityProviders().get(OIDC_IDP).addMapper(mapper)) {
            assertEquals(201, response.getStatus());
            id = response.getLocation().getPath().replaceAll(".*/", "");
        }
        try {
            assertFalse(ServerLog.linesContaining("Realm 'organization'", "[costCentre]", "does not declare").isEmpty(),
                    "warning about costCentre in " + ServerLog.path());
        } finally {
            organization.admin().identityProviders().get(OIDC_IDP).delete(id);
        }
    }

    @Test
    void tokenMapperWithBadClaimPathIsRejectedAndUndeclaredAttributeWarns() {
        String clientId = organization.admin().clients().findByClientId(Oidc.DEMO_CLIENT).get(0).getId();
        ProtocolMapperRepresentation bad = tokenMapper("broken contract", Map.of("groups.claim", "attributes..groups"));
        try (Response response = organization.admin().clients().get(clientId).getProtocolMappers().createMapper(bad)) {
            assertEquals(400, response.getStatus());
            String body = response.readEntity(String.class);
            assertTrue(body.contains("groups.claim"), "the error names the field: " + body);
        }

        ProtocolMapperRepresentation undeclared = tokenMapper("other groups", Map.of("groups.attribute", "otherGroups",
                "groups.claim", "other.runtimeGroups", "access.token.claim", "false", "id.token.claim", "false",
                "userinfo.token.claim", "false", "introspection.token.claim", "false"));
        String mapperId;
        try (Response response = organization.admin().clients().get(clientId).getProtocolMappers()
                .createMapper(undeclared)) {
            assertEquals(201, response.getStatus());
            mapperId = response.getLocation().getPath().replaceAll(".*/", "");
        }
        try {
            assertFalse(ServerLog.linesContaining("Realm 'organization'", "[otherGroups]", "does not declare").isEmpty(),
                    "warning about otherGroups in " + ServerLog.path());
        } finally {
            organization.admin().clients().get(clientId).getProtocolMappers().delete(mapperId);
        }
    }

    /**
     * Only the protocol-mappers endpoint validates a mapper when it is saved. One embedded in a new client is saved
     * as it is; its tokens must still be issued (with the default contract) and the error logged, not a 500 at
     * every token request of the client.
     */
    @Test
    void aBrokenTokenMapperSavedWithoutValidationStillLetsTokensBeIssued() {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId("broken-contract-client");
        client.setSecret("broken-contract-secret");
        client.setPublicClient(false);
        client.setDirectAccessGrantsEnabled(true);
        client.setProtocol("openid-connect");
        client.setProtocolMappers(List.of(tokenMapper("broken embedded contract", Map.of("groups.claim",
                "attributes..groups", "access.token.claim", "true"))));
        try (Response response = organization.admin().clients().create(client)) {
            assertEquals(201, response.getStatus(), "a client's embedded mappers are not validated by Keycloak");
        }
        String id = organization.admin().clients().findByClientId("broken-contract-client").get(0).getId();
        try {
            JsonNode claims = Oidc.claims(org.tokenRequest(Map.of("grant_type", "password", "username", "dana",
                    "password", "dana", "client_id", "broken-contract-client", "client_secret",
                    "broken-contract-secret")).get("access_token").asText());
            assertTrue(claims.path("attributes").path("runtimeGroups").isArray(), "the default contract: " + claims);
            assertTrue(claims.path("attributes").path("designerUser").isBoolean(), claims.toString());
            assertFalse(ServerLog.linesContaining("broken embedded contract", "cannot use its configuration").isEmpty(),
                    "the error is logged: " + ServerLog.path());
        } finally {
            organization.admin().clients().get(id).remove();
        }
    }

    @Test
    void aDesignerFlagUsersMayEditIsAnError() {
        UPConfig original = organization.admin().users().userProfile().getConfiguration();
        UPConfig open = organization.admin().users().userProfile().getConfiguration();
        open.getAttribute("designerUser").setPermissions(new UPAttributePermissions(Set.of("admin", "user"),
                Set.of("admin", "user")));
        try {
            organization.admin().users().userProfile().update(open);
            assertFalse(ServerLog.linesContaining("ERROR", "SECURITY: realm 'organization' (USER_PROFILE UPDATE)",
                    "[designerUser]", "grant itself").isEmpty(), "error about designerUser in " + ServerLog.path());
        } finally {
            organization.admin().users().userProfile().update(original);
        }
    }

    @Test
    void enabledUnmanagedAttributesMakeAnUndeclaredFilterSelfEditable() {
        UPConfig original = organization.admin().users().userProfile().getConfiguration();
        UPConfig open = organization.admin().users().userProfile().getConfiguration();
        open.removeAttribute("businessFilter");
        open.setUnmanagedAttributePolicy(UPConfig.UnmanagedAttributePolicy.ENABLED);
        try {
            organization.admin().users().userProfile().update(open);
            assertFalse(ServerLog.linesContaining("ERROR", "SECURITY: realm 'organization' (USER_PROFILE UPDATE)",
                    "[businessFilter]").isEmpty(), "error about businessFilter in " + ServerLog.path());
        } finally {
            organization.admin().users().userProfile().update(original);
        }
    }

    @Test
    void anIdpMapperWithAHugeMaxValuesIsReportedWhenSaved() {
        IdentityProviderMapperRepresentation mapper = new IdentityProviderMapperRepresentation();
        mapper.setName("too many groups");
        mapper.setIdentityProviderAlias(OIDC_IDP);
        mapper.setIdentityProviderMapper("runtime-attribute-idp-mapper");
        mapper.setConfig(Map.of("syncMode", "FORCE", "claims", "groups", "user.attribute", "flowxIdPGroups",
                "max.values", "100000"));
        String id;
        try (Response response = organization.admin().identityProviders().get(OIDC_IDP).addMapper(mapper)) {
            // Keycloak has no validation hook for identity-provider mappers, so the save itself succeeds.
            assertEquals(201, response.getStatus());
            id = response.getLocation().getPath().replaceAll(".*/", "");
        }
        try {
            assertFalse(ServerLog.linesContaining("ERROR", "'too many groups'", "misconfigured: max.values")
                    .isEmpty(), "error naming max.values in " + ServerLog.path());
        } finally {
            organization.admin().identityProviders().get(OIDC_IDP).delete(id);
        }
    }

    private static ProtocolMapperRepresentation tokenMapper(String name, Map<String, String> config) {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName(name);
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper("runtime-attributes-token-mapper");
        mapper.setConfig(config);
        return mapper;
    }
}
