package io.runtimeaccess.sharing.authzen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.ws.rs.WebApplicationException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

class BatchItemsTest {

    private static JsonNode json(String text) throws Exception {
        return JsonSerialization.mapper.readTree(text);
    }

    private static String refusedField(JsonNode items) {
        WebApplicationException e = assertThrows(WebApplicationException.class,
                () -> AccessEvaluationResource.items(items));
        assertEquals(400, e.getResponse().getStatus());
        return (String) ((Map<?, ?>) e.getResponse().getEntity()).get("field");
    }

    @Test
    void wrongTypesAreRefusedNamingTheField() throws Exception {
        assertEquals("evaluations", refusedField(json("\"x\"")));
        assertEquals("evaluations", refusedField(json("{\"subject\":{}}")));
        assertEquals("evaluations[1]", refusedField(json("[{}, 3]")));
        assertEquals("evaluations[0]", refusedField(json("[\"x\"]")));
        assertEquals("evaluations[2]", refusedField(json("[{}, {}, null]")));
    }

    @Test
    void absentOrNullMeansOneEvaluationOfTheTopLevel() throws Exception {
        assertNull(AccessEvaluationResource.items(null));
        assertNull(AccessEvaluationResource.items(json("null")));
        assertEquals(0, AccessEvaluationResource.items(json("[]")).size());
    }

    @Test
    void theItemCountIsCapped() {
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < AccessEvaluationResource.MAX_EVALUATIONS; i++) {
            items.addObject();
        }
        assertEquals(AccessEvaluationResource.MAX_EVALUATIONS, AccessEvaluationResource.items(items).size());
        items.addObject();
        assertEquals("evaluations", refusedField(items));
    }

    @Test
    void businessFiltersMustBeStrings() throws Exception {
        WebApplicationException e = assertThrows(WebApplicationException.class,
                () -> Fields.businessFilters(json("{\"businessFilters\":[\"EMEA\", 3]}"), "evaluations[4]."));
        assertEquals("evaluations[4].context.businessFilters[1]", ((Map<?, ?>) e.getResponse().getEntity()).get("field"));
        assertEquals(1, Fields.businessFilters(json("{\"businessFilters\":[\"EMEA\"]}"), "").length);
        assertNull(Fields.businessFilters(json("{}"), ""));
    }

    @Test
    void oversizedFiltersAndNamesWithANulAreRefusedByField() throws Exception {
        assertEquals("context.businessFilters[0]", field(() -> Fields.businessFilters(
                json("{\"businessFilters\":[\"" + "x".repeat(Fields.MAX_FILTER + 1) + "\"]}"), "")));
        StringBuilder many = new StringBuilder("{\"businessFilters\":[\"a\"");
        for (int i = 0; i < Fields.MAX_FILTERS; i++) {
            many.append(",\"a\"");
        }
        assertEquals("context.businessFilters", field(() -> Fields.businessFilters(json(many + "]}"), "")));
        assertEquals("subject.id", field(() -> Fields.text(json("{\"id\":\"bob\\u0000admin\"}"), "id", "", "subject.id")));
        assertEquals("subject.id", field(() -> Fields.text(json("{\"id\":\"" + "u".repeat(256) + "\"}"), "id", "",
                "subject.id")));
        assertEquals("bob", Fields.text(json("{\"id\":\"bob\"}"), "id", "", "subject.id"));
    }

    private static Object field(org.junit.jupiter.api.function.Executable call) {
        WebApplicationException e = assertThrows(WebApplicationException.class, call);
        return ((Map<?, ?>) e.getResponse().getEntity()).get("field");
    }
}
