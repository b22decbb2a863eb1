package io.runtimeaccess.sharing.api;

import static io.runtimeaccess.sharing.api.QueryParamsTest.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.runtimeaccess.sharing.transfer.SharingDocument;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingItsField() throws Exception {
        assertEquals("name", refusedField("{\"name\":5}", Representations.Role.class));
        assertEquals("name", refusedField("{\"name\":[\"a\"]}", Representations.Role.class));
        assertEquals("archived", refusedField("{\"archived\":\"maybe\"}", Representations.Group.class));
        assertEquals("attributes.region", refusedField("{\"attributes\":{\"region\":{\"a\":1}}}",
                Representations.Group.class));
        assertEquals("roles", refusedField("{\"format\":1,\"roles\":\"x\"}", SharingDocument.class));
        assertEquals("buildId", refusedField("{\"buildId\":5}", Representations.ActiveBuild.class));
    }

    @Test
    void aBodyThatIsNoObjectIsRefused() throws Exception {
        assertEquals("body", refusedField("[1,2]", Representations.Role.class));
        assertEquals("body", refusedField("\"x\"", Representations.Role.class));
        assertEquals("body", field(assertThrows(BadRequest.class, () -> JsonBodies.read(null, Representations.Role.class))));
    }

    @Test
    void aWellTypedBodyIsBound() throws Exception {
        Representations.Role role = JsonBodies.read(tree("{\"name\":\"reviewer\",\"description\":\"d\"}"),
                Representations.Role.class);
        assertEquals("reviewer", role.name);
        assertEquals("d", role.description);
    }

    @Test
    void aFieldTheBodyDoesNotHaveIsRefusedNamingIt() throws Exception {
        assertEquals("validUntil", refusedField("{\"principal\":{\"type\":\"user\",\"name\":\"erin\"},"
                + "\"role\":\"approver\",\"validUntil\":\"2030-01-01T00:00:00Z\"}", Representations.Grant.class));
        assertEquals("principal.username", refusedField("{\"principal\":{\"type\":\"user\",\"username\":\"erin\"}}",
                Representations.Grant.class));
        assertEquals("solutions[0].activebuild", refusedField("{\"format\":1,\"solutions\":[{\"name\":\"s\","
                + "\"activebuild\":\"1\"}]}", SharingDocument.class));
        BadRequest refused = assertThrows(BadRequest.class, () -> JsonBodies.read(tree("{\"extra\":1}"),
                Representations.Role.class));
        assertEquals("extra: is not a field of this body", BadRequest.reasonOf(refused));
    }

    @Test
    void aBodyReadFieldByFieldRefusesAMemberItDoesNotHave() throws Exception {
        JsonBodies.onlyFields(tree("{\"comment\":\"ok\"}"), java.util.Set.of("comment", "sodOverride"));
        JsonBodies.onlyFields(null, java.util.Set.of("comment"));
        BadRequest refused = assertThrows(BadRequest.class,
                () -> JsonBodies.onlyFields(tree("{\"comment\":\"ok\",\"coment\":1}"), java.util.Set.of("comment")));
        assertEquals("coment: is not a field of this body", BadRequest.reasonOf(refused));
    }

    @Test
    void unarchivingAGroupMayCarryAnOverride() throws Exception {
        Representations.Group group = JsonBodies.read(tree("{\"archived\":false,\"sodOverride\":\"audit\"}"),
                Representations.Group.class);
        assertEquals("audit", group.sodOverride);
    }

    private static String refusedField(String body, Class<?> type) throws Exception {
        JsonNode tree = tree(body);
        return field(assertThrows(BadRequest.class, () -> JsonBodies.read(tree, type)));
    }

    private static JsonNode tree(String body) throws Exception {
        return JSON.readTree(body);
    }
}
