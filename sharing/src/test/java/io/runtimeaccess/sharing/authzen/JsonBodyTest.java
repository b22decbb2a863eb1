package io.runtimeaccess.sharing.authzen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.WebApplicationException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonBodyTest {

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON object of exactly {@code size} bytes: {"a":"xxx..."}. */
    private static String objectOfSize(int size) {
        return "{\"a\":\"" + "x".repeat(size - 8) + "\"}";
    }

    private static void assertRefused(int status, String field, WebApplicationException e) {
        assertEquals(status, e.getResponse().getStatus());
        Map<?, ?> entity = (Map<?, ?>) e.getResponse().getEntity();
        assertEquals(field, entity.get("field"), entity.toString());
    }

    @Test
    void aBodyUpToTheLimitIsRead() {
        String json = objectOfSize(JsonBody.MAX_BYTES);
        assertEquals(JsonBody.MAX_BYTES, json.length());
        JsonNode node = JsonBody.read((String) null, stream(json));
        assertEquals(JsonBody.MAX_BYTES - 8, node.get("a").asText().length());
        assertEquals("b", JsonBody.read(String.valueOf(9), stream("{\"a\":\"b\"}")).get("a").asText());
    }

    @Test
    void aChunkedBodyPastTheLimitIs413WithoutReadingItAll() {
        byte[] chunk = new byte[64 * 1024];
        int[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = Math.min(len, chunk.length);
                java.util.Arrays.fill(b, off, off + n, (byte) ' ');
                served[0] += n;
                return n;
            }
        };
        assertRefused(413, "request", assertThrows(WebApplicationException.class, () -> JsonBody.read((String) null,
                endless)));
        assertTrue(served[0] <= JsonBody.MAX_BYTES + chunk.length, "read " + served[0] + " bytes");
        assertRefused(413, "request", assertThrows(WebApplicationException.class,
                () -> JsonBody.read((String) null, stream(objectOfSize(JsonBody.MAX_BYTES + 1)))));
    }

    @Test
    void aDeclaredLargeBodyIsRefusedBeforeReading() {
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body must not be read");
            }
        };
        assertRefused(413, "request", assertThrows(WebApplicationException.class,
                () -> JsonBody.read(String.valueOf(JsonBody.MAX_BYTES + 1L), untouchable)));
        assertRefused(400, "Content-Length", assertThrows(WebApplicationException.class,
                () -> JsonBody.read("lots", untouchable)));
    }

    @Test
    void malformedJsonIs400NamingTheRequest() {
        assertRefused(400, "request", assertThrows(WebApplicationException.class,
                () -> JsonBody.read((String) null, stream("{\"subject\":"))));
        JsonNode empty = JsonBody.read((String) null, stream(""));
        assertTrue(empty == null || empty.isMissingNode(), "an empty body is no object: " + empty);
    }

    /** Jackson's own limits (a number's length, the nesting depth) have no location; still a 400, never a 500. */
    @Test
    void aBodyPastJacksonsLimitsIs400NamingTheRequest() {
        String longNumber = "{\"a\":1" + "2".repeat(1200) + "}";
        String deep = "{\"a\":" + "[".repeat(1200) + "]".repeat(1200) + "}";
        for (String body : new String[] {longNumber, deep}) {
            WebApplicationException refused = assertThrows(WebApplicationException.class,
                    () -> JsonBody.read((String) null, stream(body)));
            assertRefused(400, "request", refused);
            String error = String.valueOf(refused.getResponse().getEntity());
            assertFalse(error.contains("StreamReadConstraints"), "the parser's settings stay inside: " + error);
        }
    }
}
