package io.runtimeaccess.requests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class RequestStatusTest {

    /** A server whose default locale is Turkish lower-cases "I" to a dotless "ı": the API's names must not follow. */
    @Test
    void apiNamesDoNotDependOnTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("pending", RequestStatus.PENDING.apiName());
            assertEquals("expired", RequestStatus.EXPIRED.apiName());
            assertEquals(RequestStatus.EXPIRED, RequestStatus.fromApi("expired"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anUnknownStatusIsNone() {
        assertNull(RequestStatus.fromApi("PENDING"));
        assertNull(RequestStatus.fromApi(null));
    }
}
