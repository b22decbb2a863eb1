package io.runtimeaccess.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

/** A client's DPoP key (RFC 9449) and the proofs it signs, RS256, built with the JDK alone. */
final class DPoPProof {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final KeyPair key;

    DPoPProof() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            key = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh proof for {@code method} on {@code url}; {@code accessToken} (may be null) is bound through {@code ath}. */
    String proof(String method, String url, String accessToken) {
        ObjectNode header = JSON.createObjectNode().put("typ", "dpop+jwt").put("alg", "RS256");
        RSAPublicKey publicKey = (RSAPublicKey) key.getPublic();
        header.putObject("jwk").put("kty", "RSA").put("n", base64(unsigned(publicKey.getModulus())))
                .put("e", base64(unsigned(publicKey.getPublicExponent())));
        ObjectNode payload = JSON.createObjectNode().put("jti", UUID.randomUUID().toString()).put("htm", method)
                .put("htu", url).put("iat", System.currentTimeMillis() / 1000);
        if (accessToken != null) {
            payload.put("ath", base64(sha256(accessToken)));
        }
        String signingInput = base64(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + base64(payload.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key.getPrivate());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
