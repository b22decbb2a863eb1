package io.runtimeaccess.governance.rolemining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.runtimeaccess.sharing.api.Representations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateBuildTest {

    @Test
    void theNewRoleIsOfferedWithEveryPermissionOfTheTemplatesRoles() {
        Representations.Build active = new Representations.Build();
        active.roles = new ArrayList<>(List.of("user", "creator", "viewer"));
        active.resources = new ArrayList<>(List.of(
                resource("Payments", Map.of("view", List.of("viewer", "creator"), "execute", List.of("creator"))),
                resource("Admin", Map.of("view", List.of("user"))),
                resource("Empty", null)));
        Representations.Build build = TemplateBuild.withRole(active, List.of("creator", "viewer"), "clerk");
        assertEquals(List.of("user", "creator", "viewer", "clerk"), build.roles);
        assertEquals(List.of("viewer", "creator", "clerk"), build.resources.get(0).permissions.get("view"));
        assertEquals(List.of("creator", "clerk"), build.resources.get(0).permissions.get("execute"));
        assertEquals(List.of("user"), build.resources.get(1).permissions.get("view"));
        assertNull(build.resources.get(2).permissions);
        assertEquals("swimlane", build.resources.get(1).kind);
        // The Active Policy build is left as it was.
        assertEquals(List.of("user", "creator", "viewer"), active.roles);
        assertEquals(List.of("creator"), active.resources.get(0).permissions.get("execute"));
    }

    @Test
    void aBuildWithoutRolesOrResourcesGetsJustTheNewRole() {
        Representations.Build build = TemplateBuild.withRole(new Representations.Build(), List.of("a", "b"), "ab");
        assertEquals(List.of("ab"), build.roles);
        assertEquals(List.of(), build.resources);
    }

    @Test
    void theBuildIsNamedWithTheNextFreeNumber() {
        assertEquals("1", TemplateBuild.nextName(List.of()));
        assertEquals("3", TemplateBuild.nextName(List.of("1", "2")));
        assertEquals("4", TemplateBuild.nextName(List.of("1", "3", "candidate")));
    }

    private static Representations.Resource resource(String name, Map<String, List<String>> permissions) {
        Representations.Resource resource = new Representations.Resource();
        resource.name = name;
        resource.kind = "swimlane";
        resource.permissions = permissions == null ? null : new LinkedHashMap<>(permissions);
        return resource;
    }
}
