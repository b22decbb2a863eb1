package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * Both demo realms, imported once from the realm templates and shared by every test class, plus the
 * calls the tests make as the customer's IdP admin and as the organization's relying party.
 */
abstract class AbstractRuntimeAccessIT {

    static final String OIDC_IDP = "customer-idp";
    static final String SAML_IDP = "customer-idp-saml";

    @InjectRealm(ref = "customer", fromJson = "/realm-templates/customer-idp-realm.json", lifecycle = LifeCycle.GLOBAL)
    ManagedRealm customer;

    @InjectRealm(ref = "organization", fromJson = "/realm-templates/organization-realm.json",
            lifecycle = LifeCycle.GLOBAL)
    ManagedRealm organization;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    Oidc org;

    @BeforeEach
    void connect() {
        assertTrue(urls.getBase().startsWith("http://localhost:8080"),
                "the realm templates broker through localhost:8080, but the server is at " + urls.getBase());
        org = new Oidc(urls.getBase(), organization.getName());
        allowCustomerAttributes();
    }

    /** The customer's IdP is a stand-in; letting its admin set any attribute keeps test users short. */
    private void allowCustomerAttributes() {
        UPConfig profile = customer.admin().users().userProfile().getConfiguration();
        if (profile.getUnmanagedAttributePolicy() != UPConfig.UnmanagedAttributePolicy.ENABLED) {
            profile.setUnmanagedAttributePolicy(UPConfig.UnmanagedAttributePolicy.ENABLED);
            customer.admin().users().userProfile().update(profile);
        }
    }

    /** Creates a user at the customer's IdP whose password is its username. */
    String createCustomerUser(String username, List<String> groups, Map<String, List<String>> attributes) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEnabled(true);
        user.setEmail(username + "@customer.example");
        user.setEmailVerified(true);
        user.setFirstName("Test");
        user.setLastName(username);
        user.setAttributes(attributes);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(username);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        try (Response response = customer.admin().users().create(user)) {
            assertEquals(201, response.getStatus(), "creating " + username + " at the customer IdP");
        }
        String id = customer.admin().users().searchByUsername(username, true).get(0).getId();
        for (String group : groups) {
            String groupId = customer.admin().groups().groups(group, 0, 10).stream()
                    .filter(g -> g.getName().equals(group)).findFirst().orElseThrow().getId();
            customer.admin().users().get(id).joinGroup(groupId);
        }
        return id;
    }

    UserResource customerUser(String id) {
        return customer.admin().users().get(id);
    }

    /** The organization-side user as an admin sees it, attributes included. */
    UserRepresentation organizationUser(String username) {
        String id = organization.admin().users().searchByUsername(username, true).get(0).getId();
        return organization.admin().users().get(id).toRepresentation();
    }

    static List<String> attribute(UserRepresentation user, String name) {
        Map<String, List<String>> attributes = user.getAttributes();
        return attributes == null || attributes.get(name) == null ? List.of() : attributes.get(name);
    }

    static List<String> texts(JsonNode array) {
        assertTrue(array != null && array.isArray(), "expected a JSON array but got " + array);
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    JsonNode accessTokenClaims(JsonNode tokenResponse) {
        return Oidc.claims(tokenResponse.get("access_token").asText());
    }

    /** Asserts the four claims of the contract with their JSON types and returns the attributes object. */
    JsonNode assertContract(JsonNode claims, List<String> groups, List<String> filters, boolean designer) {
        JsonNode attributes = claims.get("attributes");
        assertTrue(attributes != null && attributes.isObject(), "attributes object missing in " + claims);
        assertEquals(groups, texts(attributes.get("runtimeGroups")), "attributes.runtimeGroups");
        assertEquals(filters, texts(attributes.get("businessFilters")), "attributes.businessFilters");
        assertTrue(attributes.get("designerUser").isBoolean(), "attributes.designerUser must be a JSON boolean");
        assertEquals(designer, attributes.get("designerUser").asBoolean(), "attributes.designerUser");
        assertTrue(claims.get("org_id").isTextual(), "org_id must be a string");
        assertEquals(organization.admin().toRepresentation().getId(), claims.get("org_id").asText(), "org_id is the organization realm's id");
        return attributes;
    }

    /** An access token of the organization user {@code username}, whose password is its username. */
    String token(String username) {
        return org.passwordLogin(username, username).get("access_token").asText();
    }

    /** A new realm role of the organization realm. */
    RoleRepresentation realmRole(String name) {
        RoleRepresentation role = new RoleRepresentation();
        role.setName(name);
        organization.admin().roles().create(role);
        return organization.admin().roles().get(name).toRepresentation();
    }
}
