package io.runtimeaccess.sharing.authzen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.AccessToken;

class VerifiedTokensTest {

    private long now = 1_000_000_000_000L;
    private final VerifiedTokens tokens = new VerifiedTokens(3, 60_000L, () -> now);

    private AccessToken expiringIn(long seconds) {
        AccessToken token = new AccessToken();
        token.exp(now / 1000 + seconds);
        return token;
    }

    private static VerifiedTokens.Digest digest(String raw) {
        return VerifiedTokens.digest(raw, "realm-a");
    }

    @Test
    void aVerifiedTokenIsFoundAgainByItsDigest() {
        AccessToken token = expiringIn(30);
        tokens.put(digest("header.payload.signature"), token);
        assertSame(token, tokens.get(digest("header.payload.signature")));
        assertNull(tokens.get(digest("header.payload.signaturf")), "another token is not found");
    }

    @Test
    void aTokenVerifiedInOneRealmIsNotFoundForAnother() {
        tokens.put(VerifiedTokens.digest("t", "realm-a"), expiringIn(30));
        assertNull(tokens.get(VerifiedTokens.digest("t", "realm-b")));
        assertNotEquals(VerifiedTokens.digest("t", "ab", "c"), VerifiedTokens.digest("t", "a", "bc"));
    }

    @Test
    void aTokenIsFoundAgainOnlyWithTheSameIssuerContext() {
        tokens.put(VerifiedTokens.digest("t", "realm-a", "org", "kc.example:8443", null), expiringIn(30));
        assertNotNull(tokens.get(VerifiedTokens.digest("t", "realm-a", "org", "kc.example:8443", null)));
        assertNull(tokens.get(VerifiedTokens.digest("t", "realm-a", "org", "other.example:8443", null)), "another host");
        assertNull(tokens.get(VerifiedTokens.digest("t", "realm-a", "renamed", "kc.example:8443", null)), "renamed realm");
        assertNull(tokens.get(VerifiedTokens.digest("t", "realm-a", "org", "kc.example:8443", "")),
                "an empty forwarded header is not an absent one");
    }

    @Test
    void trustEndsAtTheTokensExpiry() {
        tokens.put(digest("t"), expiringIn(30));
        now += 29_999;
        assertEquals(1, tokens.size());
        assertNotNull(tokens.get(digest("t")));
        now += 1;
        assertNull(tokens.get(digest("t")), "expired");
        assertEquals(0, tokens.size(), "an expired entry is removed when found");
    }

    @Test
    void trustEndsAfterTheMaximumEvenForALongLivedToken() {
        // Bounds how long a token signed with a key an admin removed keeps working.
        tokens.put(digest("t"), expiringIn(7_200));
        now += 59_999;
        assertNotNull(tokens.get(digest("t")));
        now += 1;
        assertNull(tokens.get(digest("t")));
    }

    @Test
    void expiredTokensAndTokensWithoutExpiryAreNotRemembered() {
        tokens.put(digest("expired"), expiringIn(-1));
        tokens.put(digest("now"), expiringIn(0));
        tokens.put(digest("no exp"), new AccessToken());
        assertEquals(0, tokens.size());
    }

    @Test
    void theCacheIsBoundedAndForgetsEverythingWhenFull() {
        for (int i = 0; i < 3; i++) {
            tokens.put(digest("t" + i), expiringIn(30));
        }
        assertEquals(3, tokens.size());
        AccessToken fourth = expiringIn(30);
        tokens.put(digest("t3"), fourth);
        assertEquals(1, tokens.size());
        assertNull(tokens.get(digest("t0")));
        assertSame(fourth, tokens.get(digest("t3")));
    }

    @Test
    void revocationRulesAreCheckedInOrder() {
        assertNull(CallerToken.revocation(100, 100, true, 100, true, 100), "issued at the not-befores counts");
        assertEquals("the token was revoked (issued before the realm's not-before)",
                CallerToken.revocation(99, 100, false, 0, false, 0));
        assertEquals("the token's client (azp) is unknown or disabled",
                CallerToken.revocation(100, 0, false, 0, true, 0));
        assertEquals("the token was revoked (issued before its client's not-before)",
                CallerToken.revocation(100, 0, true, 101, false, 0));
        assertEquals("the token's subject is unknown or disabled",
                CallerToken.revocation(100, 0, true, 0, false, 0));
        assertEquals("the token was revoked (issued before its user's not-before)",
                CallerToken.revocation(100, 0, true, 0, true, 101));
    }
}
