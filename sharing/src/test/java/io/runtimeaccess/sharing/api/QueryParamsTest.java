package io.runtimeaccess.sharing.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    @Test
    void onlyAnAbsentOrExplicitlyFalseDryRunApplies() {
        assertFalse(QueryParams.dryRun("dryRun", null));
        assertFalse(QueryParams.dryRun("dryRun", "false"));
        assertFalse(QueryParams.dryRun("dryRun", "FALSE"));
        assertTrue(QueryParams.dryRun("dryRun", "true"));
        assertTrue(QueryParams.dryRun("dryRun", ""), "?dryRun with no value asks for a dry run");
        for (String typo : new String[] {"1", "0", "maybe", "yes", "no", "flase"}) {
            assertEquals("dryRun", field(assertThrows(BadRequest.class, () -> QueryParams.dryRun("dryRun", typo))), typo);
        }
    }

    @Test
    void theRawQueryAppliesOnlyWhenEveryDryRunValueIsAnExplicitFalse() {
        assertFalse(QueryParams.dryRunInQuery("dryRun", null));
        assertFalse(QueryParams.dryRunInQuery("dryRun", ""));
        assertFalse(QueryParams.dryRunInQuery("dryRun", "dryRun=false"));
        assertTrue(QueryParams.dryRunInQuery("dryRun", "dryRun="), "an empty value is not an explicit false");
        assertTrue(QueryParams.dryRunInQuery("dryRun", "dryRun"));
        assertTrue(QueryParams.dryRunInQuery("dryRun", "dryRun=false&dryRun=true"));
        assertTrue(QueryParams.dryRunInQuery("dryRun", "dry%52un=%74rue"), "names and values are decoded");
        assertEquals("dryRun", field(assertThrows(BadRequest.class, () -> QueryParams.dryRunInQuery("dryRun", "dryRun=1"))));
        assertEquals("dryRun", field(assertThrows(BadRequest.class,
                () -> QueryParams.dryRunInQuery("dryRun", "dryRun=false&dryRun=maybe"))));
        assertEquals("dryRun", field(assertThrows(BadRequest.class, () -> QueryParams.dryRunInQuery("dryRun", "dry%zzRun=1"))));
    }

    @Test
    void aParameterTheCallDoesNotTakeIsRefusedByNameSoAMisspelledDryRunNeverApplies() {
        for (String typo : new String[] {"dryrun", "dry_run", "DRYRUN", "dryRun ", "other"}) {
            assertEquals(typo, field(assertThrows(BadRequest.class,
                    () -> QueryParams.dryRunInQuery("dryRun", typo.replace(" ", "%20") + "=true"))), typo);
        }
        assertEquals("x", field(assertThrows(BadRequest.class, () -> QueryParams.dryRunInQuery("dryRun", "x=1&dryRun=true"))));
    }

    @Test
    void integersOutsideTheirRangeOrNotNumbersAreRefusedByName() {
        assertEquals(100, QueryParams.integer("max", null, 100, 1, 500));
        assertEquals(7, QueryParams.integer("max", "7", 100, 1, 500));
        assertEquals(500, QueryParams.integer("max", "500", 100, 1, 500));
        for (String bad : new String[] {"abc", "99999999999", "0", "-1", "501", "1.5", "99999999999999999999999"}) {
            BadRequest refused = assertThrows(BadRequest.class, () -> QueryParams.integer("max", bad, 100, 1, 500));
            assertEquals("max", field(refused), bad);
            assertEquals(400, refused.getResponse().getStatus());
        }
        assertEquals("first", field(assertThrows(BadRequest.class,
                () -> QueryParams.integer("first", "-1", 0, 0, Integer.MAX_VALUE))));
    }

    @SuppressWarnings("unchecked")
    static String field(BadRequest refused) {
        return ((Map<String, String>) refused.getResponse().getEntity()).get("field");
    }
}
