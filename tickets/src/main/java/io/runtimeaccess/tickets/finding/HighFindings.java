package io.runtimeaccess.tickets.finding;

import io.runtimeaccess.events.finding.FindingEntity;
import io.runtimeaccess.events.finding.FindingJson;
import io.runtimeaccess.events.finding.FindingStore;
import io.runtimeaccess.sharing.tickets.TicketRequest;
import io.runtimeaccess.tickets.courier.TicketSource;
import io.runtimeaccess.tickets.outbox.Outbox;
import io.runtimeaccess.tickets.sink.SinkEntity;
import io.runtimeaccess.tickets.sink.SinkStore;
import io.runtimeaccess.tickets.ticket.SourceKind;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Queues a ticket for each HIGH or CRITICAL anomaly finding of a realm whose sink takes findings. The findings are
 * written on the scorer's worker, below the sharing module and its ticket SPI, so the delivery task looks for them
 * instead: one query per realm with a sink per run, for findings seen since the sink started taking findings (older
 * ones would flood the project, also when {@code finding} is added to an older sink's sources) that have no ticket
 * yet and that no admin dismissed before the task came to them (a false positive is not worth an incident).
 */
public final class HighFindings implements TicketSource {

    static final int BATCH = 100;

    @Override
    public void collect(KeycloakSession session) {
        List<SinkEntity> sinks = SinkStore.em(session).createQuery("select s from SinkEntity s", SinkEntity.class)
                .getResultList();
        for (SinkEntity sink : sinks) {
            if (!SinkStore.sources(sink).contains(SourceKind.FINDING)) {
                continue;
            }
            RealmModel realm = session.realms().getRealm(sink.getRealmId());
            if (realm == null) {
                continue;
            }
            Outbox outbox = new Outbox(session, realm);
            // a finding waits in its own table while the outbox is full and is offered once there is room: it is
            // not refused (and counted and logged) again every run, as a pushed ticket is once
            int room = Math.min(BATCH, outbox.room());
            if (room == 0) {
                continue;
            }
            for (FindingEntity finding : unticketed(session, sink, room)) {
                if (!outbox.open(request(finding))) {
                    break;
                }
            }
        }
    }

    private static List<FindingEntity> unticketed(KeycloakSession session, SinkEntity sink, int max) {
        return SinkStore.em(session).createQuery("select f from FindingEntity f where f.realmId = :realmId"
                        + " and f.severity in ('HIGH', 'CRITICAL') and f.status <> :dismissed"
                        + " and f.eventTime >= :since and not exists"
                        + " (select t.id from TicketEntity t where t.realmId = f.realmId and t.sourceKind = :kind"
                        + " and t.sourceId = f.id) order by f.eventTime, f.id", FindingEntity.class)
                .setParameter("realmId", sink.getRealmId()).setParameter("dismissed", FindingStore.DISMISSED)
                .setParameter("since", sink.getFindingsSince() == null ? sink.getCreatedAt() : sink.getFindingsSince())
                .setParameter("kind", SourceKind.FINDING.id()).setMaxResults(max).getResultList();
    }

    static TicketRequest request(FindingEntity finding) {
        Map<String, Object> json = FindingJson.representation(finding);
        StringBuilder text = new StringBuilder("Runtime Access raised a " + finding.getSeverity()
                + " anomaly finding. Reasons:");
        if (json.get("reasons") instanceof List<?> reasons) {
            for (Object reason : reasons) {
                if (reason instanceof Map<?, ?> map && map.get("text") != null) {
                    text.append("\n- ").append(map.get("text"));
                }
            }
        }
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Finding", finding.getId());
        facts.put("Detection", finding.getDetection());
        facts.put("Severity", finding.getSeverity());
        facts.put("Score", String.valueOf(finding.getScore()));
        facts.put("User", finding.getUsername() == null ? "" : finding.getUsername());
        facts.put("Last event", Instant.ofEpochMilli(finding.getEventTime()).toString());
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("severity", finding.getSeverity());
        if (finding.getUsername() != null) {
            attributes.put("username", finding.getUsername());
        }
        return new TicketRequest(TicketRequest.FINDING, finding.getId(), finding.getSeverity() + " finding "
                + finding.getDetection() + (finding.getUsername() == null ? "" : " for " + finding.getUsername()),
                text.toString(), facts, attributes);
    }
}
