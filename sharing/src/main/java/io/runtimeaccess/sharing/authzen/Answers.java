package io.runtimeaccess.sharing.authzen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.runtimeaccess.sharing.check.Decision;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.keycloak.util.JsonSerialization;

/**
 * The check API's answers as JSON bytes. A decision is one of a fixed set of constants, so each answer
 * ({@code {"decision", "context": {"code", "reason"}}}, as {@link Evaluation.Outcome#answer()} builds it) is
 * serialized once, when the class loads, and a response is those bytes copied: no JSON tree is built or
 * written per check or per batch item.
 */
final class Answers {

    private static final Map<Decision, byte[]> JSON = new EnumMap<>(Decision.class);
    private static final byte[] BATCH_START = "{\"evaluations\":[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BATCH_END = "]}".getBytes(StandardCharsets.US_ASCII);

    static {
        for (Decision decision : Decision.values()) {
            try {
                JSON.put(decision, JsonSerialization.mapper.writeValueAsBytes(Evaluation.answerOf(decision)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a decision's answer is plain JSON", e);
            }
        }
    }

    private Answers() {
    }

    /** One evaluation's answer. The array is shared: never change it. */
    static byte[] of(Decision decision) {
        return JSON.get(decision);
    }

    /** Collects a batch's answers in order into {@code {"evaluations": [...]}}. */
    static final class Batch {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(64 + 128 * 8);
        private boolean first = true;

        Batch() {
            out.writeBytes(BATCH_START);
        }

        void add(Decision decision) {
            if (!first) {
                out.write(',');
            }
            first = false;
            out.writeBytes(of(decision));
        }

        /** A refused item's answer ({@link ItemRefusal}): rare, so serialized when it happens. */
        void add(ObjectNode refusal) {
            if (!first) {
                out.write(',');
            }
            first = false;
            try {
                out.writeBytes(JsonSerialization.mapper.writeValueAsBytes(refusal));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a refusal is plain JSON", e);
            }
        }

        byte[] toJson() {
            out.writeBytes(BATCH_END);
            return out.toByteArray();
        }
    }
}
