package io.runtimeaccess.mappers.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.models.ProtocolMapperModel;

class RuntimeAttributesTokenMapperConfigTest {

    @Test
    void defaultsAreTheContract() {
        RuntimeAttributesTokenMapperConfig config = new RuntimeAttributesTokenMapperConfig(Map.of());
        assertEquals(List.of("flowxIdPGroups", "businessFilter", "designerUser"), config.attributes());
        assertEquals("attributes.runtimeGroups", config.groupsClaim().expression());
        assertEquals("attributes.businessFilters", config.businessFiltersClaim().expression());
        assertEquals("attributes.designerUser", config.designerClaim().expression());
        assertEquals("org_id", config.organizationClaim().expression());
    }

    @Test
    void createHelperSetsTheIncludeSwitches() {
        ProtocolMapperModel mapper = RuntimeAttributesTokenMapper.create("contract", true, false, true, true);
        assertEquals(RuntimeAttributesTokenMapper.PROVIDER_ID, mapper.getProtocolMapper());
        assertEquals("openid-connect", mapper.getProtocol());
        assertEquals("true", mapper.getConfig().get("access.token.claim"));
        assertEquals("false", mapper.getConfig().get("id.token.claim"));
        assertEquals(List.of("flowxIdPGroups", "businessFilter", "designerUser"),
                new RuntimeAttributesTokenMapperConfig(mapper.getConfig()).attributes());
    }

    @Test
    void customNamesAreHonoured() {
        RuntimeAttributesTokenMapperConfig config = new RuntimeAttributesTokenMapperConfig(Map.of(
                RuntimeAttributesTokenMapperConfig.GROUPS_ATTRIBUTE, "groupsFromEntra",
                RuntimeAttributesTokenMapperConfig.ORGANIZATION_CLAIM, "https://flowx\\.ai/org"));
        assertEquals("groupsFromEntra", config.groupsAttribute());
        assertEquals(Map.of("https://flowx.ai/org", "r"), write(config, "r"));
    }

    /** Keycloak keeps a mapper saved without a config as null: the defaults apply, as for an empty one. */
    @Test
    void noConfigAtAllTakesTheDefaults() {
        RuntimeAttributesTokenMapperConfig config = new RuntimeAttributesTokenMapperConfig(null);
        assertEquals(List.of("flowxIdPGroups", "businessFilter", "designerUser"), config.attributes());
    }

    /** A claim Keycloak writes itself would appear twice in the token's JSON. */
    @Test
    void aClaimKeycloakWritesItselfIsRefusedNamingTheField() {
        IllegalArgumentException sub = assertThrows(IllegalArgumentException.class, () ->
                new RuntimeAttributesTokenMapperConfig(Map.of(RuntimeAttributesTokenMapperConfig.ORGANIZATION_CLAIM,
                        "sub")));
        assertTrue(sub.getMessage().startsWith(RuntimeAttributesTokenMapperConfig.ORGANIZATION_CLAIM + ": 'sub'"),
                sub.getMessage());
        IllegalArgumentException roles = assertThrows(IllegalArgumentException.class, () ->
                new RuntimeAttributesTokenMapperConfig(Map.of(RuntimeAttributesTokenMapperConfig.GROUPS_CLAIM,
                        "realm_access.roles")));
        assertTrue(roles.getMessage().contains("'realm_access'"), roles.getMessage());
        new RuntimeAttributesTokenMapperConfig(Map.of(RuntimeAttributesTokenMapperConfig.GROUPS_CLAIM,
                "attributes.subjects"));
    }

    /** Every field of Keycloak's access and ID tokens, the ones easy to forget too. */
    @Test
    void everyFieldOfKeycloaksTokensIsReserved() {
        for (String field : List.of("locale", "address", "phone_number", "updated_at", "nickname", "at_hash",
                "authorization", "trusted-certs", "iss", "sub", "azp", "realm_access", "allowed-origins", "sid", "acr",
                "preferred_username", "email", "given_name", "family_name", "scope", "session_state")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () ->
                    new RuntimeAttributesTokenMapperConfig(Map.of(RuntimeAttributesTokenMapperConfig.ORGANIZATION_CLAIM,
                            field)), field);
            assertTrue(refused.getMessage().contains("'" + field + "'"), refused.getMessage());
        }
        new RuntimeAttributesTokenMapperConfig(Map.of(RuntimeAttributesTokenMapperConfig.ORGANIZATION_CLAIM,
                "otherClaims"));
    }

    @Test
    void malformedClaimPathNamesTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                new RuntimeAttributesTokenMapperConfig(Map.of(RuntimeAttributesTokenMapperConfig.DESIGNER_CLAIM, "a..b")));
        assertTrue(e.getMessage().startsWith("designer.claim:"), e.getMessage());
    }

    @Test
    void claimsThatWouldOverwriteEachOtherAreRefused() {
        IllegalArgumentException inside = assertThrows(IllegalArgumentException.class, () ->
                new RuntimeAttributesTokenMapperConfig(Map.of(RuntimeAttributesTokenMapperConfig.GROUPS_CLAIM, "attributes")));
        assertTrue(inside.getMessage().startsWith("groups.claim:") && inside.getMessage().contains("businessFilters"),
                inside.getMessage());
        IllegalArgumentException same = assertThrows(IllegalArgumentException.class, () ->
                new RuntimeAttributesTokenMapperConfig(Map.of(RuntimeAttributesTokenMapperConfig.ORGANIZATION_CLAIM,
                        "attributes.designerUser")));
        assertTrue(same.getMessage().contains("org"), same.getMessage());
        new RuntimeAttributesTokenMapperConfig(Map.of(RuntimeAttributesTokenMapperConfig.GROUPS_CLAIM,
                "attributes.groups2"));
    }

    private static Map<String, Object> write(RuntimeAttributesTokenMapperConfig config, String value) {
        Map<String, Object> claims = new java.util.HashMap<>();
        config.organizationClaim().write(claims, value);
        return claims;
    }
}
