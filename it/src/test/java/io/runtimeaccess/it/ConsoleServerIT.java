package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * What the admin console needs from the server before it calls any API: its static files with their security
 * headers, its client in every realm, and what the signed-in admin may do ({@code whoami}).
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class ConsoleServerIT extends AbstractSharingIT {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-src 'self'; "
            + "frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'";

    @Test
    void consoleFilesAreServedWithTheirSecurityHeaders() {
        HttpResponse<String> redirect = console("");
        assertEquals(302, redirect.statusCode());
        assertEquals(org.realmUrl() + "/runtime-access/console/", redirect.headers().firstValue("Location").orElse(null));
        assertSecured(redirect);

        HttpResponse<String> index = console("/");
        assertEquals(200, index.statusCode(), index.body());
        assertSecured(index);
        assertTrue(index.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("no-cache", index.headers().firstValue("Cache-Control").orElse(null));
        assertEquals(index.body(), console("/index.html").body());

        Matcher script = Pattern.compile("assets/[A-Za-z0-9._-]+\\.js").matcher(index.body());
        assertTrue(script.find(), "index.html loads a script from assets/: " + index.body());
        HttpResponse<String> asset = console("/" + script.group());
        assertEquals(200, asset.statusCode());
        assertSecured(asset);
        assertEquals("text/javascript; charset=utf-8", asset.headers().firstValue("Content-Type").orElse(null));
        assertEquals("public, max-age=31536000, immutable", asset.headers().firstValue("Cache-Control").orElse(null));
        assertEquals(asset.body(), console("/" + script.group()).body(), "served again from memory, unchanged");

        for (String refused : List.of("/assets/missing.js", "/assets/..%2F..%2Findex.html", "/assets%2Findex.html",
                "/..%5C..%5Cindex.html", "/index.exe", "/META-INF/MANIFEST.MF", "/assets/.hidden.js")) {
            HttpResponse<String> response = console(refused);
            assertEquals(404, response.statusCode(), refused);
            assertSecured(response);
        }
    }

    @Test
    void everyRealmGetsTheConsoleClientUnlessItHasOne() {
        assertConsoleClient(organization.getName(), organization.admin().clients().findByClientId("runtime-access-console"));
        assertConsoleClient("master", admin.realm("master").clients().findByClientId("runtime-access-console"));

        RealmRepresentation fresh = new RealmRepresentation();
        fresh.setRealm("console-fresh");
        fresh.setEnabled(true);
        admin.realms().create(fresh);
        RealmRepresentation imported = new RealmRepresentation();
        imported.setRealm("console-imported");
        imported.setEnabled(true);
        ClientRepresentation own = new ClientRepresentation();
        own.setClientId("runtime-access-console");
        own.setPublicClient(true);
        own.setRedirectUris(List.of("https://console.example/*"));
        imported.setClients(List.of(own));
        admin.realms().create(imported);
        try {
            assertConsoleClient("console-fresh", admin.realm("console-fresh").clients().findByClientId("runtime-access-console"));
            ClientRepresentation kept = admin.realm("console-imported").clients().findByClientId("runtime-access-console").get(0);
            assertEquals(List.of("https://console.example/*"), kept.getRedirectUris(), "an imported client is kept as it is");
            assertNull(kept.getAttributes().get("runtime-access.console-client"));
        } finally {
            admin.realm("console-fresh").remove();
            admin.realm("console-imported").remove();
        }
    }

    @Test
    void whoamiTellsTheConsoleWhatTheAdminMayDo() {
        JsonNode master = Oidc.json(adminCall("GET", "whoami", adminToken(), null).body());
        assertEquals(organization.getName(), master.get("realm").asText());
        for (String right : List.of("viewUsers", "manageUsers", "viewEvents", "manageEvents", "viewRealm", "manageRealm")) {
            assertTrue(master.get(right).asBoolean(), right + " for the master admin: " + master);
        }
        String managerToken = organizationAdminToken("cs-manager", "manage-users", "view-users");
        JsonNode manager = Oidc.json(adminCall("GET", "whoami", managerToken, null).body());
        assertTrue(manager.get("manageUsers").asBoolean(), manager.toString());
        assertFalse(manager.get("manageRealm").asBoolean(), manager.toString());
        String viewerToken = organizationAdminToken("cs-viewer", "view-users");
        JsonNode viewer = Oidc.json(adminCall("GET", "whoami", viewerToken, null).body());
        assertTrue(viewer.get("viewUsers").asBoolean(), viewer.toString());
        assertFalse(viewer.get("manageUsers").asBoolean(), viewer.toString());
        assertFalse(viewer.get("manageEvents").asBoolean(), viewer.toString());
        assertEquals(403, adminCall("GET", "whoami", organizationAdminToken("cs-plain"), null).statusCode());
    }

    private void assertConsoleClient(String realm, List<ClientRepresentation> found) {
        assertEquals(1, found.size(), "the console client in " + realm);
        ClientRepresentation client = found.get(0);
        assertTrue(client.isPublicClient());
        assertTrue(client.isStandardFlowEnabled());
        assertFalse(client.isImplicitFlowEnabled());
        assertFalse(client.isDirectAccessGrantsEnabled());
        assertFalse(client.isServiceAccountsEnabled());
        assertTrue(client.isFrontchannelLogout());
        assertEquals("S256", client.getAttributes().get("pkce.code.challenge.method"));
        assertEquals("1", client.getAttributes().get("runtime-access.console-client"));
        assertEquals("${authBaseUrl}", client.getRootUrl());
        assertEquals("/realms/" + realm + "/runtime-access/console/", client.getBaseUrl());
        assertEquals(List.of("/realms/" + realm + "/runtime-access/console/*"), client.getRedirectUris());
        assertEquals(List.of("+"), client.getWebOrigins());
    }

    private HttpResponse<String> console(String path) {
        return send(HttpRequest.newBuilder(URI.create(org.realmUrl() + "/runtime-access/console" + path)).GET());
    }

    private static void assertSecured(HttpResponse<String> response) {
        String where = response.uri() + " (" + response.statusCode() + ")";
        assertEquals(CSP, response.headers().firstValue("Content-Security-Policy").orElse(null), where);
        assertEquals(List.of(CSP), response.headers().allValues("Content-Security-Policy"), where);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), where);
        assertEquals("SAMEORIGIN", response.headers().firstValue("X-Frame-Options").orElse(null), where);
        assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(null), where);
    }
}
