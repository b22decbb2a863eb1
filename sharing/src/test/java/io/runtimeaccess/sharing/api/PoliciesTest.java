package io.runtimeaccess.sharing.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.runtimeaccess.sharing.policy.Build;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

/** A new build is refused what a stored one is read as it always was: one stored build must not stop the index. */
class PoliciesTest {

    private static final Set<String> CATALOG = Set.of("reader", "editor");
    private static final String TWO_SPELLINGS = "{\"roles\":[\"reader\",\"editor\",\"reader\"],\"resources\":[{\"name\":"
            + "\"intake\",\"kind\":\"swimlane\",\"permissions\":{\"view\":[\"reader\"],\"VIEW\":[\"editor\",\"editor\"]}}]}";

    private static Representations.Build doc(String json) throws Exception {
        return JsonSerialization.readValue(json, Representations.Build.class);
    }

    @Test
    void aNewBuildListingARoleOrAnActionTwiceIsRefused() throws Exception {
        assertEquals("roles", assertThrows(BadRequest.class,
                () -> Policies.toCore("b", "1", doc("{\"roles\":[\"reader\",\"reader\"]}"), CATALOG)).field());
        assertEquals("resources.permissions", assertThrows(BadRequest.class, () -> Policies.toCore("b", "1",
                doc(TWO_SPELLINGS.replace("\"reader\",\"editor\",\"reader\"", "\"reader\",\"editor\"")), CATALOG)).field());
    }

    @Test
    void aStoredBuildIsReadAsBeforeWithoutARoleCatalogAndTheLastSpellingWins() throws Exception {
        Build stored = Policies.stored("b", "1", doc(TWO_SPELLINGS.replace("\"reader\",\"editor\",\"reader\"",
                "\"reader\",\"editor\",\"reader\",\"gone\"")));
        assertEquals(Set.of("reader", "editor", "gone"), stored.roles());
        assertEquals(Map.of("view", Set.of("editor")), stored.resources().get(0).rolesByAction(),
                "no union of the two spellings: that would give roles more than they had");
    }
}
