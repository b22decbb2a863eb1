package io.runtimeaccess.sharing.transfer;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.sharing.api.BadRequest;
import org.junit.jupiter.api.Test;

class DocumentsTest {

    @Test
    void onlyKnownGrantSourcesPass() {
        for (String source : new String[] {null, "admin", "recommendation", "just_in_time", "import", "ADMIN"}) {
            assertDoesNotThrow(() -> Documents.checkSource(source), source);
        }
        BadRequest refused = assertThrows(BadRequest.class, () -> Documents.checkSource("root"));
        assertTrue(refused.getMessage().startsWith("grants.source: 'root' is not one of admin"), refused.getMessage());
    }

    @Test
    void policiesCompareByContentNotByLayout() {
        assertTrue(Documents.samePolicy("{\"roles\":[\"user\"],\"resources\":[]}", "{ \"resources\": [], \"roles\": [\"user\"] }"));
        assertFalse(Documents.samePolicy("{\"roles\":[\"user\"]}", "{\"roles\":[\"user\",\"approver\"]}"));
        assertTrue(Documents.sameAttributes(null, null));
        assertFalse(Documents.sameAttributes(null, "{\"a\":\"b\"}"));
    }
}
