package io.runtimeaccess.mappers.idp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.mappers.claim.AbsentClaim;
import io.runtimeaccess.mappers.claim.AttributeUpdate.Action;
import io.runtimeaccess.mappers.claim.ClaimImport;
import io.runtimeaccess.mappers.claim.ClaimPath;
import io.runtimeaccess.mappers.claim.ValueTransforms;
import io.runtimeaccess.mappers.claim.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.IDToken;

class RuntimeAttributeIdpMapperTest {

    /**
     * An ID token whose designer claim is JSON null asserts "no designer": under "keep" the flag must go, as it does
     * when userinfo sends the null.
     */
    @Test
    void aClaimSentAsJsonNullInATokenIsSentEmptyNotAbsent() {
        IDToken token = new IDToken();
        token.setOtherClaims("designer", null);
        token.setOtherClaims("groups", List.of("g"));
        List<Map<String, Object>> sets = new ArrayList<>();
        RuntimeAttributeIdpMapper.addIfPresent(sets, token);
        assertTrue(sets.get(0).containsKey("designer"), sets.toString());
        ClaimImport designer = new ClaimImport(List.of(ClaimPath.parse("designer")), ValueType.BOOLEAN,
                ValueTransforms.builder().build(), AbsentClaim.KEEP);
        assertEquals(Action.REMOVE, designer.evaluate(sets).action());
        assertEquals(List.of("g"), sets.get(0).get("groups"));
    }
}
