package io.runtimeaccess.sharing.authzen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PdpMetadataTest {

    @Test
    void theIdentifierIsTheRealmUrlAndTheEndpointsAreUnderIt() {
        for (String base : new String[] {"https://sso.example.com/", "https://sso.example.com", "https://sso.example.com//"}) {
            Map<String, Object> metadata = PdpMetadata.of(base, "acme");
            assertEquals("https://sso.example.com/realms/acme", metadata.get("policy_decision_point"));
            assertEquals("https://sso.example.com/realms/acme/runtime-access/access/v1/evaluation",
                    metadata.get("access_evaluation_endpoint"));
            assertEquals("https://sso.example.com/realms/acme/runtime-access/access/v1/evaluations",
                    metadata.get("access_evaluations_endpoint"));
        }
    }

    /** As Keycloak writes the realm's issuer: a name with a space or accented letters is percent-encoded. */
    @Test
    void aRealmNameIsEncodedAsInTheRealmsIssuer() {
        Map<String, Object> metadata = PdpMetadata.of("https://sso.example.com/", "société et co");
        assertEquals("https://sso.example.com/realms/soci%C3%A9t%C3%A9%20et%20co", metadata.get("policy_decision_point"));
        assertEquals("https://sso.example.com/realms/soci%C3%A9t%C3%A9%20et%20co/runtime-access/access/v1/evaluation",
                metadata.get("access_evaluation_endpoint"));
    }

    @Test
    void onlyServedEndpointsAreListedAndNoEmptyValue() {
        Map<String, Object> metadata = PdpMetadata.of("http://localhost:8080/auth/", "r");
        assertEquals("http://localhost:8080/auth/realms/r", metadata.get("policy_decision_point"));
        assertEquals("http://localhost:8080/auth/realms/r/runtime-access/access/v1/search/subject",
                metadata.get("search_subject_endpoint"));
        assertEquals("http://localhost:8080/auth/realms/r/runtime-access/access/v1/search/resource",
                metadata.get("search_resource_endpoint"));
        assertEquals("http://localhost:8080/auth/realms/r/runtime-access/access/v1/search/action",
                metadata.get("search_action_endpoint"));
        assertFalse(metadata.containsKey("capabilities"), "no registered capability is implemented");
        assertFalse(metadata.containsKey("signed_metadata"));
        metadata.values().forEach(value -> assertTrue(value != null && !value.toString().isEmpty()));
    }

    @Test
    void theFactoryIsAvailableFromTheServerRootUnderTheSpecificationsName() {
        PdpMetadataFactory factory = new PdpMetadataFactory();
        assertEquals("authzen-configuration", factory.getId());
        assertEquals("authzen-configuration", factory.getAlias());
        assertTrue(factory.isAvailableViaServerMetadata());
    }
}
