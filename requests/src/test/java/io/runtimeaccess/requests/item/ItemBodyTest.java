package io.runtimeaccess.requests.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.JsonBodies;
import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

class ItemBodyTest {

    @Test
    void aFetchedItemMayBeSentBackWholeButAMisspeltFieldIsRefused() throws Exception {
        String fetched = "{\"id\":\"i1\",\"createdAt\":\"2026-12-07T08:00:00Z\",\"kind\":\"runtime-role\","
                + "\"solutionId\":\"s1\",\"role\":\"approver\",\"maxDuration\":\"PT8H\"}";
        assertEquals("PT8H", JsonBodies.read(JsonSerialization.mapper.readTree(fetched), ItemBody.class).maxDuration);

        String misspelt = "{\"kind\":\"runtime-role\",\"solutionId\":\"s1\",\"role\":\"approver\",\"maxduration\":\"PT8H\"}";
        BadRequest refused = assertThrows(BadRequest.class,
                () -> JsonBodies.read(JsonSerialization.mapper.readTree(misspelt), ItemBody.class));
        assertEquals("maxduration: is not a field of this body", BadRequest.reasonOf(refused));
    }
}
