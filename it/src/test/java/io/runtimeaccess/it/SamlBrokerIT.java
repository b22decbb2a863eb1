package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/** The same contract through a real SAML broker: the customer realm acting as a SAML IdP. */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class SamlBrokerIT extends AbstractRuntimeAccessIT {

    private static final Pattern REQUEST_ID = Pattern.compile("\\bID=\"([^\"]+)\"");

    @Test
    void samlAssertionAttributesReachTheToken() {
        assertContract(accessTokenClaims(org.brokeredLogin(SAML_IDP, "carol")),
                List.of("Support"), List.of("LATAM"), true);
        UserRepresentation carol = organizationUser("carol");
        assertEquals(List.of("Support"), attribute(carol, "flowxIdPGroups"));
        assertEquals(List.of("true"), attribute(carol, "designerUser"));
    }

    /** Signing out of the organization ends the session at the customer's SAML IdP too (single logout), and comes back. */
    @Test
    void signingOutEndsTheSessionAtTheIdpToo() {
        signInAndOutThrough(SAML_IDP, "sina", createCustomerUser("sina", List.of("Support"), Map.of()));
    }

    /**
     * The template's SAML broker checks the IdP's signature (keys from its metadata URL): a response made up by
     * whoever holds a browser, answering the broker's own request with a designer flag and groups, is refused and
     * nobody is signed in or created.
     */
    @Test
    void anUnsignedResponseIsRefused() {
        Browser browser = new Browser();
        Map<String, String> request = org.startSamlBrokeredLogin(browser, SAML_IDP);
        Matcher id = REQUEST_ID.matcher(new String(Base64.getDecoder().decode(request.get("SAMLRequest")),
                StandardCharsets.UTF_8));
        assertTrue(id.find(), "the broker's AuthnRequest has an ID");
        String endpoint = org.realmUrl() + "/broker/" + SAML_IDP + "/endpoint";
        String forged = forgedResponse(id.group(1), endpoint, "mallory");
        HttpResponse<String> answer = browser.post(endpoint, Map.of("SAMLResponse",
                Base64.getEncoder().encodeToString(forged.getBytes(StandardCharsets.UTF_8)),
                "RelayState", request.getOrDefault("RelayState", "")));
        assertEquals(400, answer.statusCode(), "refused, not taken to the first-login flow: " + answer.body());
        assertTrue(organization.admin().users().searchByUsername("mallory", true).isEmpty(), "nobody was created");
    }

    /** A SAML response as the customer IdP would send it, with nothing signed. */
    private static String forgedResponse(String inResponseTo, String destination, String nameId) {
        Instant now = Instant.now();
        String issuer = "http://localhost:8080/realms/customer-idp";
        return "<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\""
                + " xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"_forged\" Version=\"2.0\""
                + " IssueInstant=\"" + now + "\" Destination=\"" + destination + "\" InResponseTo=\"" + inResponseTo
                + "\"><saml:Issuer>" + issuer + "</saml:Issuer><samlp:Status><samlp:StatusCode"
                + " Value=\"urn:oasis:names:tc:SAML:2.0:status:Success\"/></samlp:Status>"
                + "<saml:Assertion ID=\"_forged-assertion\" Version=\"2.0\" IssueInstant=\"" + now + "\">"
                + "<saml:Issuer>" + issuer + "</saml:Issuer><saml:Subject><saml:NameID"
                + " Format=\"urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified\">" + nameId + "</saml:NameID>"
                + "<saml:SubjectConfirmation Method=\"urn:oasis:names:tc:SAML:2.0:cm:bearer\">"
                + "<saml:SubjectConfirmationData InResponseTo=\"" + inResponseTo + "\" NotOnOrAfter=\""
                + now.plusSeconds(300) + "\" Recipient=\"" + destination + "\"/></saml:SubjectConfirmation>"
                + "</saml:Subject><saml:Conditions NotBefore=\"" + now.minusSeconds(60) + "\" NotOnOrAfter=\""
                + now.plusSeconds(300) + "\"><saml:AudienceRestriction><saml:Audience>"
                + "http://localhost:8080/realms/organization</saml:Audience></saml:AudienceRestriction>"
                + "</saml:Conditions><saml:AuthnStatement AuthnInstant=\"" + now + "\" SessionIndex=\"forged\">"
                + "<saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:unspecified"
                + "</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement><saml:AttributeStatement>"
                + "<saml:Attribute Name=\"designer\"><saml:AttributeValue>true</saml:AttributeValue>"
                + "</saml:Attribute></saml:AttributeStatement></saml:Assertion></samlp:Response>";
    }
}
