package io.runtimeaccess.sharing.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.runtimeaccess.sharing.api.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportStepsTest {

    private static final class Steps extends ImportSteps {
        final List<String> accepted = new ArrayList<>();

        Steps(boolean write) {
            super(new ImportPlan(), write);
        }

        void name(String value) {
            accepted.add(Names.require("roles.name", value));
        }
    }

    @Test
    void planningListsEveryProblemAndChecksEveryItem() {
        Steps planning = new Steps(false);
        planning.unique(List.of("a", "b", " a"), "roles.name", s -> s);
        planning.each(Arrays.asList("ok", "", null, "also ok", "!bad"), "roles", planning::name);
        assertEquals(List.of("ok", "also ok"), planning.accepted);
        assertEquals(List.of("roles.name: 'a' appears twice", "roles.name: is required", "roles: an item is null"),
                planning.plan.problems.subList(0, 3));
        assertEquals(4, planning.plan.problems.size(), planning.plan.problems.toString());
    }

    @Test
    void applyingThrowsAtTheFirstProblemWithThePlan() {
        Steps applying = new Steps(true);
        ImportRefused refused = assertThrows(ImportRefused.class,
                () -> applying.each(List.of("ok", "!bad", "never reached"), "roles", applying::name));
        assertEquals(List.of("ok"), applying.accepted);
        assertEquals(400, refused.getResponse().getStatus());
        assertSame(applying.plan, refused.getResponse().getEntity());
        assertEquals(1, applying.plan.problems.size());
    }

    @Test
    void aDuplicateNameFoundWhileApplyingRefusesTheImport() {
        Steps applying = new Steps(true);
        assertThrows(ImportRefused.class, () -> applying.unique(List.of("x", "x"), "groups.name", s -> s));
        assertEquals(List.of("groups.name: 'x' appears twice"), applying.plan.problems);
    }
}
