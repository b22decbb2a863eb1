package io.runtimeaccess.tickets.outbox;

import io.runtimeaccess.sharing.tickets.TicketRef;
import io.runtimeaccess.sharing.tickets.TicketRequest;
import io.runtimeaccess.tickets.sink.SinkEntity;
import io.runtimeaccess.tickets.sink.SinkOptions;
import io.runtimeaccess.tickets.sink.SinkStore;
import io.runtimeaccess.tickets.ticket.SourceKind;
import io.runtimeaccess.tickets.ticket.Ticket;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * The outbox of one realm: queues tickets in the caller's transaction, bounded per realm ({@link
 * io.runtimeaccess.tickets.delivery.OutboxBound}: a full outbox refuses, counts and logs), lists them, and finds the
 * ticket of a source. A source has one ticket: asking again for it queues nothing.
 */
public final class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class);

    private final KeycloakSession session;
    private final RealmModel realm;

    public Outbox(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** How many more tickets the realm's outbox takes before it is full (see {@link #open}). */
    public int room() {
        return SinkOptions.current().bound().room(countState(TicketState.PENDING));
    }

    /** Queues the ticket when the realm's sink takes its kind; false otherwise. */
    public boolean open(TicketRequest request) {
        SourceKind kind = SourceKind.of(request.kind());
        SinkEntity sink = SinkStore.find(session, realm.getId());
        if (kind == null || sink == null || !SinkStore.sources(sink).contains(kind)) {
            return false;
        }
        if (!bySource(kind.id(), List.of(request.sourceId())).isEmpty()) {
            return true;
        }
        long waiting = countState(TicketState.PENDING);
        if (!SinkOptions.current().bound().admits(waiting)) {
            // counted in place: writing the whole row back from this transaction's copy would undo an admin's
            // change of the sink saved meanwhile (its URL, token or sources), most likely while fixing an outage
            em().createQuery("update SinkEntity s set s.refused = s.refused + 1 where s.realmId = :realmId")
                    .setParameter("realmId", realm.getId()).executeUpdate();
            LOG.warnf("Realm %s: the ticket outbox holds %d undelivered tickets; a %s ticket was refused",
                    realm.getId(), waiting, kind.id());
            return false;
        }
        TicketEntity ticket = new TicketEntity();
        ticket.setId(KeycloakModelUtils.generateId());
        ticket.setRealmId(realm.getId());
        ticket.setSourceKind(kind.id());
        ticket.setSourceId(request.sourceId());
        ticket.setSummary(new Ticket(kind, request.sourceId(), request.summary(), "", List.of(), Map.of())
                .summary());
        ticket.setPayload(TicketPayload.write(request, realm.getName()));
        ticket.setState(TicketState.PENDING.name());
        ticket.setCreatedAt(System.currentTimeMillis());
        ticket.setNextAt(ticket.getCreatedAt());
        em().persist(ticket);
        return true;
    }

    public Map<String, TicketRef> tickets(String kind, Collection<String> sourceIds) {
        Map<String, TicketRef> refs = new LinkedHashMap<>();
        for (TicketEntity ticket : bySource(kind, sourceIds)) {
            refs.put(ticket.getSourceId(), ref(ticket));
        }
        return refs;
    }

    /**
     * The sources' tickets in {@code state} (null for all), newest first, rows {@code first} to {@code first + max}.
     * A source has one ticket at most and a caller names at most a hundred sources, so the page is cut from that
     * short list in memory rather than by a second, paged query.
     */
    public List<TicketEntity> ofSources(SourceKind kind, Collection<String> sourceIds, TicketState state, int first,
            int max) {
        List<TicketEntity> tickets = bySource(kind.id(), sourceIds).stream()
                .filter(ticket -> state == null || state.name().equals(ticket.getState()))
                .sorted(Comparator.comparingLong(TicketEntity::getCreatedAt).reversed()
                        .thenComparing(TicketEntity::getId)).toList();
        int from = Math.min(first, tickets.size());
        return tickets.subList(from, (int) Math.min((long) from + max, tickets.size()));
    }

    /** Newest first; {@code state} null for all. */
    public List<TicketEntity> list(TicketState state, int first, int max) {
        var query = state == null
                ? em().createNamedQuery("Ticket.byRealm", TicketEntity.class)
                : em().createNamedQuery("Ticket.byRealmState", TicketEntity.class).setParameter("state", state.name());
        return query.setParameter("realmId", realm.getId()).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countState(TicketState state) {
        return em().createNamedQuery("Ticket.countState", Long.class).setParameter("realmId", realm.getId())
                .setParameter("state", state.name()).getSingleResult();
    }

    /** The ticket as a source's view shows it; the browse URL is on the site it was opened on. */
    public static TicketRef ref(TicketEntity ticket) {
        TicketState state = TicketState.valueOf(ticket.getState());
        String url = ticket.getIssueKey() == null || ticket.getSiteUrl() == null ? null
                : ticket.getSiteUrl() + "/browse/" + ticket.getIssueKey();
        String status = switch (state) {
            case PENDING -> "pending";
            case FAILED -> "failed";
            case GONE -> "gone";
            default -> ticket.getStatusName() == null ? "open" : ticket.getStatusName();
        };
        return new TicketRef(ticket.getIssueKey(), status, url, state == TicketState.RESOLVED);
    }

    public static void deleteRealm(KeycloakSession session, String realmId) {
        SinkStore.em(session).createNamedQuery("Ticket.deleteRealm").setParameter("realmId", realmId).executeUpdate();
    }

    private List<TicketEntity> bySource(String kind, Collection<String> sourceIds) {
        return em().createNamedQuery("Ticket.bySource", TicketEntity.class).setParameter("realmId", realm.getId())
                .setParameter("kind", kind).setParameter("ids", sourceIds).getResultList();
    }

    private EntityManager em() {
        return SinkStore.em(session);
    }
}
