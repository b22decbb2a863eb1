package io.runtimeaccess.reviews.admin;

import io.runtimeaccess.reviews.campaign.DefaultDecision;
import io.runtimeaccess.reviews.campaign.ScopeKind;
import io.runtimeaccess.reviews.decide.CampaignDecisions;
import io.runtimeaccess.reviews.evidence.CampaignFacts;
import io.runtimeaccess.reviews.evidence.EvidenceRow;
import io.runtimeaccess.reviews.evidence.EvidenceWriter;
import io.runtimeaccess.reviews.scope.RealmUsers;
import io.runtimeaccess.reviews.store.CampaignEntity;
import io.runtimeaccess.reviews.store.ReviewItemEntity;
import io.runtimeaccess.reviews.store.ReviewStore;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.keycloak.models.RealmModel;

/**
 * A closed campaign's evidence. The items are read a page at a time inside the request (and let go of, so the
 * persistence context never holds them all), kept as compact rows, then streamed as CSV or JSON.
 */
final class EvidenceExport {

    static final int PAGE = 2_000;

    private EvidenceExport() {
    }

    static StreamingOutput csv(ReviewStore store, CampaignEntity campaign, RealmUsers users) {
        List<EvidenceRow> rows = rows(store, campaign, users);
        return out -> EvidenceWriter.csv(rows, out);
    }

    static StreamingOutput json(ReviewStore store, CampaignEntity campaign, RealmModel realm, RealmUsers users) {
        List<EvidenceRow> rows = rows(store, campaign, users);
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

    /** Rows are read inside the request (its transaction is open), then written to the response. */
    private static List<EvidenceRow> rows(ReviewStore store, CampaignEntity campaign, RealmUsers users) {
        List<EvidenceRow> rows = new ArrayList<>(campaign.getItemCount());
        for (int first = 0; ; first += PAGE) {
            List<ReviewItemEntity> page = store.items(campaign.getId(), first, PAGE);
            page.forEach(item -> rows.add(row(item, users)));
            store.detach(page);
            if (page.size() < PAGE) {
                return rows;
            }
        }
    }

    private static EvidenceRow row(ReviewItemEntity i, RealmUsers users) {
        return new EvidenceRow(i.getId(), i.getUsername(), i.getUserId(), i.getAccessKey(), i.getLabel(),
                i.getSource(), instant(i.getLastUsed()), lower(i.getSuggestion()), i.getSuggestionWhy(),
                CampaignDecisions.reviewerNames(i, users), lower(i.getDecision()), i.getDecidedBy(),
                instant(i.getDecidedAt()), i.getJustification(), i.getApplied(), instant(i.getAppliedAt()));
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
