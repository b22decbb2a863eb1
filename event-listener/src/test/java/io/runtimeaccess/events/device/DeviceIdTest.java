package io.runtimeaccess.events.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeviceIdTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String REALM = "6f1c2f5e-4f6a-4e39-9a43-0d3c4e2b9a11";

    @Test
    void aNewIdIs128RandomBitsInUrlSafeBase64() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            DeviceId id = DeviceId.presentedOrNew(null, RANDOM);
            assertTrue(id.issued());
            assertEquals(22, id.value().length(), id.value());
            assertTrue(id.value().matches("[A-Za-z0-9_-]{22}"), id.value());
            assertEquals(16, Base64.getUrlDecoder().decode(id.value()).length);
            assertTrue(seen.add(id.value()), "ids do not repeat");
        }
    }

    @Test
    void aWellFormedCookieIsKept() {
        String value = DeviceId.presentedOrNew(null, RANDOM).value();
        DeviceId again = DeviceId.presentedOrNew(value, RANDOM);
        assertEquals(value, again.value());
        assertFalse(again.issued());
    }

    @Test
    void malformedCookieValuesAreReplaced() {
        String good = DeviceId.presentedOrNew(null, RANDOM).value();
        String[] malformed = {
            "", " ", "null", good.substring(1), good + "A", good + "==",
            good.substring(0, 21) + "+", good.substring(0, 21) + "/", good.substring(0, 10) + "." + good.substring(11),
            // 22 base64url characters, but not what 16 bytes encode to (the last character carries 4 unused bits)
            good.substring(0, 21) + "B",
            "<script>alert(1)</scri", "AAAAAAAAAAAAAAAAAAAA\u00e9A", "a".repeat(4096)};
        for (String value : malformed) {
            assertFalse(DeviceId.isWellFormed(value), value);
            DeviceId replaced = DeviceId.presentedOrNew(value, RANDOM);
            assertTrue(replaced.issued(), value);
            assertNotEquals(value, replaced.value());
            assertTrue(DeviceId.isWellFormed(replaced.value()));
        }
        assertTrue(DeviceId.presentedOrNew(null, RANDOM).issued());
        assertThrows(IllegalArgumentException.class, () -> new DeviceId("not-a-device-id", false));
    }

    @Test
    void theDigestIsStablePerRealmAndCookie() throws Exception {
        DeviceId id = DeviceId.presentedOrNew(null, RANDOM);
        String digest = id.digest(REALM);
        assertEquals(digest, id.digest(REALM));
        assertEquals(digest, DeviceId.presentedOrNew(id.value(), RANDOM).digest(REALM), "the same cookie presented again");
        assertEquals(22, digest.length());
        assertTrue(digest.matches("[A-Za-z0-9_-]{22}"), digest);
        byte[] sha256 = MessageDigest.getInstance("SHA-256")
                .digest((REALM + ":" + id.value()).getBytes(StandardCharsets.UTF_8));
        assertEquals(Base64.getUrlEncoder().withoutPadding().encodeToString(sha256).substring(0, 22), digest,
                "SHA-256 of realm id and cookie value, base64url, 22 characters");
    }

    @Test
    void theDigestDiffersAcrossRealmsAndBrowsers() {
        DeviceId one = DeviceId.presentedOrNew(null, RANDOM);
        DeviceId other = DeviceId.presentedOrNew(null, RANDOM);
        assertNotEquals(one.digest(REALM), one.digest("another-realm"));
        assertNotEquals(one.digest(REALM), other.digest(REALM));
        assertThrows(IllegalArgumentException.class, () -> one.digest(null));
    }

    @Test
    void theEventDetailsNeverContainTheRawValue() {
        for (int i = 0; i < 200; i++) {
            DeviceId id = DeviceId.presentedOrNew(i % 2 == 0 ? null : DeviceId.presentedOrNew(null, RANDOM).value(), RANDOM);
            Map<String, String> details = id.eventDetails(REALM);
            assertEquals(Set.of(DeviceId.DETAIL, DeviceId.ISSUED_DETAIL), details.keySet());
            assertEquals(id.digest(REALM), details.get(DeviceId.DETAIL));
            assertEquals(Boolean.toString(id.issued()), details.get(DeviceId.ISSUED_DETAIL));
            for (Map.Entry<String, String> detail : details.entrySet()) {
                assertFalse(detail.getValue().contains(id.value()), detail.getKey() + " holds the raw cookie");
                assertFalse(id.value().contains(detail.getValue()), detail.getKey() + " holds part of the raw cookie");
            }
            assertFalse(id.toString().contains(id.value()), "toString never shows the cookie");
        }
    }
}
