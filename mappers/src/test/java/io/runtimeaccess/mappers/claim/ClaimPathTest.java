package io.runtimeaccess.mappers.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimPathTest {

    @Test
    void plainNameReadsTopLevelClaim() {
        assertEquals(List.of("a", "b"), ClaimPath.parse("groups").resolve(Map.of("groups", List.of("a", "b"))));
    }

    @Test
    void nestedPathWalksObjects() {
        Map<String, Object> claims = Map.of("realm_access", Map.of("roles", List.of("admin")));
        assertEquals(List.of("admin"), ClaimPath.parse("realm_access.roles").resolve(claims));
    }

    @Test
    void escapedDotsNameOneUrlStyleClaim() {
        Map<String, Object> claims = Map.of("https://idp.example.com/groups", List.of("x"));
        ClaimPath path = ClaimPath.parse("https://idp\\.example\\.com/groups");
        assertEquals(List.of("x"), path.resolve(claims));
        assertNull(ClaimPath.parse("https://idp.example.com/groups").resolve(claims));
    }

    @Test
    void fieldOfArrayOfObjectsIsPickedFromEveryElement() {
        Map<String, Object> claims = Map.of("groups", List.of(
                Map.of("id", "1", "displayName", "Finance"),
                Map.of("id", "2"),
                "not-an-object",
                Map.of("id", "3", "displayName", "Ops")));
        assertEquals(List.of("Finance", "Ops"), ClaimPath.parse("groups.displayName").resolve(claims));
    }

    @Test
    void pathThroughScalarIsAbsent() {
        assertNull(ClaimPath.parse("groups.name").resolve(Map.of("groups", "flat")));
        assertNull(ClaimPath.parse("missing").resolve(Map.of()));
    }

    @Test
    void literalKeepsDots() {
        assertEquals("v", ClaimPath.literal("urn:oid:1.3.6.1").resolve(Map.of("urn:oid:1.3.6.1", "v")));
    }

    @Test
    void writeCreatesNestedObjectsAndAddsToExistingOnes() {
        Map<String, Object> claims = new HashMap<>();
        Map<String, Object> existing = new HashMap<>(Map.of("other", "kept"));
        claims.put("attributes", existing);
        ClaimPath.parse("attributes.runtimeGroups").write(claims, List.of("a"));
        ClaimPath.parse("org_id").write(claims, "realm-id");
        ClaimPath.parse("deep.er.flag").write(claims, true);
        assertEquals(Map.of("other", "kept", "runtimeGroups", List.of("a")), claims.get("attributes"));
        assertEquals("realm-id", claims.get("org_id"));
        assertEquals(Map.of("er", Map.of("flag", true)), claims.get("deep"));
    }

    @Test
    void writeReplacesAScalarInTheWay() {
        Map<String, Object> claims = new HashMap<>(Map.of("attributes", "scalar"));
        ClaimPath.parse("attributes.designerUser").write(claims, false);
        assertEquals(Map.of("designerUser", false), claims.get("attributes"));
    }

    @Test
    void blankOrEmptySegmentIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ClaimPath.parse(" "));
        assertThrows(IllegalArgumentException.class, () -> ClaimPath.parse("a..b"));
        assertThrows(IllegalArgumentException.class, () -> ClaimPath.parse("a."));
    }
}
