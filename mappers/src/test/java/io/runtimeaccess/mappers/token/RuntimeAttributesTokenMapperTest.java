package io.runtimeaccess.mappers.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
