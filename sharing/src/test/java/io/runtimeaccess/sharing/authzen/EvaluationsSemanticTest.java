package io.runtimeaccess.sharing.authzen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.WebApplicationException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

class EvaluationsSemanticTest {

    private static JsonNode json(String text) throws Exception {
        return JsonSerialization.mapper.readTree(text);
    }

    private static String refusedField(String options) throws Exception {
        JsonNode node = json(options);
        WebApplicationException e = assertThrows(WebApplicationException.class, () -> EvaluationsSemantic.of(node));
        assertEquals(400, e.getResponse().getStatus());
        return (String) ((Map<?, ?>) e.getResponse().getEntity()).get("field");
    }

    @Test
    void executeAllIsTheDefault() throws Exception {
        assertEquals(EvaluationsSemantic.EXECUTE_ALL, EvaluationsSemantic.of(null));
        assertEquals(EvaluationsSemantic.EXECUTE_ALL, EvaluationsSemantic.of(json("null")));
        assertEquals(EvaluationsSemantic.EXECUTE_ALL, EvaluationsSemantic.of(json("{}")));
        assertEquals(EvaluationsSemantic.EXECUTE_ALL, EvaluationsSemantic.of(json("{\"another_option\":\"value\"}")));
    }

    @Test
    void theThreeNamesOfTheSpecificationAreRead() throws Exception {
        for (EvaluationsSemantic semantic : EvaluationsSemantic.values()) {
            assertEquals(semantic, EvaluationsSemantic.of(
                    json("{\"evaluations_semantic\":\"" + semantic.wireName() + "\"}")));
        }
    }

    @Test
    void unknownOrMistypedValuesAreRefusedNamingTheField() throws Exception {
        assertEquals(EvaluationsSemantic.FIELD, refusedField("{\"evaluations_semantic\":\"first_deny\"}"));
        assertEquals(EvaluationsSemantic.FIELD, refusedField("{\"evaluations_semantic\":\"EXECUTE_ALL\"}"));
        assertEquals(EvaluationsSemantic.FIELD, refusedField("{\"evaluations_semantic\":1}"));
        assertEquals("options", refusedField("[\"execute_all\"]"));
        assertEquals("options", refusedField("\"execute_all\""));
    }

    @Test
    void denyOnFirstDenyStopsAtADenialAndPermitOnFirstPermitAtAPermit() {
        assertFalse(EvaluationsSemantic.EXECUTE_ALL.stopsAfter(false));
        assertFalse(EvaluationsSemantic.EXECUTE_ALL.stopsAfter(true));
        assertTrue(EvaluationsSemantic.DENY_ON_FIRST_DENY.stopsAfter(false));
        assertFalse(EvaluationsSemantic.DENY_ON_FIRST_DENY.stopsAfter(true));
        assertTrue(EvaluationsSemantic.PERMIT_ON_FIRST_PERMIT.stopsAfter(true));
        assertFalse(EvaluationsSemantic.PERMIT_ON_FIRST_PERMIT.stopsAfter(false));
    }
}
