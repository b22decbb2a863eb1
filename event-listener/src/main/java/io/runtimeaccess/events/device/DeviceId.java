package io.runtimeaccess.events.device;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value of a browser's device cookie: 128 random bits, URL-safe base64 without padding (22
 * characters). Plain Java, so it is tested without Keycloak.
 *
 * <p>The value itself is a bearer secret of the browser: it only ever goes into the {@code Set-Cookie}
 * header. Events, logs and the scorer only see {@link #digest(String)}, a one-way digest bound to the
 * realm, so a value read from one realm's events cannot be replayed as another realm's device and the
 * stored digest cannot be turned back into a cookie.
 *
 * @param value  the cookie value
 * @param issued {@code true} when the browser presented no well-formed cookie and this value was just created
 */
public record DeviceId(String value, boolean issued) {

    /** Event detail with the digest of the device cookie; {@code EventCopies} passes it to the scorer. */
    public static final String DETAIL = "runtime_access_device";
    /** Event detail: {@code true} when the browser had no (well-formed) device cookie and got a new one. */
    public static final String ISSUED_DETAIL = "runtime_access_device_issued";

    static final int RANDOM_BYTES = 16;
    static final int VALUE_LENGTH = 22;
    static final int DIGEST_LENGTH = 22;

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    public DeviceId {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a device id");
        }
    }

    /** The presented cookie value when it is well formed, else a new random id. */
    public static DeviceId presentedOrNew(String presented, SecureRandom random) {
        if (isWellFormed(presented)) {
            return new DeviceId(presented, false);
        }
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new DeviceId(ENCODER.encodeToString(bytes), true);
    }

    /**
     * Exactly what {@link #presentedOrNew} creates: 16 bytes in canonical URL-safe base64 without padding.
     * Anything else (another length, other characters, a non-canonical last character, padding) is
     * treated as no cookie and replaced.
     */
    public static boolean isWellFormed(String value) {
        if (value == null || value.length() != VALUE_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_';
            if (!allowed) {
                return false;
            }
        }
        byte[] decoded = Base64.getUrlDecoder().decode(value);
        return decoded.length == RANDOM_BYTES && ENCODER.encodeToString(decoded).equals(value);
    }

    /**
     * The device id the scorer and the events see: SHA-256 of {@code realmId + ":" + value}, URL-safe
     * base64, the first 22 characters (132 bits). Stable for one browser in one realm, unrelated across
     * realms.
     */
    public String digest(String realmId) {
        if (realmId == null) {
            throw new IllegalArgumentException("realmId is required");
        }
        byte[] hash = SHA256.get().digest((realmId + ":" + value).getBytes(StandardCharsets.UTF_8));
        return ENCODER.encodeToString(hash).substring(0, DIGEST_LENGTH);
    }

    /** One digest per thread: a provider lookup per sign-in costs more than the hash itself. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    });

    /** The event details for a sign-in in {@code realmId}: the digest and whether the id was just issued. */
    public Map<String, String> eventDetails(String realmId) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put(DETAIL, digest(realmId));
        details.put(ISSUED_DETAIL, Boolean.toString(issued));
        return details;
    }

    /** Never the value: a record's default {@code toString} would put the secret into any log line. */
    @Override
    public String toString() {
        return "DeviceId[issued=" + issued + "]";
    }
}
