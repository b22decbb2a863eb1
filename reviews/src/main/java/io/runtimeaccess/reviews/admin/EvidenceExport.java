package io.runtimeaccess.reviews.admin;

import io.runtimeaccess.reviews.campaign.DefaultDecision;
import io.runtimeaccess.reviews.campaign.ScopeKind;
import io.runtimeaccess.reviews.decide.CampaignDecisions;
import io.runtimeaccess.reviews.evidence.CampaignFacts;
import io.runtimeaccess.reviews.evidence.EvidenceRow;
import io.runtimeaccess.reviews.evidence.EvidenceWriter;
import io.runtimeaccess.reviews.scope.RealmUsers;
import io.runtimeaccess.reviews.store.CampaignEntity;
import io.runtimeaccess.reviews.store.ReviewStore;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * A closed campaign's evidence. The items are read inside the request in one query of plain columns (no managed
 * entities; paging by offset sorted the whole campaign again for every page: 23 s for 100,000 items), kept as compact
 * rows, then streamed as CSV or JSON.
 */
final class EvidenceExport {

    private EvidenceExport() {
    }

    static StreamingOutput csv(KeycloakSession session, RealmModel realm, ReviewStore store, CampaignEntity campaign) {
        List<EvidenceRow> rows = rows(session, realm, store, campaign);
        return out -> EvidenceWriter.csv(rows, out);
    }

    static StreamingOutput json(KeycloakSession session, RealmModel realm, ReviewStore store,
            CampaignEntity campaign) {
        List<EvidenceRow> rows = rows(session, realm, store, campaign);
        CampaignFacts facts = new CampaignFacts(campaign.getId(), campaign.getName(), realm.getName(),
                ScopeKind.valueOf(campaign.getScopeType()).apiName()
                        + (campaign.getScopeId() == null ? "" : " " + campaign.getScopeId())
                        + (campaign.getScopeDays() == null ? "" : " " + campaign.getScopeDays() + " days"),
                campaign.getReviewerType().toLowerCase(Locale.ROOT)
                        + (campaign.getReviewerValue() == null ? "" : " " + campaign.getReviewerValue()),
                DefaultDecision.valueOf(campaign.getDefaultDecision()).apiName(), campaign.isAutoApply(),
                Instant.ofEpochMilli(campaign.getStartedAt()), Instant.ofEpochMilli(campaign.getDeadline()),
                campaign.getClosedAt() == null ? null : Instant.ofEpochMilli(campaign.getClosedAt()),
                campaign.getClosedBy());
        return out -> EvidenceWriter.json(facts, rows, out);
    }

    /**
     * Rows are read inside the request (its transaction is open), then written to the response. Only the reviewers
     * the rows name are looked up, not the realm's every user.
     */
    private static List<EvidenceRow> rows(KeycloakSession session, RealmModel realm, ReviewStore store,
            CampaignEntity campaign) {
        List<Object[]> read = new ArrayList<>(campaign.getItemCount());
        Set<String> reviewerIds = new HashSet<>();
        try (Stream<Object[]> columns = store.evidenceColumns(campaign.getId())) {
            columns.forEach(c -> {
                read.add(c);
                reviewerIds.addAll(CampaignDecisions.reviewerIds((String) c[9]));
            });
        }
        RealmUsers users = RealmUsers.read(session, realm, reviewerIds);
        List<EvidenceRow> rows = new ArrayList<>(read.size());
        for (int i = 0; i < read.size(); i++) {
            rows.add(row(read.get(i), users));
            read.set(i, null);
        }
        return rows;
    }

    /** {@code c}: the columns of {@link ReviewStore#evidenceColumns}, in that order. */
    private static EvidenceRow row(Object[] c, RealmUsers users) {
        return new EvidenceRow((String) c[0], (String) c[1], (String) c[2], (String) c[3], (String) c[4],
                (String) c[5], instant((Long) c[6]), lower((String) c[7]), (String) c[8],
                CampaignDecisions.reviewerNames((String) c[9], users), lower((String) c[10]), (String) c[11],
                instant((Long) c[12]), (String) c[13], (String) c[14], instant((Long) c[15]));
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
