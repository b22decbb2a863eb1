package io.runtimeaccess.sharing.authzen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.check.PropertyValues;
import io.runtimeaccess.sharing.policy.PropertyScope;
import jakarta.ws.rs.WebApplicationException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader of the single evaluation against the tree reader it replaces: for every body, both must
 * give the same validated request (subject, action, resource, filters, property values) or the same refusal.
 */
class StreamedRequestReaderTest {

    private static final String VALID = "{\"subject\":{\"type\":\"user\",\"id\":\"user2\"},"
            + "\"action\":{\"name\":\"execute\",\"properties\":{\"method\":\"POST\"}},"
            + "\"resource\":{\"type\":\"swimlane\",\"id\":\"approval\",\"properties\":{\"solution\":\"Loans\","
            + "\"status\":\"open\",\"amount\":1200,\"rate\":1.50,\"flag\":true}},"
            + "\"context\":{\"businessFilters\":[\"north\",\"south\"]}}";

    private static final String[] PROPERTY_NAMES = {"solution", "status", "amount", "rate", "flag", "method",
        "big", "neg", "exp", "nul", "obj", "arr", "dup", "é", "\u2603", "x"};

    private static final String[] BODIES = {
        VALID,
        "",
        "   ",
        "null",
        "[]",
        "[1, 2]",
        "\"text\"",
        "42",
        "{}",
        "{\"subject\":null}",
        "{\"subject\":[]}",
        "{\"subject\":\"user2\"}",
        "{\"subject\":{}}",
        "{\"subject\":{\"type\":\"user\"}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"\"}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"   \"}}",
        "{\"subject\":{\"type\":\"user\",\"id\":7}}",
        "{\"subject\":{\"type\":\"user\",\"id\":null}}",
        "{\"subject\":{\"type\":[\"user\"],\"id\":\"a\"}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\u0000b\"}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\\u0000b\"}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"" + "u".repeat(256) + "\"}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"" + "u".repeat(255) + "\"}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"subject\":{\"type\":\"user\",\"id\":\"b\"}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"subject\":\"b\"}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\",\"id\":\"b\"}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\",\"id\":3}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"action\":null}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"action\":{\"name\":true}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"action\":{\"name\":\"execute\"}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"action\":{\"name\":\"execute\"},\"resource\":5}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"action\":{\"name\":\"execute\"},\"resource\":{\"type\":\"solution\"}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"action\":{\"name\":\"execute\"},"
            + "\"resource\":{\"type\":\"solution\",\"id\":\"Loans\",\"properties\":7}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"action\":{\"name\":\"x\"},"
            + "\"resource\":{\"type\":\"record\",\"id\":\"r1\",\"properties\":7}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"action\":{\"name\":\"x\"},"
            + "\"resource\":{\"type\":\"record\",\"id\":\"r1\",\"properties\":null}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"action\":{\"name\":\"x\"},"
            + "\"resource\":{\"type\":\"record\",\"id\":\"r1\",\"properties\":{\"solution\":null}}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"action\":{\"name\":\"x\"},"
            + "\"resource\":{\"type\":\"record\",\"id\":\"r1\",\"properties\":{\"solution\":12}}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"action\":{\"name\":\"x\"},"
            + "\"resource\":{\"type\":\"record\",\"id\":\"r1\",\"properties\":{\"solution\":\"S\",\"solution\":\"T\"}}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"action\":{\"name\":\"x\"},"
            + "\"resource\":{\"type\":\"record\",\"id\":\"r1\",\"properties\":{\"solution\":\"S\",\"solution\":{}}}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"action\":{\"name\":\"x\"},"
            + "\"resource\":{\"type\":\"record\",\"id\":\"r1\",\"properties\":{\"big\":123456789012345678901234567890,"
            + "\"neg\":-0,\"exp\":1e400,\"n\":12345678901,\"rate\":1.50,\"x\":-1.25E-3,\"nul\":null,\"obj\":{\"a\":1},"
            + "\"arr\":[1,2],\"dup\":\"one\",\"dup\":2,\"é\":\"ü\",\"\u2603\":\"\\ud83d\\ude00\"}},"
            + "\"context\":null}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"action\":{\"name\":\"x\",\"properties\":[1]},"
            + "\"resource\":{\"type\":\"record\",\"id\":\"r1\",\"properties\":{\"dup\":\"one\",\"dup\":null}}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"action\":{\"name\":\"x\"},"
            + "\"resource\":{\"type\":\"solution\",\"id\":\"L\"},\"context\":[]}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"action\":{\"name\":\"x\"},"
            + "\"resource\":{\"type\":\"solution\",\"id\":\"L\"},\"context\":{}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"action\":{\"name\":\"x\"},"
            + "\"resource\":{\"type\":\"solution\",\"id\":\"L\"},\"context\":{\"businessFilters\":null}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"action\":{\"name\":\"x\"},"
            + "\"resource\":{\"type\":\"solution\",\"id\":\"L\"},\"context\":{\"businessFilters\":\"north\"}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"action\":{\"name\":\"x\"},"
            + "\"resource\":{\"type\":\"solution\",\"id\":\"L\"},\"context\":{\"businessFilters\":[\"a\",1,\"b\"]}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"action\":{\"name\":\"x\"},"
            + "\"resource\":{\"type\":\"solution\",\"id\":\"L\"},\"context\":{\"businessFilters\":[\"a\",[\"b\"]]}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"action\":{\"name\":\"x\"},"
            + "\"resource\":{\"type\":\"solution\",\"id\":\"L\"},\"context\":{\"businessFilters\":[\"a\"],"
            + "\"businessFilters\":[\"b\",\"c\"]}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"action\":{\"name\":\"x\"},"
            + "\"resource\":{\"type\":\"solution\",\"id\":\"L\"},\"context\":{\"businessFilters\":[\"a\"],"
            + "\"businessFilters\":7}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"action\":{\"name\":\"x\"},"
            + "\"resource\":{\"type\":\"solution\",\"id\":\"L\"},\"context\":{\"businessFilters\":[\"\u0000\"]}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"action\":{\"name\":\"x\"},"
            + "\"resource\":{\"type\":\"solution\",\"id\":\"L\"},\"context\":{\"businessFilters\":[\""
            + "f".repeat(1025) + "\"]}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"action\":{\"name\":\"x\"},"
            + "\"resource\":{\"type\":\"solution\",\"id\":\"L\"},\"context\":{\"businessFilters\":"
            + filters(257) + "}}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"action\":{\"name\":\"x\"},"
            + "\"resource\":{\"type\":\"solution\",\"id\":\"L\"},\"context\":{\"businessFilters\":"
            + filters(256) + "}}",
        "{\"evaluations\":[{\"a\":1}],\"options\":{\"deep\":[[[[{\"x\":[1,2,{\"y\":null}]}]]]]},"
            + "\"unknown\":1e5," + VALID.substring(1),
        VALID + " trailing",
        VALID + "}",
        VALID.replace("}}}", "}}"),
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"}, \"other\": \"\\uZZZZ\"}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"}, \"other\": 1" + "2".repeat(1200) + "}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"}, \"other\": 1." + "2".repeat(1200) + "}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"}, \"other\": " + "[".repeat(1200) + "]".repeat(1200) + "}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"}, \"other\": NaN}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"}, \"other\": 01}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"}, /* comment */ \"other\": 1}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"}, \"other\": 'single'}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"a\"}, \"other\": \"tab\there\"}",
        "\n\n  {\"subject\":{\"type\":\"user\",\"id\":\"a\"},\n \"action\": {\"name\": }}",
        "{\"subject\":{\"type\":\"user\",\"id\":\"\u00fcser\u2603\"}}",
    };

    private static String filters(int count) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add("\"f" + i + "\"");
        }
        return "[" + String.join(",", values) + "]";
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /** The tree path, step by step in {@link Evaluation}'s order, or its refusal. */
    private static String viaTree(byte[] body) {
        List<String> out = new ArrayList<>();
        try {
            JsonNode request = Fields.object(JsonBody.read((String) null, stream(body)), "", "request");
            JsonNode subject = Fields.object(request.get("subject"), "", "subject");
            String type = Fields.text(subject, "type", "", "subject.type");
            String id = Fields.text(subject, "id", "", "subject.id");
            out.add(type);
            out.add(id);
            JsonNode action = Fields.object(request.get("action"), "", "action");
            out.add(Fields.text(action, "name", "", "action.name"));
            ResourceAddress resource = ResourceAddress.of(request.get("resource"), "");
            out.add(resource.type() + "|" + resource.name() + "|" + resource.solution());
            out.add(Arrays.toString(Fields.businessFilters(request.get("context"), "")));
            out.add(values(RequestProperties.of(null, resource.node(), action)));
        } catch (WebApplicationException e) {
            out.add(refusal(e));
        }
        return String.join("\n", out);
    }

    /** The streamed path, in {@link Evaluation#evaluate(org.keycloak.models.KeycloakSession,
     * org.keycloak.models.RealmModel, StreamedRequest, Evaluation.Subjects)}'s order, or its refusal. */
    private static String viaStream(byte[] body) {
        List<String> out = new ArrayList<>();
        try {
            StreamedRequest request = JsonBody.read((String) null, stream(body), StreamedRequestReader::read);
            if (request == null) {
                throw BadRequest.invalid("request", "must be a JSON object");
            }
            String id = request.subjectId();
            out.add(request.subject.type);
            out.add(id);
            out.add(request.actionName());
            ResourceAddress resource = request.resource();
            out.add(resource.type() + "|" + resource.name() + "|" + resource.solution());
            out.add(Arrays.toString(request.businessFilters()));
            out.add(values(request.properties(null)));
        } catch (WebApplicationException e) {
            out.add(refusal(e));
        }
        return String.join("\n", out);
    }

    private static String values(PropertyValues values) {
        StringBuilder text = new StringBuilder();
        for (String name : PROPERTY_NAMES) {
            text.append(name).append('=').append(values.value(PropertyScope.RESOURCE, name)).append(", ")
                    .append(values.value(PropertyScope.ACTION, name)).append("; ");
        }
        return text.toString();
    }

    private static String refusal(WebApplicationException e) {
        return "refused " + e.getResponse().getStatus() + " " + e.getResponse().getEntity();
    }

    private static void assertSame(byte[] body) {
        String tree = viaTree(body);
        assertEquals(tree, viaStream(body), () -> "body: " + new String(body, StandardCharsets.UTF_8));
    }

    @Test
    void everyBodyGivesTheSameRequestOrTheSameRefusal() {
        for (String body : BODIES) {
            assertSame(body.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void theValidBodyIsReadWhole() {
        String read = viaStream(VALID.getBytes(StandardCharsets.UTF_8));
        assertTrue(read.startsWith("user\nuser2\nexecute\nswimlane|approval|Loans\n[north, south]\n"), read);
        assertTrue(read.contains("rate=1.5, null;") && read.contains("amount=1200, null;")
                && read.contains("method=null, POST;"), read);
    }

    @Test
    void bodiesOverTheLimitAreRefusedAlike() {
        String big = "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"pad\":\"" + "x".repeat(JsonBody.MAX_BYTES) + "\"}";
        assertSame(big.getBytes(StandardCharsets.UTF_8));
        assertTrue(viaStream(big.getBytes(StandardCharsets.UTF_8)).startsWith("refused 413"));
    }

    @Test
    void invalidUtf8IsRefusedAlike() {
        byte[] body = "{\"subject\":{\"type\":\"user\",\"id\":\"a\"},\"x\":\"ab\"}".getBytes(StandardCharsets.UTF_8);
        body[body.length - 4] = (byte) 0xC3;
        assertSame(body);
        body[body.length - 4] = (byte) 0xFF;
        assertSame(body);
    }

    /** Every body one random edit away from a valid one (a character dropped, doubled or replaced). */
    @Test
    void mutatedBodiesAreReadAlike() {
        Random random = new Random(13);
        String alphabet = "{}[]\":,0123456789.eE-+ \\unlltrfa\u00e9";
        String[] seeds = Arrays.stream(BODIES).filter(b -> b.length() > 60 && b.length() < 2000)
                .toArray(String[]::new);
        for (int n = 0; n < 5000; n++) {
            StringBuilder body = new StringBuilder(seeds[n % seeds.length]);
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(body.length());
                switch (random.nextInt(3)) {
                    case 0 -> body.deleteCharAt(at);
                    case 1 -> body.insert(at, body.charAt(at));
                    default -> body.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            assertSame(body.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
