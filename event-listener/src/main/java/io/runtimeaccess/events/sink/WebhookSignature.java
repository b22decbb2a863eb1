package io.runtimeaccess.events.sink;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The signature header of a webhook delivery: HMAC-SHA256 of the exact body bytes sent, with the realm's secret. */
public final class WebhookSignature {

    public static final String HEADER = "X-Runtime-Access-Signature";

    private WebhookSignature() {
    }

    /** The header's value, {@code sha256=} and the hex HMAC-SHA256 of the body; the receiver computes the same. */
    public static String of(String secret, String body) {
        return "sha256=" + hmac(secret, body);
    }

    /** Hex HMAC-SHA256 of the body with the realm's webhook secret. */
    static String hmac(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
