package io.runtimeaccess.sharing.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleFilesTest {

    @Test
    void onlyPlainPathsWithKnownExtensionsAreAllowed() {
        for (String path : List.of("index.html", "assets/index-4f2a9c.js", "assets/index-4f2a9c.css", "favicon.ico",
                "assets/fonts/inter.woff2", "assets/logo.svg", "assets/index.js.map", "manifest.json")) {
            assertTrue(ConsoleFiles.allowed(path), path);
        }
        for (String path : List.of("", "..", "../index.html", "assets/../../x.js", "assets/..js", "assets\\x.js",
                "/etc/passwd.js", "assets//x.js", "assets/", ".hidden.js", "a/./b.js", "x.class", "META-INF/MANIFEST.MF",
                "index", "assets/x.js\u0000.png", "a%2fb.js", "a:b.js", "x".repeat(201) + ".js")) {
            assertFalse(ConsoleFiles.allowed(path), path);
        }
    }

    @Test
    void contentTypesAndCachingFollowTheExtensionAndFolder() {
        assertEquals("text/javascript; charset=utf-8", ConsoleFiles.contentType("assets/a.js"));
        assertEquals("text/css; charset=utf-8", ConsoleFiles.contentType("assets/a.CSS"));
        assertEquals("font/woff2", ConsoleFiles.contentType("a.woff2"));
        assertEquals("application/json", ConsoleFiles.contentType("a.js.map"));
        assertNull(ConsoleFiles.contentType("a.exe"));
        assertEquals("public, max-age=31536000, immutable", ConsoleFiles.cacheControl("assets/a.js"));
        assertEquals("no-cache", ConsoleFiles.cacheControl("index.html"));
    }

    @Test
    void aMissingFileIsEmptyAndNotRemembered() {
        assertTrue(ConsoleFiles.read("assets/does-not-exist.js").isEmpty());
    }

    @Test
    void theClientIsPublicWithPkceAndTheConsoleAsItsHome() {
        var client = ConsoleClient.representation("organization");
        assertEquals("runtime-access-console", client.getClientId());
        assertTrue(client.isPublicClient());
        assertTrue(client.isStandardFlowEnabled());
        assertFalse(client.isImplicitFlowEnabled());
        assertFalse(client.isDirectAccessGrantsEnabled());
        assertFalse(client.isServiceAccountsEnabled());
        assertEquals("S256", client.getAttributes().get("pkce.code.challenge.method"));
        assertEquals("/realms/organization/runtime-access/console/", client.getBaseUrl());
        assertEquals(List.of("/realms/organization/runtime-access/console/*"), client.getRedirectUris());
        assertEquals(List.of("+"), client.getWebOrigins());
        assertEquals("1", client.getAttributes().get(ConsoleClient.MARKER_ATTRIBUTE));
    }
}
