package io.runtimeaccess.sharing.authzen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.sharing.check.Decision;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

class AnswersTest {

    @Test
    void eachDecisionsBytesAreItsAnswer() throws IOException {
        for (Decision decision : Decision.values()) {
            JsonNode answer = JsonSerialization.mapper.readTree(Answers.of(decision));
            assertEquals(Evaluation.answerOf(decision), answer);
            assertEquals(decision.allowed(), answer.get("decision").booleanValue());
            assertEquals(decision.name(), answer.get("context").get("code").asText());
        }
    }

    @Test
    void aBatchIsItsAnswersInOrder() throws IOException {
        Answers.Batch batch = new Answers.Batch();
        batch.add(Decision.ALLOW_ROLE);
        batch.add(Decision.DENY_NO_ROLE);
        batch.add(Decision.ALLOW_ROLE);
        JsonNode evaluations = JsonSerialization.mapper.readTree(batch.toJson()).get("evaluations");
        assertEquals(3, evaluations.size());
        assertEquals(Evaluation.answerOf(Decision.ALLOW_ROLE), evaluations.get(0));
        assertEquals(Evaluation.answerOf(Decision.DENY_NO_ROLE), evaluations.get(1));
        assertEquals(Evaluation.answerOf(Decision.ALLOW_ROLE), evaluations.get(2));
    }

    @Test
    void anEmptyBatchIsAnEmptyArray() throws IOException {
        assertEquals(0, JsonSerialization.mapper.readTree(new Answers.Batch().toJson()).get("evaluations").size());
    }
}
