package io.runtimeaccess.mappers.idp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.broker.oidc.OIDCIdentityProvider;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.representations.IDToken;

class RuntimeAttributeIdpMapperTest {

    /** Three contract mappers on one identity provider convert the login's tokens once, not three times. */
    @Test
    void aLoginsTokensAreConvertedOnceForAllTheContractMappers() {
        IdentityProviderModel provider = new IdentityProviderModel();
        provider.setAlias("corp");
        provider.setEnabled(true);
        BrokeredIdentityContext login = new BrokeredIdentityContext("alice", provider);
        IDToken idToken = new IDToken();
        idToken.setOtherClaims("groups", List.of("Finance"));
        login.getContextData().put(OIDCIdentityProvider.VALIDATED_ID_TOKEN, idToken);

        List<Map<String, Object>> first = new RuntimeAttributeIdpMapper().claimSets(login);
        assertEquals(List.of("Finance"), first.get(0).get("groups"));
        assertSame(first, new RuntimeAttributeIdpMapper().claimSets(login), "another mapper of the same login");
        assertSame(first, login.getContextData().get(RuntimeAttributeIdpMapper.CONVERTED_CLAIM_SETS));
    }
}
