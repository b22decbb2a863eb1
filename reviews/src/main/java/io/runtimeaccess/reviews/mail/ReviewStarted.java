package io.runtimeaccess.reviews.mail;

import io.runtimeaccess.reviews.store.CampaignEntity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Tells each reviewer that a campaign started (or recurred) with items for them: how many and by when, as the
 * reminder does. Without it a reviewer heard of a campaign only from its reminder, and a campaign without
 * {@code reminderBefore} could reach its deadline, and its default decision, with nobody told.
 */
public final class ReviewStarted {

    static final String TEMPLATE = "runtime-access-review-started.ftl";
    static final String SUBJECT = "runtimeAccessReviewStartedSubject";

    private ReviewStarted() {
    }

    /** {@code reviewersOfItems}: each item's reviewer ids, as the items were written. */
    public static void send(KeycloakSession session, RealmModel realm, CampaignEntity campaign,
            List<List<String>> reviewersOfItems) {
        // a recurrence starts on the sweep's thread, where no request chose the realm for the email theme
        session.getContext().setRealm(realm);
        Map<String, Integer> items = new TreeMap<>();
        reviewersOfItems.forEach(ids -> ids.forEach(id -> items.merge(id, 1, Integer::sum)));
        ReviewReminders.mail(session, realm, campaign, items, TEMPLATE, SUBJECT);
    }
}
