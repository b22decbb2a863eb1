package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPConfig;

/**
 * The AuthZEN certification scenario's required fixture (§ "Required Fixture"), loaded into a realm of its own
 * through Keycloak's and Runtime Access's admin APIs, so its users and record names meet no other test's:
 * users alice and bob (bob's attribute {@code role} is {@code admin}), a solution whose Active Policy has
 * {@code record-1} and {@code record-2} of type {@code record} with {@code read}, {@code write} and
 * {@code delete}, the conditions of the fixture's properties rules, grants, and a checker client as the PEP.
 */
final class ConformanceFixture {

    static final String REALM = "authzen-conformance";
    private static final String CONDITIONS = """
            "conditions":[
              {"action":"write","deny":{"property":"resource.status","equals":"archived"},
               "unless":{"property":"subject.role","equals":"admin"}},
              {"action":"delete","require":{"property":"action.soft","equals":"true"}}]""";
    private static final String BUILD = """
            {"name":"2","roles":["reader","editor","admin"],"resources":[
              {"name":"record-1","kind":"record",
               "permissions":{"read":["reader","editor"],"write":["editor"],"delete":["editor"]},%s},
              {"name":"record-2","kind":"record",
               "permissions":{"read":["reader","editor"],"write":["editor","admin"],"delete":["editor"]},%s}]}"""
            .formatted(CONDITIONS, CONDITIONS);

    private final Keycloak admin;
    private final String base;
    private final String adminToken;
    private String checkerToken;
    private String solutionId;

    private ConformanceFixture(Keycloak admin, String base, String adminToken) {
        this.admin = admin;
        this.base = base;
        this.adminToken = adminToken;
    }

    static ConformanceFixture load(Keycloak admin, String base, String adminToken) {
        ConformanceFixture fixture = new ConformanceFixture(admin, base, adminToken);
        fixture.remove();
        fixture.createRealm();
        fixture.createPolicy();
        return fixture;
    }

    String realm() {
        return REALM;
    }

    /** The PDP identifier: the realm's URL. */
    /** The id of the fixture's one solution, "Records". */
    String solutionId() {
        return solutionId;
    }

    String pdp() {
        return base + "/realms/" + REALM;
    }

    String adminUrl(String path) {
        return base + "/admin/realms/" + REALM + "/runtime-access/" + path;
    }

    private RealmResource realmAdmin() {
        return admin.realm(REALM);
    }

    private void createRealm() {
        RealmRepresentation realm = new RealmRepresentation();
        realm.setRealm(REALM);
        realm.setEnabled(true);
        admin.realms().create(realm);
        UPConfig profile = realmAdmin().users().userProfile().getConfiguration();
        profile.setUnmanagedAttributePolicy(UPConfig.UnmanagedAttributePolicy.ADMIN_EDIT);
        realmAdmin().users().userProfile().update(profile);
        createUser("alice", Map.of());
        createUser("bob", Map.of("role", List.of("admin")));
        RoleRepresentation checker = new RoleRepresentation();
        checker.setName("runtime-access-checker");
        realmAdmin().roles().create(checker);
        ClientRepresentation pep = new ClientRepresentation();
        pep.setClientId("pep");
        pep.setSecret("pep-secret");
        pep.setPublicClient(false);
        pep.setServiceAccountsEnabled(true);
        pep.setStandardFlowEnabled(false);
        pep.setDirectAccessGrantsEnabled(true);
        realmAdmin().clients().create(pep).close();
        String id = realmAdmin().clients().findByClientId("pep").get(0).getId();
        String serviceAccount = realmAdmin().clients().get(id).getServiceAccountUser().getId();
        realmAdmin().users().get(serviceAccount).roles().realmLevel()
                .add(List.of(realmAdmin().roles().get("runtime-access-checker").toRepresentation()));
        ProtocolMapperRepresentation audience = new ProtocolMapperRepresentation();
        audience.setName("check API audience");
        audience.setProtocol("openid-connect");
        audience.setProtocolMapper("oidc-audience-mapper");
        audience.setConfig(Map.of("included.custom.audience", "runtime-access", "access.token.claim", "true"));
        realmAdmin().clients().get(id).getProtocolMappers().createMapper(audience).close();
    }

    private void createUser(String username, Map<String, List<String>> attributes) {
        UserRepresentation user = AbstractSharingIT.userWithPassword(username, "conformance.example", "Fixture");
        user.setAttributes(attributes);
        try (Response response = realmAdmin().users().create(user)) {
            assertEquals(201, response.getStatus(), "creating " + username);
        }
    }

    private void createPolicy() {
        for (String role : new String[] {"reader", "editor", "admin"}) {
            created(call(adminUrl("roles"), adminToken, "{\"name\":\"" + role + "\"}"));
        }
        String solution = Oidc.json(created(call(adminUrl("solutions"), adminToken, "{\"name\":\"Records\"}")))
                .get("id").asText();
        solutionId = solution;
        String build = Oidc.json(created(call(adminUrl("solutions/" + solution + "/builds"), adminToken, BUILD)))
                .get("id").asText();
        HttpResponse<String> active = AbstractSharingIT.send(HttpRequest.newBuilder(
                URI.create(adminUrl("solutions/" + solution + "/active-build")))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"buildId\":\"" + build + "\"}")));
        assertEquals(200, active.statusCode(), active.body());
        for (String[] grant : new String[][] {{"alice", "editor"}, {"bob", "reader"}, {"bob", "admin"}}) {
            created(call(adminUrl("solutions/" + solution + "/grants"), adminToken, "{\"principal\":{\"type\":\"user\","
                    + "\"name\":\"" + grant[0] + "\"},\"role\":\"" + grant[1] + "\"}"));
        }
    }

    private static String created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return response.body();
    }

    /** A JSON POST with a bearer token. */
    HttpResponse<String> call(String url, String token, String body) {
        return AbstractSharingIT.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The PEP's client-credentials token (fetched once): the checker role with the checker audience. */
    String checkerToken() {
        if (checkerToken == null) {
            checkerToken = token(Map.of("grant_type", "client_credentials", "client_id", "pep",
                    "client_secret", "pep-secret"));
        }
        return checkerToken;
    }

    /** A fixture user's own token (its password is its username). */
    String userToken(String username) {
        return token(Map.of("grant_type", "password", "client_id", "pep", "client_secret", "pep-secret",
                "username", username, "password", username, "scope", "openid"));
    }

    private String token(Map<String, String> form) {
        HttpResponse<String> token = AbstractSharingIT.send(HttpRequest.newBuilder(
                URI.create(pdp() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Browser.formBody(form))));
        assertEquals(200, token.statusCode(), token.body());
        return Oidc.json(token.body()).get("access_token").asText();
    }

    /** Removes the realm, if a previous run left it. */
    void remove() {
        if (admin.realms().findAll().stream().anyMatch(realm -> realm.getRealm().equals(REALM))) {
            admin.realm(REALM).remove();
        }
    }
}
