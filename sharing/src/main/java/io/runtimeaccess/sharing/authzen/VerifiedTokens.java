package io.runtimeaccess.sharing.authzen;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.keycloak.representations.AccessToken;

/**
 * Access tokens whose signature and claims this node has already verified, so a caller that sends the same
 * token again (a service asking thousands of questions with one token) skips the signature check and the
 * parsing of the token, the larger part of authenticating a check.
 *
 * <p>An entry is keyed by a SHA-256 digest of the raw token and the context it was verified in (the realm, and
 * the request headers its expected issuer was derived from): the token itself, a bearer credential, is never
 * kept, a token verified in one realm is never found for another, and a remembered token is found only where
 * its issuer was already found right. An entry is
 * trusted until the token's {@code exp}, and at most {@link #MAX_TRUST_MILLIS}: that bounds how long a token
 * signed with a key an admin has since removed keeps working. What can change while a token is valid (the
 * realm's, the client's and the user's not-before, a disabled client or user) is not cached: {@link
 * CallerToken} checks it on every request, from Keycloak's realm and user caches.
 *
 * <p>At most {@link #MAX_TOKENS} entries (each holds the parsed token, about 1–2 KB); when full, the cache
 * forgets them all, which costs each active caller one more verification.
 */
final class VerifiedTokens {

    static final int MAX_TOKENS = 10_000;
    static final long MAX_TRUST_MILLIS = 60_000L;
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(VerifiedTokens::sha256);

    /** The 256 bits of a digest as four longs: cheap to compare and to hash. */
    record Digest(long a, long b, long c, long d) {
    }

    private record Entry(AccessToken token, long trustedUntilMillis) {
    }

    private final Map<Digest, Entry> entries = new ConcurrentHashMap<>();
    private final int maxTokens;
    private final long maxTrustMillis;
    private final LongSupplier clock;

    VerifiedTokens(int maxTokens, long maxTrustMillis, LongSupplier clock) {
        this.maxTokens = maxTokens;
        this.maxTrustMillis = maxTrustMillis;
        this.clock = clock;
    }

    /** The token verified earlier in this realm, or {@code null} if it never was or its trust ran out. */
    AccessToken get(Digest digest) {
        Entry entry = entries.get(digest);
        if (entry == null) {
            return null;
        }
        if (clock.getAsLong() >= entry.trustedUntilMillis) {
            entries.remove(digest, entry);
            return null;
        }
        return entry.token;
    }

    /** Remembers a token that passed every check that does not change while it is valid. */
    void put(Digest digest, AccessToken token) {
        long now = clock.getAsLong();
        long until = Math.min(token.getExp() == null ? now : token.getExp() * 1000L, now + maxTrustMillis);
        if (until <= now) {
            return;
        }
        if (entries.size() >= maxTokens) {
            entries.clear();
        }
        entries.put(digest, new Entry(token, until));
    }

    int size() {
        return entries.size();
    }

    /**
     * The digest of a raw token and the context it was verified in: the realm and whatever the issuer the
     * token must name was derived from (see {@link CallerToken}). A {@code null} part counts as absent.
     */
    static Digest digest(String rawToken, String... context) {
        MessageDigest sha = SHA_256.get();
        for (String part : context) {
            if (part != null) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
            }
            // A part never contains a newline (ids, names, header values), so parts cannot run together;
            // the absent marker keeps a missing header apart from an empty one.
            sha.update(part == null ? (byte) 0 : (byte) '\n');
        }
        sha.update(rawToken.getBytes(StandardCharsets.UTF_8));
        ByteBuffer bits = ByteBuffer.wrap(sha.digest());
        return new Digest(bits.getLong(), bits.getLong(), bits.getLong(), bits.getLong());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
