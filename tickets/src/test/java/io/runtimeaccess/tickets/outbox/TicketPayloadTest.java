package io.runtimeaccess.tickets.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.runtimeaccess.sharing.tickets.TicketRequest;
import io.runtimeaccess.tickets.ticket.Ticket;
import io.runtimeaccess.tickets.ticket.TicketAttribute;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TicketPayloadTest {

    @Test
    void aQueuedTicketReadsBackWithItsFactsInOrderAndItsAttributes() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Rule", "Payments {code}");
        facts.put("User", "ann");
        facts.put("At", "2026-12-04T10:00:00Z");
        TicketRequest request = new TicketRequest(TicketRequest.SOD_VIOLATION, "ev-1", "SoD: ann", "Line 1\nLine 2",
                facts, Map.of("username", "ann", "severity", "MEDIUM", "unknown", "dropped"));
        TicketEntity entity = new TicketEntity();
        entity.setSourceKind(request.kind());
        entity.setSourceId(request.sourceId());
        entity.setSummary(request.summary());
        entity.setPayload(TicketPayload.write(request, "organization"));

        Ticket ticket = TicketPayload.read(entity);
        assertEquals("Line 1\nLine 2", ticket.text());
        assertEquals(List.of("Rule", "User", "At"), ticket.facts().stream().map(Ticket.Fact::label).toList());
        assertEquals("Payments {code}", ticket.facts().get(0).value());
        assertEquals(Map.of(TicketAttribute.USERNAME, "ann", TicketAttribute.SEVERITY, "MEDIUM",
                TicketAttribute.REALM, "organization", TicketAttribute.SOURCE_KIND, "sod-violation",
                TicketAttribute.SOURCE_ID, "ev-1"), ticket.attributes());
    }
}
