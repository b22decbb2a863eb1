package io.runtimeaccess.sharing.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void rolesAndSolutionsKeepTheirNarrowNames() {
        assertEquals("Loans 2.0", Names.require("name", " Loans 2.0 "));
        assertEquals("name", assertThrows(BadRequest.class, () -> Names.require("name", "R&D")).field());
    }

    /** A group's name must equal what an identity provider sends, so it takes what they send. */
    @Test
    void groupNamesTakeWhatIdentityProvidersSend() {
        for (String name : new String[] {"R&D", "Sales/EMEA", "Finance (read-only)", "O'Brien team", "#ops", "Équipe été",
                "n".repeat(255)}) {
            assertEquals(name, Names.requireGroup("name", " " + name + " "));
        }
    }

    @Test
    void groupNamesRefuseWhatNoGroupNameHoldsAndNoLogLineShould() {
        for (String name : new String[] {"", "  ", "Line\nBreak", "Tab\there", "Zero\u200Bwidth", "Line\u2028separator",
                "Lone\uD800surrogate", "n".repeat(256)}) {
            assertEquals("name", assertThrows(BadRequest.class, () -> Names.requireGroup("name", name)).field(), name);
        }
    }
}
