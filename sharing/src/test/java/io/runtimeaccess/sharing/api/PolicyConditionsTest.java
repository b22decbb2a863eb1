package io.runtimeaccess.sharing.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.runtimeaccess.sharing.policy.Build;
import io.runtimeaccess.sharing.policy.PropertyScope;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

/** A build's resources of any type and their conditions, as the admin API reads them; mistakes are 400s naming the field. */
class PolicyConditionsTest {

    private static final Set<String> CATALOG = Set.of("reader", "editor");

    private static Build build(String resource) throws Exception {
        return Policies.toCore("b", "1", JsonSerialization.readValue("{\"roles\":[\"reader\",\"editor\"],\"resources\":["
                + resource + "]}", Representations.Build.class), CATALOG);
    }

    private static String refused(String resource) {
        return assertThrows(BadRequest.class, () -> build(resource)).field();
    }

    @Test
    void aRecordHasItsOwnActionsAndConditions() throws Exception {
        Build build = build("{\"name\":\"record-1\",\"kind\":\"record\",\"permissions\":{\"read\":[\"reader\"],"
                + "\"write\":[\"editor\"]},\"conditions\":[{\"action\":\"write\",\"deny\":{\"property\":\"resource.status\","
                + "\"equals\":\"archived\"},\"unless\":{\"property\":\"subject.role\",\"equals\":\"admin\"}}]}");
        assertEquals("record", build.resources().get(0).type());
        assertEquals(Set.of("read", "write"), build.resources().get(0).actions());
        assertEquals(PropertyScope.SUBJECT, build.resources().get(0).conditions().get(0).unless().scope());
        assertEquals("role", build.resources().get(0).conditions().get(0).unless().name());
    }

    @Test
    void mistakesNameTheirField() {
        assertEquals("resources.kind", refused("{\"name\":\"r\",\"kind\":\"solution\"}"));
        assertEquals("resources.kind", refused("{\"name\":\"r\",\"kind\":\"no/slash\"}"));
        assertEquals("resources.permissions", refused("{\"name\":\"r\",\"kind\":\"record\",\"permissions\":{\"use\":[]}}"));
        assertEquals("resources.permissions", refused("{\"name\":\"r\",\"kind\":\"swimlane\",\"permissions\":{\"read\":[]}}"));
        assertEquals("resources", refused("{\"name\":\"r\",\"kind\":\"record\",\"permissions\":{\"read\":[\"admin\"]}}"));
        String read = "{\"name\":\"r\",\"kind\":\"record\",\"permissions\":{\"read\":[\"reader\"]},\"conditions\":[%s]}";
        assertEquals("resources.conditions", refused(read.formatted("{\"action\":\"read\"}")));
        assertEquals("resources.conditions", refused(read.formatted("{\"action\":\"write\",\"require\":"
                + "{\"property\":\"action.soft\",\"equals\":\"true\"}}")));
        assertEquals("resources.conditions.require.property", refused(read.formatted("{\"action\":\"read\",\"require\":"
                + "{\"property\":\"context.ip\",\"equals\":\"x\"}}")));
        assertEquals("resources.conditions.require.equals", refused(read.formatted("{\"action\":\"read\",\"require\":"
                + "{\"property\":\"action.soft\"}}")));
        assertEquals("resources.conditions.unless", refused(read.formatted("{\"action\":\"read\",\"require\":"
                + "{\"property\":\"action.soft\",\"equals\":\"true\"},\"unless\":{\"property\":\"subject.role\",\"equals\":\"a\"}}")));
    }
}
