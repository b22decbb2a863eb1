package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/** The same contract through a real SAML broker: the customer realm acting as a SAML IdP. */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class SamlBrokerIT extends AbstractRuntimeAccessIT {

    @Test
    void samlAssertionAttributesReachTheToken() {
        assertContract(accessTokenClaims(org.brokeredLogin(SAML_IDP, "carol")),
                List.of("Support"), List.of("LATAM"), true);
        UserRepresentation carol = organizationUser("carol");
        assertEquals(List.of("Support"), attribute(carol, "flowxIdPGroups"));
        assertEquals(List.of("true"), attribute(carol, "designerUser"));
    }
}
