package io.runtimeaccess.reviews.mail;

import io.runtimeaccess.notifications.mail.MailMessage;
import io.runtimeaccess.notifications.mail.Mailer;
import io.runtimeaccess.reviews.audit.ReviewEvents;
import io.runtimeaccess.reviews.campaign.CampaignState;
import io.runtimeaccess.reviews.store.CampaignEntity;
import io.runtimeaccess.reviews.store.ReviewStore;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Reminds each reviewer who still has undecided items, once per campaign, {@code reminderBefore} its deadline: one
 * email per reviewer naming the campaign, how many items wait and the deadline, through the suite's {@link Mailer}
 * (Keycloak's email theme, sent after the transaction commits, so a rolled-back step mails nobody). The campaign is
 * marked reminded in the same transaction, so a reminder is never sent twice, and an ACTION admin event records it.
 */
public final class ReviewReminders {

    static final String TEMPLATE = "runtime-access-review-reminder.ftl";
    static final String SUBJECT = "runtimeAccessReviewReminderSubject";
    static final int PER_JOB = 100;

    private ReviewReminders() {
    }

    public static void send(KeycloakSession session, String campaignId) {
        // locked as a decision or a close locks it: written back unlocked, this row could undo a close made meanwhile
        CampaignEntity campaign = session.getProvider(JpaConnectionProvider.class).getEntityManager()
                .find(CampaignEntity.class, campaignId, LockModeType.PESSIMISTIC_WRITE);
        RealmModel realm = campaign == null ? null : session.realms().getRealm(campaign.getRealmId());
        if (realm == null || !CampaignState.OPEN.name().equals(campaign.getState())
                || campaign.getRemindedAt() != null || campaign.getRemindAt() == null) {
            return;
        }
        session.getContext().setRealm(realm);
        Map<String, Integer> pending = pendingByReviewer(new ReviewStore(session, realm.getId())
                .pendingReviewers(campaignId));
        mail(session, realm, campaign, pending, TEMPLATE, SUBJECT);
        campaign.setRemindedAt(System.currentTimeMillis());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reviewers", pending.size());
        details.put("pendingItems", pending.values().stream().mapToInt(Integer::intValue).sum());
        ReviewEvents.campaign(session, realm, OperationType.ACTION, "reminded", campaignId, details,
                ReviewEvents.server(realm));
    }

    /**
     * Mails each reviewer of {@code pending} how many of the campaign's items wait for them and its deadline, after
     * the transaction commits (a disabled reviewer or one without an address gets none: the mailer's rule).
     */
    static void mail(KeycloakSession session, RealmModel realm, CampaignEntity campaign, Map<String, Integer> pending,
            String template, String subject) {
        Mailer mailer = session.getProvider(Mailer.class);
        String deadline = MailMessage.time(Instant.ofEpochMilli(campaign.getDeadline()));
        jobs(pending).forEach(job -> mailer.sendAfterCommit(realm, job.getValue(),
                message(campaign, job.getKey(), deadline, template, subject)));
    }

    /** Undecided items per reviewer id, from each item's reviewers (one id per line). */
    static Map<String, Integer> pendingByReviewer(List<String> reviewersOfItems) {
        Map<String, Integer> pending = new TreeMap<>();
        for (String reviewers : reviewersOfItems) {
            if (reviewers == null || reviewers.isEmpty()) {
                continue;
            }
            for (String id : reviewers.split("\n")) {
                pending.merge(id, 1, Integer::sum);
            }
        }
        return pending;
    }

    /**
     * Mail jobs: reviewers with the same number of waiting items share a job (each is still mailed alone), at most
     * {@value #PER_JOB} to a job. A job per reviewer would not fit the mail outbox (1,000 jobs by default) in a
     * campaign of thousands of managers, and what does not fit is dropped while the campaign is marked reminded; a
     * job of thousands would hold its sending transaction open for minutes.
     */
    static List<Map.Entry<Integer, List<String>>> jobs(Map<String, Integer> pending) {
        Map<Integer, List<String>> byCount = new TreeMap<>();
        pending.forEach((reviewerId, count) -> byCount.computeIfAbsent(count, any -> new ArrayList<>()).add(reviewerId));
        List<Map.Entry<Integer, List<String>>> jobs = new ArrayList<>();
        byCount.forEach((count, reviewers) -> {
            for (int from = 0; from < reviewers.size(); from += PER_JOB) {
                jobs.add(Map.entry(count, List.copyOf(reviewers.subList(from, Math.min(reviewers.size(),
                        from + PER_JOB)))));
            }
        });
        return jobs;
    }

    private static MailMessage message(CampaignEntity campaign, int count, String deadline, String template,
            String subject) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("campaignName", campaign.getName());
        attributes.put("campaignId", campaign.getId());
        attributes.put("pendingItems", count);
        attributes.put("deadline", deadline);
        return new MailMessage(template, subject, List.of(campaign.getName()), attributes);
    }
}
