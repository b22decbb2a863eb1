package io.runtimeaccess.requests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.runtimeaccess.requests.policy.AccessPolicy;
import io.runtimeaccess.requests.policy.ApproverType;
import io.runtimeaccess.requests.policy.InvalidInput;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewRequestTest {

    private static final AccessPolicy LAX = AccessPolicy.of("PT2H", ApproverType.GROUP, List.of("g"), 1, false, false, null);
    private static final AccessPolicy STRICT = AccessPolicy.of("PT2H", ApproverType.GROUP, List.of("g"), 1, true, true, null);

    @Test
    void durationDefaultsToThePolicyMaximumAndMayNotExceedIt() {
        assertEquals(Duration.ofHours(2), NewRequest.of(LAX, null, null, null).duration());
        assertEquals(Duration.ofSeconds(5), NewRequest.of(LAX, "PT5S", null, null).duration());
        assertEquals("duration", field(() -> NewRequest.of(LAX, "PT2H1S", null, null)));
        assertEquals("duration", field(() -> NewRequest.of(LAX, "two hours", null, null)));
        assertEquals("duration", field(() -> NewRequest.of(LAX, "PT0S", null, null)));
    }

    @Test
    void durationsAreWholeSecondsBecauseTheyAreStoredSo() {
        assertEquals("duration", field(() -> NewRequest.of(LAX, "PT0.5S", null, null)));
        assertEquals("duration", field(() -> NewRequest.of(LAX, "PT1.5S", null, null)));
        assertEquals("maxDuration", assertThrows(InvalidInput.class,
                () -> AccessPolicy.of("PT0.5S", ApproverType.GROUP, List.of("g"), 1, false, false, null)).field());
        assertEquals(Duration.ofSeconds(90), NewRequest.of(LAX, "PT1M30S", null, null).duration());
    }

    @Test
    void justificationAndTicketWhenThePolicyRequiresThem() {
        assertEquals("justification", field(() -> NewRequest.of(STRICT, null, "  ", "OPS-1")));
        assertEquals("ticket", field(() -> NewRequest.of(STRICT, null, "month-end close", null)));
        NewRequest ok = NewRequest.of(STRICT, null, " month-end close ", "OPS-1");
        assertEquals("month-end close", ok.justification());
        assertEquals("OPS-1", ok.ticket());
        assertNull(NewRequest.of(LAX, null, " ", "").ticket());
    }

    @Test
    void refusesOversizedOrControlCharacterTextAndOddTickets() {
        assertEquals("justification", field(() -> NewRequest.of(LAX, null, "x".repeat(1001), null)));
        assertEquals("justification", field(() -> NewRequest.of(LAX, null, "a\u0000b", null)));
        assertEquals("ticket", field(() -> NewRequest.of(LAX, null, null, "OPS 1")));
        assertEquals("ticket", field(() -> NewRequest.of(LAX, null, null, "x".repeat(65))));
        assertEquals("line\nbreak", NewRequest.of(LAX, null, "line\nbreak", null).justification());
    }

    private static String field(Runnable call) {
        return assertThrows(InvalidInput.class, call::run).field();
    }
}
