package io.runtimeaccess.mappers.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BooleanValueTest {

    @Test
    void acceptsTheUsualSpellingsInAnyCase() {
        for (String t : new String[] {"true", "TRUE", "1", "yes", "Yes", " true "}) {
            assertEquals(Boolean.TRUE, BooleanValue.parse(t), t);
        }
        for (String f : new String[] {"false", "False", "0", "no", "NO"}) {
            assertEquals(Boolean.FALSE, BooleanValue.parse(f), f);
        }
    }

    @Test
    void rejectsEverythingElse() {
        for (String bad : new String[] {"", "maybe", "2", "y", "on", "truee"}) {
            assertNull(BooleanValue.parse(bad), bad);
        }
        assertNull(BooleanValue.parse(null));
    }

    @Test
    void isTrueIsFalseForAbsentOrInvalid() {
        assertTrue(BooleanValue.isTrue("yes"));
        assertFalse(BooleanValue.isTrue(null));
        assertFalse(BooleanValue.isTrue("maybe"));
    }
}
