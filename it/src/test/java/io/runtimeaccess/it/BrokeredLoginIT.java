package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.IdentityProviderMapperRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/** Real brokered logins through the customer's OIDC IdP, checked in the user record and in the token. */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class BrokeredLoginIT extends AbstractRuntimeAccessIT {

    @Test
    void firstLoginImportsAttributesAndTokenCarriesTheContract() {
        JsonNode claims = accessTokenClaims(org.brokeredLogin(OIDC_IDP, "alice"));

        assertContract(claims, List.of("Claims Processing", "Underwriting", "Finance Reviewers", "Ops Team"),
                List.of("EMEA", "APAC", "filter-nordics"), true);
        UserRepresentation alice = organizationUser("alice");
        assertEquals(List.of("Claims Processing", "Underwriting", "Finance Reviewers", "Ops Team"),
                attribute(alice, "flowxIdPGroups"));
        assertEquals(List.of("EMEA", "APAC", "filter-nordics"), attribute(alice, "businessFilter"));
        assertEquals(List.of("true"), attribute(alice, "designerUser"));
    }

    /**
     * alice's IdP sends a DN in memberOf ("CN=Finance Reviewers,OU=Groups,DC=corp", plus a DN without a
     * CN that must be dropped), an array of group objects, filters under a URL-style claim name as one
     * ';'-delimited string, and a filter as a realm role under the nested path realm_access.roles.
     */
    @Test
    void transformsHandleDnNestedPathDottedNameAndObjectArray() {
        JsonNode attributes = accessTokenClaims(org.brokeredLogin(OIDC_IDP, "alice")).get("attributes");
        List<String> groups = texts(attributes.get("runtimeGroups"));
        assertTrue(groups.contains("Finance Reviewers"), "DN reduced to its CN: " + groups);
        assertFalse(groups.stream().anyMatch(g -> g.contains("=") || g.contains(",")), "no raw DN left: " + groups);
        assertTrue(groups.contains("Ops Team"), "displayName picked from the array of objects: " + groups);
        List<String> filters = texts(attributes.get("businessFilters"));
        assertTrue(filters.containsAll(List.of("EMEA", "APAC")), "dotted claim name, split on ';': " + filters);
        assertTrue(filters.contains("filter-nordics"), "nested path realm_access.roles: " + filters);
        assertFalse(filters.contains("offline_access"), "allow-list drops the other realm roles: " + filters);
    }

    /** Signing out of the organization ends the session at the customer's OIDC IdP too, and comes back. */
    @Test
    void signingOutEndsTheSessionAtTheIdpToo() {
        signInAndOutThrough(OIDC_IDP, "olaf", createCustomerUser("olaf", List.of("Support"), Map.of()));
    }

    @Test
    void nextLoginDropsWhatTheIdpNoLongerSends() {
        String id = createCustomerUser("rita", List.of("Claims Processing", "Support"),
                Map.of("businessFilters", List.of("EMEA;APAC")));
        assertContract(accessTokenClaims(org.brokeredLogin(OIDC_IDP, "rita")),
                List.of("Claims Processing", "Support"), List.of("EMEA", "APAC"), false);

        String support = customer.admin().groups().groups("Support", 0, 1).get(0).getId();
        customerUser(id).leaveGroup(support);
        UserRepresentation atIdp = customerUser(id).toRepresentation();
        atIdp.getAttributes().put("businessFilters", List.of("EMEA"));
        customerUser(id).update(atIdp);

        assertContract(accessTokenClaims(org.brokeredLogin(OIDC_IDP, "rita")),
                List.of("Claims Processing"), List.of("EMEA"), false);
        UserRepresentation rita = organizationUser("rita");
        assertEquals(List.of("Claims Processing"), attribute(rita, "flowxIdPGroups"));
        assertEquals(List.of("EMEA"), attribute(rita, "businessFilter"));
    }

    /** IMPORT keeps what the first login brought; LEGACY, like FORCE, follows the IdP on every login. */
    @Test
    void syncModeOfTheMapperIsRespected() {
        String id = createCustomerUser("ivan", List.of("Support"), Map.of());
        IdentityProviderMapperRepresentation groupsMapper = organization.admin().identityProviders().get(OIDC_IDP)
                .getMappers().stream().filter(m -> m.getName().equals("runtime groups")).findFirst().orElseThrow();
        String support = customer.admin().groups().groups("Support", 0, 1).get(0).getId();
        String claims = customer.admin().groups().groups("Claims Processing", 0, 1).get(0).getId();
        try {
            setSyncMode(groupsMapper, "IMPORT");
            assertContract(accessTokenClaims(org.brokeredLogin(OIDC_IDP, "ivan")), List.of("Support"), List.of(), false);
            customerUser(id).leaveGroup(support);
            customerUser(id).joinGroup(claims);
            assertContract(accessTokenClaims(org.brokeredLogin(OIDC_IDP, "ivan")), List.of("Support"), List.of(), false);

            setSyncMode(groupsMapper, "LEGACY");
            assertContract(accessTokenClaims(org.brokeredLogin(OIDC_IDP, "ivan")),
                    List.of("Claims Processing"), List.of(), false);
        } finally {
            setSyncMode(groupsMapper, "FORCE");
        }
    }

    private void setSyncMode(IdentityProviderMapperRepresentation mapper, String mode) {
        mapper.getConfig().put("syncMode", mode);
        organization.admin().identityProviders().get(OIDC_IDP).update(mapper.getId(), mapper);
    }

    @Test
    void userWithoutGroupsGetsEmptyArraysAndFalse() {
        assertContract(accessTokenClaims(org.brokeredLogin(OIDC_IDP, "bob")), List.of(), List.of(), false);
        UserRepresentation bob = organizationUser("bob");
        assertTrue(attribute(bob, "flowxIdPGroups").isEmpty());
        assertTrue(attribute(bob, "designerUser").isEmpty());
    }

    /**
     * FlowX provisions the designer flag with the organization; an identity provider that does not send the claim
     * at all must not take it away at the next sign-in (the template's designer mappers keep an absent claim).
     */
    @Test
    void aProvisionedDesignerFlagStaysWhenTheIdentityProviderSendsNoDesignerClaim() {
        createCustomerUser("dora", List.of(), Map.of());
        org.brokeredLogin(OIDC_IDP, "dora");
        UserRepresentation dora = organizationUser("dora");
        dora.singleAttribute("designerUser", "true");
        organization.admin().users().get(dora.getId()).update(dora);
        assertContract(accessTokenClaims(org.brokeredLogin(OIDC_IDP, "dora")), List.of(), List.of(), true);
        assertEquals(List.of("true"), attribute(organizationUser("dora"), "designerUser"));
    }

    @Test
    void blankAndNullClaimsNeverFailALogin() {
        createCustomerUser("blanche", List.of(), Map.of("legacyGroups", List.of("\"   \"")));
        assertContract(accessTokenClaims(org.brokeredLogin(OIDC_IDP, "blanche")), List.of(), List.of(), false);
        assertFalse(ServerLog.linesContaining("blanche", "1 blank value(s) ignored").isEmpty(),
                "the log explains the blank groups claim");

        createCustomerUser("nora", List.of(), Map.of("legacyGroups", List.of("null")));
        assertContract(accessTokenClaims(org.brokeredLogin(OIDC_IDP, "nora")), List.of(), List.of(), false);
    }

    @Test
    void objectValuedClaimRemovesTheGroupsItNoLongerAsserts() {
        String id = createCustomerUser("otto", List.of(), Map.of("legacyGroups", List.of("\"Ops\"")));
        assertContract(accessTokenClaims(org.brokeredLogin(OIDC_IDP, "otto")), List.of("Ops"), List.of(), false);

        UserRepresentation atIdp = customerUser(id).toRepresentation();
        atIdp.getAttributes().put("legacyGroups", List.of("{\"name\":\"Ops\",\"id\":7}"));
        customerUser(id).update(atIdp);

        assertContract(accessTokenClaims(org.brokeredLogin(OIDC_IDP, "otto")), List.of(), List.of(), false);
        assertFalse(ServerLog.linesContaining("otto", "is a JSON object", "removed").isEmpty(),
                "the log names the object-valued claim");
    }

    @Test
    void numericClaimsBecomeTextOrAreRejectedForBooleans() {
        createCustomerUser("nina", List.of(), Map.of("legacyGroups", List.of("42"), "designer", List.of("7")));
        assertContract(accessTokenClaims(org.brokeredLogin(OIDC_IDP, "nina")), List.of("42"), List.of(), false);
        assertFalse(ServerLog.linesContaining("nina", "is not a boolean").isEmpty(),
                "the log says the designer claim is not a boolean");
    }

    @Test
    void tenThousandValuesAreCappedAndTheLoginSucceeds() {
        List<String> many = IntStream.range(0, 10_000).mapToObj(i -> "g" + i).collect(Collectors.toList());
        createCustomerUser("max", List.of(), Map.of("memberOf", many));
        JsonNode attributes = accessTokenClaims(org.brokeredLogin(OIDC_IDP, "max")).get("attributes");
        List<String> groups = texts(attributes.get("runtimeGroups"));
        assertEquals(256, groups.size(), "capped at the mapper's default maximum");
        assertEquals("g0", groups.get(0));
        assertFalse(ServerLog.linesContaining("max", "10000 values sent; only the first 4096 were read").isEmpty(),
                "the log says how many were sent and read");
        assertFalse(ServerLog.linesContaining("max", "4096 values exceed the cap of 256").isEmpty(),
                "and that values were dropped");
    }
}
