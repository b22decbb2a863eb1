package io.runtimeaccess.mappers.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.models.ProtocolMapperModel;

class RuntimeAttributesTokenMapperTest {

    @Test
    void anAttributesObjectAnotherMapperWroteAsJsonIsAddedToNotReplaced() {
        ObjectNode written = JsonNodeFactory.instance.objectNode().put("costCentre", "C-7");
        Map<String, Object> claims = new HashMap<>(Map.of("attributes", written));
        RuntimeAttributesTokenMapperConfig config = new RuntimeAttributesTokenMapperConfig(Map.of());
        RuntimeAttributesTokenMapper.asMaps(claims, config);
        config.groupsClaim().write(claims, List.of("g1"));
        config.designerClaim().write(claims, false);
        assertEquals(Map.of("costCentre", "C-7", "runtimeGroups", List.of("g1"), "designerUser", false),
                claims.get("attributes"));
    }

    /** Whatever scope each comes from, Keycloak's own claim mappers write first and this one adds to them. */
    @Test
    void runsAfterKeycloaksClaimMappers() {
        int priority = new RuntimeAttributesTokenMapper().getPriority();
        for (org.keycloak.protocol.ProtocolMapper keycloaks : List.of(new org.keycloak.protocol.oidc.mappers
                .HardcodedClaim(), new org.keycloak.protocol.oidc.mappers.UserAttributeMapper(),
                new org.keycloak.protocol.oidc.mappers.GroupMembershipMapper(),
                new org.keycloak.protocol.oidc.mappers.UserSessionNoteMapper())) {
            assertTrue(priority > keycloaks.getPriority(), keycloaks.getId());
        }
    }

    /** The access explanation reads a mapper's configuration as tokens do: a broken one is the default contract. */
    @Test
    void aBrokenMappersConfigurationIsTheDefaultContractNotAnError() {
        ProtocolMapperModel broken = new ProtocolMapperModel();
        broken.setId("broken-explained");
        broken.setName("broken");
        broken.setConfig(new HashMap<>(Map.of("groups.claim", "attributes..groups")));
        RuntimeAttributesTokenMapperConfig config = RuntimeAttributesTokenMapper.config(broken);
        Map<String, Object> claims = new HashMap<>();
        config.groupsClaim().write(claims, List.of("g1"));
        assertEquals(Map.of("runtimeGroups", List.of("g1")), claims.get("attributes"));
    }
}
