package io.runtimeaccess.sharing.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ListingsTest {

    @Test
    void searchesAreLowerCaseSubstringsWithWildcardsTakenLiterally() {
        assertEquals("%%", Listings.pattern(null));
        assertEquals("%claims%", Listings.pattern("Claims"));
        assertEquals("%50\\%\\_off\\\\%", Listings.pattern("50%_off\\"));
    }
}
