package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
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
 * calls the tests make as the customer's IdP admin and as the organization's relying party, and the users,
 * realm admins and service accounts they act as, with their tokens.
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
        UserRepresentation user = userWithPassword(username, "customer.example", username);
        user.setFirstName("Test");
        user.setAttributes(attributes);
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

    /**
     * Signs {@code username} (a user of the customer IdP whose password is the username) in through {@code idpAlias}
     * and out again from the demo client: the sign-out must come back to the client, having ended the session at the
     * customer IdP too (the templates' broker clients accept the brokers' logout endpoints).
     */
    void signInAndOutThrough(String idpAlias, String username, String customerId) {
        Browser browser = new Browser();
        JsonNode tokens = org.brokeredLogin(browser, idpAlias, username);
        int atIdp = customerUser(customerId).getUserSessions().size();
        assertTrue(atIdp > 0, "signed in at the customer IdP");
        org.signOut(browser, tokens);
        assertEquals(atIdp - 1, customerUser(customerId).getUserSessions().size(), "signed out at the customer IdP");
        String orgUser = organization.admin().users().searchByUsername(username, true).get(0).getId();
        assertEquals(0, organization.admin().users().get(orgUser).getUserSessions().size(), "signed out here");
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

    /** An enabled user with a verified address whose password is its username. */
    static UserRepresentation userWithPassword(String username, String emailDomain, String lastName) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEnabled(true);
        user.setEmail(username + "@" + emailDomain);
        user.setEmailVerified(true);
        user.setFirstName(username);
        user.setLastName(lastName);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(username);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        return user;
    }

    String createOrganizationUser(String username) {
        UserRepresentation user = userWithPassword(username, "organization.example", "Runtime");
        try (Response response = organization.admin().users().create(user)) {
            assertEquals(201, response.getStatus());
        }
        return organization.admin().users().searchByUsername(username, true).get(0).getId();
    }

    /** A token of the organization's service account that may ask about anyone (created once per realm). */
    String checkerServiceAccountToken() {
        return serviceAccountToken("checker", true, true);
    }

    /**
     * A client-credentials token of an organization client whose secret is {@code <clientId>-secret}
     * (created once): with the realm role {@code runtime-access-checker} on its service account and the
     * checker audience ({@code runtime-access}, through an Audience mapper) if asked.
     */
    String serviceAccountToken(String clientId, boolean checkerRole, boolean checkerAudience) {
        if (organization.admin().clients().findByClientId(clientId).isEmpty()) {
            createServiceAccountClient(clientId, checkerRole, checkerAudience);
        }
        return org.tokenRequest(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", clientId + "-secret")).get("access_token").asText();
    }

    private void createServiceAccountClient(String clientId, boolean checkerRole, boolean checkerAudience) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setSecret(clientId + "-secret");
        client.setPublicClient(false);
        client.setServiceAccountsEnabled(true);
        client.setStandardFlowEnabled(false);
        organization.admin().clients().create(client).close();
        String id = organization.admin().clients().findByClientId(clientId).get(0).getId();
        if (checkerRole) {
            if (organization.admin().roles().list().stream().noneMatch(r -> r.getName().equals("runtime-access-checker"))) {
                RoleRepresentation role = new RoleRepresentation();
                role.setName("runtime-access-checker");
                organization.admin().roles().create(role);
            }
            String serviceAccount = organization.admin().clients().get(id).getServiceAccountUser().getId();
            organization.admin().users().get(serviceAccount).roles().realmLevel()
                    .add(List.of(organization.admin().roles().get("runtime-access-checker").toRepresentation()));
        }
        if (checkerAudience) {
            ProtocolMapperRepresentation audience = new ProtocolMapperRepresentation();
            audience.setName("check API audience");
            audience.setProtocol("openid-connect");
            audience.setProtocolMapper("oidc-audience-mapper");
            audience.setConfig(Map.of("included.custom.audience", "runtime-access", "access.token.claim", "true",
                    "introspection.token.claim", "true"));
            organization.admin().clients().get(id).getProtocolMappers().createMapper(audience).close();
        }
    }

    /** A user of the customer realm holding the given realm-management roles there (created once). */
    String customerRealmAdminToken(String username, String... realmManagementRoles) {
        if (customer.admin().users().searchByUsername(username, true).isEmpty()) {
            grantRealmManagement(customer, createCustomerUser(username, List.of(), Map.of()), realmManagementRoles);
        }
        return adminCliToken(customer, username);
    }

    /** A user of the organization realm holding the given realm-management roles (created once). */
    String organizationAdminToken(String username, String... realmManagementRoles) {
        if (organization.admin().users().searchByUsername(username, true).isEmpty()) {
            grantRealmManagement(organization, createOrganizationUser(username), realmManagementRoles);
        }
        return adminCliToken(organization, username);
    }

    /** Maps the given roles of the realm's {@code realm-management} client to the user. */
    static void grantRealmManagement(ManagedRealm realm, String userId, String... roleNames) {
        realm.admin().users().get(userId).roles().clientLevel(realmManagementId(realm))
                .add(realmManagementRoles(realm, roleNames));
    }

    /** A new top-level Keycloak group of the organization realm carrying the given realm-management roles; its id. */
    String organizationGroupWithRealmManagement(String name, String... roleNames) {
        GroupRepresentation group = new GroupRepresentation();
        group.setName(name);
        organization.admin().groups().add(group).close();
        String id = organization.admin().groups().groups(name, 0, 10).stream().filter(g -> g.getName().equals(name))
                .findFirst().orElseThrow().getId();
        organization.admin().groups().group(id).roles().clientLevel(realmManagementId(organization))
                .add(realmManagementRoles(organization, roleNames));
        return id;
    }

    private static String realmManagementId(ManagedRealm realm) {
        return realm.admin().clients().findByClientId("realm-management").get(0).getId();
    }

    static List<RoleRepresentation> realmManagementRoles(ManagedRealm realm, String... roleNames) {
        String realmManagement = realmManagementId(realm);
        List<RoleRepresentation> roles = new ArrayList<>();
        for (String role : roleNames) {
            roles.add(realm.admin().clients().get(realmManagement).roles().get(role).toRepresentation());
        }
        return roles;
    }

    /** The user's token from {@code admin-cli} in its realm; every test user's password is its username. */
    String adminCliToken(ManagedRealm realm, String username) {
        return new Oidc(urls.getBase(), realm.getName()).tokenRequest(Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", username, "password", username)).get("access_token").asText();
    }

    /** Asserts the answer's status and the request field its error names, as every refusal of the APIs does. */
    static void assertRefused(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(field, Oidc.json(response.body()).get("field").asText(), response.body());
    }

    /** The same for a 400. */
    static void assertBadRequest(HttpResponse<String> response, String field) {
        assertRefused(response, 400, field);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        return Oidc.call(request.build());
    }
}
