package io.runtimeaccess.reviews.close;

import io.runtimeaccess.reviews.store.CampaignEntity;
import io.runtimeaccess.sharing.tickets.TicketRequest;
import io.runtimeaccess.sharing.tickets.Tickets;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Asks the realm's ticket sink for one ticket per closed campaign that decided to revoke anything: what was revoked,
 * what could not be applied (auto-apply off, or a failure) and so needs a person, with the first
 * {@value #LISTED} revocations named. The evidence export has every item; the ticket points people at it.
 */
final class RevocationTicket {

    static final int LISTED = 50;

    private RevocationTicket() {
    }

    static void open(KeycloakSession session, RealmModel realm, CampaignEntity campaign) {
        EntityManager em = CampaignClosing.em(session);
        Map<String, Long> byOutcome = new LinkedHashMap<>();
        List<Object[]> rows = em.createQuery("select i.applied, count(i) from ReviewItemEntity i where"
                + " i.campaignId = :campaignId and i.decision = 'REVOKE' group by i.applied", Object[].class)
                .setParameter("campaignId", campaign.getId()).getResultList();
        long total = 0;
        for (Object[] row : rows) {
            String outcome = row[0] == null ? "not applied" : ((String) row[0]).startsWith("failed") ? "failed"
                    : (String) row[0];
            long count = ((Number) row[1]).longValue();
            byOutcome.merge(outcome, count, Long::sum);
            total += count;
        }
        if (total == 0) {
            return;
        }
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Campaign", campaign.getName());
        facts.put("Closed by", String.valueOf(campaign.getClosedBy()));
        facts.put("Closed at", Instant.ofEpochMilli(campaign.getClosedAt()).toString());
        facts.put("Revocations decided", Long.toString(total));
        byOutcome.forEach((outcome, count) -> facts.put("Revocations " + outcome, Long.toString(count)));
        Tickets.open(session, realm, new TicketRequest(TicketRequest.CAMPAIGN_REVOCATION, campaign.getId(),
                "Access review \"" + campaign.getName() + "\" closed: " + total + " revocation" + (total == 1 ? "" : "s"),
                text(em, campaign, total), facts, Map.of("severity", "MEDIUM")));
    }

    private static String text(EntityManager em, CampaignEntity campaign, long total) {
        List<Object[]> listed = em.createQuery("select i.username, i.label, i.applied from ReviewItemEntity i where"
                + " i.campaignId = :campaignId and i.decision = 'REVOKE' order by i.username, i.label", Object[].class)
                .setParameter("campaignId", campaign.getId()).setMaxResults(LISTED).getResultList();
        StringBuilder text = new StringBuilder("The access review \"").append(campaign.getName())
                .append("\" closed with ").append(total).append(" revocation(s). Revocations marked \"revoked\" or"
                        + " \"already-gone\" need nothing more; any other needs a person. The campaign's evidence"
                        + " export lists every item.");
        for (Object[] row : listed) {
            text.append("\n- ").append(row[0]).append(": ").append(row[1]).append(" (")
                    .append(row[2] == null ? "not applied" : row[2]).append(')');
        }
        if (total > listed.size()) {
            text.append("\n- and ").append(total - listed.size()).append(" more");
        }
        return text.toString();
    }
}
