package io.runtimeaccess.reviews.start;

import io.runtimeaccess.governance.settingsstore.SettingsStore;
import io.runtimeaccess.reviews.audit.ReviewEvents;
import io.runtimeaccess.reviews.campaign.CampaignPlan;
import io.runtimeaccess.reviews.campaign.CampaignState;
import io.runtimeaccess.reviews.item.ReviewedAccess;
import io.runtimeaccess.reviews.item.Suggestion;
import io.runtimeaccess.reviews.item.Suggestions;
import io.runtimeaccess.reviews.mail.ReviewStarted;
import io.runtimeaccess.reviews.reviewer.ReviewerLookup;
import io.runtimeaccess.reviews.scope.RealmUsers;
import io.runtimeaccess.reviews.scope.ScopeReader;
import io.runtimeaccess.reviews.scope.WaitingProposals;
import io.runtimeaccess.reviews.store.CampaignEntity;
import io.runtimeaccess.reviews.store.ReviewItemEntity;
import io.runtimeaccess.reviews.store.ReviewStore;
import io.runtimeaccess.sharing.usage.GrantUse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Starts a campaign: reads the scope, the last uses, the waiting proposals and the reviewers with a fixed number of
 * queries, builds every item's suggestion in memory, and writes the items in JDBC batches. Nothing here asks the
 * database once per item, so the cost grows with the rows written, not with round trips.
 */
public final class CampaignStart {

    private CampaignStart() {
    }

    /**
     * {@code revocable} sees each piece of access before anything is written and throws when the campaign may not
     * take it away in the starter's name (an admin's start); a recurrence passes one that accepts everything.
     */
    public static CampaignEntity start(KeycloakSession session, RealmModel realm, CampaignPlan plan, String createdBy,
            String previousId, AuthDetails actor, Consumer<ReviewedAccess> revocable) {
        long now = System.currentTimeMillis();
        RealmUsers users = RealmUsers.read(session, realm);
        ReviewerLookup reviewerLookup = new ReviewerLookup(session, realm, users);
        reviewerLookup.fallbackIds(plan.reviewers());
        Map<String, Instant> lastUsed = GrantUse.lastUsed(session, realm);
        List<ReviewedAccess> access = new ScopeReader(session, realm, users, lastUsed, now).read(plan.scope());
        access.forEach(revocable);
        List<Suggestion> suggestions = Suggestions.of(access, Instant.ofEpochMilli(now),
                SettingsStore.of(session, realm).unusedDays(), new WaitingProposals(session, realm).suggestions());
        List<List<String>> reviewers = reviewerLookup.reviewers(plan.reviewers(), access);

        CampaignEntity campaign = campaign(realm, plan, createdBy, previousId, now);
        campaign.setItemCount(access.size());
        ReviewStore store = new ReviewStore(session, realm.getId());
        store.persist(campaign);
        List<ReviewItemEntity> items = new ArrayList<>(access.size());
        for (int i = 0; i < access.size(); i++) {
            items.add(item(campaign, access.get(i), suggestions.get(i), reviewers.get(i)));
        }
        store.insertItems(items);
        ReviewStarted.send(session, realm, campaign, reviewers);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", campaign.getName());
        details.put("scope", campaign.getScopeType());
        details.put("items", campaign.getItemCount());
        details.put("deadline", Instant.ofEpochMilli(campaign.getDeadline()).toString());
        ReviewEvents.campaign(session, realm, OperationType.CREATE, previousId == null ? "started" : "recurred",
                campaign.getId(), details, actor);
        return campaign;
    }

    private static CampaignEntity campaign(RealmModel realm, CampaignPlan plan, String createdBy, String previousId,
            long now) {
        Instant start = Instant.ofEpochMilli(now);
        CampaignEntity campaign = new CampaignEntity();
        campaign.setId(KeycloakModelUtils.generateId());
        campaign.setRealmId(realm.getId());
        campaign.setName(plan.name());
        campaign.setScopeType(plan.scope().kind().name());
        campaign.setScopeId(plan.scope().target());
        campaign.setScopeDays(plan.scope().inactiveDays());
        campaign.setReviewerType(plan.reviewers().kind().name());
        campaign.setReviewerValue(plan.reviewers().value());
        campaign.setFallback(String.join("\n", plan.reviewers().fallback()));
        campaign.setDuration(plan.timing().duration().toString());
        campaign.setReminderBefore(plan.timing().reminderBefore() == null ? null
                : plan.timing().reminderBefore().toString());
        campaign.setDefaultDecision(plan.defaultDecision().name());
        campaign.setAutoApply(plan.autoApply());
        campaign.setRecurrence(plan.recurrence() == null ? null : plan.recurrence().text());
        campaign.setState(CampaignState.OPEN.name());
        campaign.setCreatedBy(createdBy);
        campaign.setStartedAt(now);
        campaign.setDeadline(plan.timing().deadline(start).toEpochMilli());
        Instant remindAt = plan.timing().reminderAt(start);
        campaign.setRemindAt(remindAt == null ? null : remindAt.toEpochMilli());
        campaign.setPreviousId(previousId);
        return campaign;
    }

    private static ReviewItemEntity item(CampaignEntity campaign, ReviewedAccess access, Suggestion suggestion,
            List<String> reviewers) {
        ReviewItemEntity item = new ReviewItemEntity();
        item.setId(KeycloakModelUtils.generateId());
        item.setRealmId(campaign.getRealmId());
        item.setCampaignId(campaign.getId());
        item.setUserId(access.userId());
        item.setUsername(access.username());
        item.setAccessType(access.type().name());
        item.setAccessKey(access.accessKey());
        item.setLabel(access.label());
        item.setRef(access.ref());
        item.setSource(access.source());
        item.setLastUsed(access.lastUsed() == null ? null : access.lastUsed().toEpochMilli());
        item.setSuggestion(suggestion == null ? null : suggestion.action().name());
        item.setSuggestionWhy(suggestion == null ? null : suggestion.justification());
        item.setReviewers(String.join("\n", reviewers));
        return item;
    }
}
