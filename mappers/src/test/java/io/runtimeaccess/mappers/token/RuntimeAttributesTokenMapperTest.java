package io.runtimeaccess.mappers.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
}
