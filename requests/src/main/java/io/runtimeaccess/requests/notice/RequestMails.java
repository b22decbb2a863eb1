package io.runtimeaccess.requests.notice;

import io.runtimeaccess.notifications.mail.MailMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is told what about a request's state change, as mails in Keycloak's email theme (the wording is in the
 * notifications module's templates and messages, in each recipient's locale):
 * <ul>
 * <li>requested: the approvers (never the requester), unless the item auto-approves: then they are told only when the
 * automatic attempt leaves the request pending ({@link #awaitingApproval});</li>
 * <li>one approval of two: nobody (the request still waits in the other approvers' list);</li>
 * <li>activated, rejected: the requester, and the approvers who did not decide, so that nobody acts on it again;</li>
 * <li>auto-approved, expired: the requester;</li>
 * <li>cancelled: the requester (a receipt) and the approvers.</li>
 * </ul>
 */
public final class RequestMails {

    static final String CREATED = "runtime-access-request-created.ftl";
    static final String APPROVED = "runtime-access-request-approved.ftl";
    static final String REJECTED = "runtime-access-request-rejected.ftl";
    static final String CANCELLED = "runtime-access-request-cancelled.ftl";
    static final String EXPIRED = "runtime-access-request-expired.ftl";
    static final String DECIDED = "runtime-access-request-decided.ftl";

    private RequestMails() {
    }

    /** One message and the users it goes to. */
    public record Mail(List<String> userIds, MailMessage message) {
    }

    public static List<Mail> of(RequestChange change, boolean itemAutoApproves) {
        List<Mail> mails = new ArrayList<>();
        String requester = change.requesterId();
        switch (change.event()) {
            case "requested" -> {
                if (!itemAutoApproves) {
                    mails.addAll(awaitingApproval(change));
                }
            }
            case "activated", "auto-approved" -> {
                boolean automatic = change.event().equals("auto-approved");
                Map<String, Object> attributes = common(change);
                attributes.put("automatic", automatic);
                attributes.put("expiresAt", time(change.request().get("expiresAt")));
                decision(change, attributes);
                add(mails, List.of(requester), APPROVED, "runtimeAccessRequestApprovedSubject", attributes,
                        change.item().name());
                if (!automatic) {
                    mails.addAll(decided(change, true));
                }
            }
            case "rejected" -> {
                Map<String, Object> attributes = common(change);
                decision(change, attributes);
                add(mails, List.of(requester), REJECTED, "runtimeAccessRequestRejectedSubject", attributes,
                        change.item().name());
                mails.addAll(decided(change, false));
            }
            case "cancelled" -> {
                // an offboarded requester's account is disabled: the approvers are told why, the requester is not
                boolean offboarded = change.offboarded();
                if (!offboarded) {
                    Map<String, Object> own = common(change);
                    own.put("toRequester", true);
                    add(mails, List.of(requester), CANCELLED, "runtimeAccessRequestCancelledSubject", own,
                            change.item().name());
                }
                Map<String, Object> others = common(change);
                others.put("toRequester", false);
                others.put("offboarded", offboarded);
                add(mails, others(change, Set.of()), CANCELLED, "runtimeAccessRequestCancelledSubject", others,
                        change.item().name());
            }
            case "expired" -> {
                if (!change.offboarded()) {
                    Map<String, Object> attributes = common(change);
                    attributes.put("endedAt", time(change.request().get("endedAt")));
                    add(mails, List.of(requester), EXPIRED, "runtimeAccessRequestExpiredSubject", attributes,
                            change.item().name());
                }
            }
            default -> {
                // "approved", one approval of two: still waiting, nobody needs a mail
            }
        }
        return mails;
    }

    /** The approvers' mail about a pending request: what is asked, why, and how many approvals it needs. */
    public static List<Mail> awaitingApproval(RequestChange change) {
        Map<String, Object> attributes = common(change);
        attributes.put("duration", duration(change.request().get("duration")));
        attributes.put("justification", change.request().get("justification"));
        attributes.put("ticket", change.request().get("ticket"));
        attributes.put("approvalsNeeded", change.approvalsNeeded());
        List<Mail> mails = new ArrayList<>();
        add(mails, others(change, Set.of()), CREATED, "runtimeAccessRequestCreatedSubject", attributes,
                change.requesterName(), change.item().name());
        return mails;
    }

    /** The approvers who did not decide are told who did, so that nobody looks at it again. */
    private static List<Mail> decided(RequestChange change, boolean approved) {
        Map<String, Object> attributes = common(change);
        attributes.put("approved", approved);
        decision(change, attributes);
        List<Mail> mails = new ArrayList<>();
        add(mails, others(change, deciders(change)), DECIDED, approved ? "runtimeAccessRequestDecidedApprovedSubject"
                : "runtimeAccessRequestDecidedRejectedSubject", attributes, change.requesterName(),
                change.item().name());
        return mails;
    }

    private static Map<String, Object> common(RequestChange change) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("requestId", change.requestId());
        attributes.put("requester", change.requesterName());
        attributes.put("itemKind", change.item().kind());
        attributes.put("itemName", change.item().name());
        attributes.put("itemScope", change.item().scope());
        return attributes;
    }

    private static void decision(RequestChange change, Map<String, Object> attributes) {
        Map<String, Object> last = change.lastDecision();
        if (last != null) {
            Object approver = last.get("approver");
            attributes.put("decidedBy", approver != null ? approver : last.get("approverId"));
            attributes.put("comment", last.get("comment"));
        }
    }

    /** The approvers, without the requester, the user who made the change and {@code except}. */
    private static List<String> others(RequestChange change, Set<String> except) {
        return change.approverIds().stream().filter(id -> !id.equals(change.requesterId()))
                .filter(id -> !id.equals(change.actorId())).filter(id -> !except.contains(id)).sorted().toList();
    }

    @SuppressWarnings("unchecked")
    private static Set<String> deciders(RequestChange change) {
        List<Map<String, Object>> decisions = (List<Map<String, Object>>) change.request().get("decisions");
        return decisions == null ? Set.of()
                : decisions.stream().map(d -> (String) d.get("approverId")).collect(Collectors.toSet());
    }

    private static void add(List<Mail> mails, List<String> userIds, String template, String subjectKey,
            Map<String, Object> attributes, Object... subjectParameters) {
        if (!userIds.isEmpty()) {
            mails.add(new Mail(userIds, new MailMessage(template, subjectKey, List.of(subjectParameters), attributes)));
        }
    }

    /** An ISO-8601 instant as a reader sees it, in UTC (the mail goes to people in any time zone). */
    static String time(Object isoInstant) {
        return isoInstant == null ? null : MailMessage.time(Instant.parse(isoInstant.toString()));
    }

    /** An ISO-8601 duration in days, hours and minutes ({@code P1DT4H} is "1d 4h"), or seconds when shorter. */
    static String duration(Object isoDuration) {
        if (isoDuration == null) {
            return null;
        }
        Duration duration = Duration.parse(isoDuration.toString());
        StringBuilder text = new StringBuilder();
        if (duration.toDays() > 0) {
            text.append(duration.toDays()).append("d ");
        }
        if (duration.toHoursPart() > 0) {
            text.append(duration.toHoursPart()).append("h ");
        }
        if (duration.toMinutesPart() > 0) {
            text.append(duration.toMinutesPart()).append("min ");
        }
        if (text.length() == 0) {
            text.append(duration.toSecondsPart()).append('s');
        }
        return text.toString().trim();
    }
}
