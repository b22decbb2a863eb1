package io.runtimeaccess.requests.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.notifications.mail.MailMessage;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestMailsTest {

    private static final RequestChange.Item ROLE = new RequestChange.Item("runtime-role", "payments-reader",
            "Payments");
    private static final Set<String> APPROVERS = Set.of("anna", "bert", "carl", "req");

    private static Map<String, Object> request(String status, List<Map<String, Object>> decisions) {
        Map<String, Object> rep = new LinkedHashMap<>();
        rep.put("id", "r-1");
        rep.put("requesterId", "req");
        rep.put("status", status);
        rep.put("duration", "PT8H");
        rep.put("justification", "month-end close");
        rep.put("ticket", "OPS-7");
        rep.put("expiresAt", "2026-12-04T20:15:30Z");
        rep.put("endedAt", "2026-12-05T04:15:00Z");
        rep.put("decisions", decisions);
        return rep;
    }

    private static Map<String, Object> decision(String approverId, String outcome, String comment) {
        Map<String, Object> d = new HashMap<>();
        d.put("approverId", approverId);
        d.put("approver", approverId + "-name");
        d.put("outcome", outcome);
        d.put("comment", comment);
        return d;
    }

    private static RequestChange change(String event, String actor, List<Map<String, Object>> decisions) {
        return new RequestChange(event, request("pending", decisions), "Rita Quest (req)", ROLE, APPROVERS, 1, actor);
    }

    @Test
    void aNewRequestGoesToTheApproversButNeverTheRequester() {
        List<RequestMails.Mail> mails = RequestMails.of(change("requested", "req", List.of()), false);
        assertEquals(1, mails.size());
        assertEquals(List.of("anna", "bert", "carl"), mails.get(0).userIds());
        MailMessage message = mails.get(0).message();
        assertEquals(RequestMails.CREATED, message.template());
        assertEquals("runtimeAccessRequestCreatedSubject", message.subjectKey());
        assertEquals(List.of("Rita Quest (req)", "payments-reader"), message.subjectParameters());
        assertEquals("8h", message.attributes().get("duration"));
        assertEquals("month-end close", message.attributes().get("justification"));
        assertEquals("OPS-7", message.attributes().get("ticket"));
        assertEquals("Payments", message.attributes().get("itemScope"));
        assertEquals(1, message.attributes().get("approvalsNeeded"));
    }

    @Test
    void anAutoApprovingItemTellsNoApproverAtCreation() {
        assertEquals(List.of(), RequestMails.of(change("requested", "req", List.of()), true));
        assertEquals(3, RequestMails.awaitingApproval(change("requested", null, List.of())).get(0).userIds().size());
    }

    @Test
    void approvalTellsTheRequesterAndTheApproversWhoDidNotDecide() {
        List<RequestMails.Mail> mails = RequestMails.of(change("activated", "bert",
                List.of(decision("anna", "approved", null), decision("bert", "approved", "ok for today"))), false);
        assertEquals(2, mails.size());
        assertEquals(List.of("req"), mails.get(0).userIds());
        MailMessage approved = mails.get(0).message();
        assertEquals(RequestMails.APPROVED, approved.template());
        assertEquals(false, approved.attributes().get("automatic"));
        assertEquals("bert-name", approved.attributes().get("decidedBy"));
        assertEquals("ok for today", approved.attributes().get("comment"));
        assertEquals("2026-12-04 20:15 UTC", approved.attributes().get("expiresAt"));
        assertEquals(List.of("carl"), mails.get(1).userIds(), "neither decider, nor the requester");
        assertEquals(RequestMails.DECIDED, mails.get(1).message().template());
        assertEquals(true, mails.get(1).message().attributes().get("approved"));
    }

    @Test
    void oneApprovalOfTwoTellsNobody() {
        assertEquals(List.of(), RequestMails.of(change("approved", "anna",
                List.of(decision("anna", "approved", null))), false));
    }

    @Test
    void autoApprovalTellsTheRequesterOnly() {
        List<RequestMails.Mail> mails = RequestMails.of(change("auto-approved", null,
                List.of(decision("auto-approval", "approved", "recommended"))), true);
        assertEquals(1, mails.size());
        assertEquals(List.of("req"), mails.get(0).userIds());
        assertEquals(true, mails.get(0).message().attributes().get("automatic"));
    }

    @Test
    void rejectionTellsTheRequesterWithTheCommentAndTheOtherApprovers() {
        List<RequestMails.Mail> mails = RequestMails.of(change("rejected", "anna",
                List.of(decision("anna", "rejected", "not during the freeze"))), false);
        assertEquals(RequestMails.REJECTED, mails.get(0).message().template());
        assertEquals("not during the freeze", mails.get(0).message().attributes().get("comment"));
        assertEquals(List.of("bert", "carl"), mails.get(1).userIds());
        assertEquals("runtimeAccessRequestDecidedRejectedSubject", mails.get(1).message().subjectKey());
    }

    @Test
    void cancellationIsAReceiptForTheRequesterAndNewsForTheApprovers() {
        List<RequestMails.Mail> mails = RequestMails.of(change("cancelled", "req", List.of()), false);
        assertEquals(List.of("req"), mails.get(0).userIds());
        assertEquals(true, mails.get(0).message().attributes().get("toRequester"));
        assertEquals(List.of("anna", "bert", "carl"), mails.get(1).userIds());
        assertEquals(false, mails.get(1).message().attributes().get("toRequester"));
    }

    @Test
    void anOffboardingsCancellationTellsTheApproversWhyAndNotTheDisabledRequester() {
        Map<String, Object> rep = request("cancelled", List.of());
        rep.put("reason", "offboarded");
        List<RequestMails.Mail> mails = RequestMails.of(new RequestChange("cancelled", rep, "Rita Quest (req)", ROLE,
                APPROVERS, 1, "admin"), false);
        assertEquals(1, mails.size());
        assertEquals(List.of("anna", "bert", "carl"), mails.get(0).userIds());
        assertEquals(true, mails.get(0).message().attributes().get("offboarded"));
        assertEquals(false, mails.get(0).message().attributes().get("toRequester"));
    }

    @Test
    void anAccessEndedByTheOffboardingSendsNoMail() {
        Map<String, Object> rep = request("expired", List.of());
        rep.put("reason", "offboarded");
        assertEquals(List.of(), RequestMails.of(new RequestChange("expired", rep, "Rita Quest (req)", ROLE, Set.of(), 1,
                "admin"), false));
    }

    @Test
    void expiryTellsTheRequesterWhen() {
        List<RequestMails.Mail> mails = RequestMails.of(change("expired", null, List.of()), false);
        assertEquals(1, mails.size());
        assertEquals(List.of("req"), mails.get(0).userIds());
        assertEquals("2026-12-05 04:15 UTC", mails.get(0).message().attributes().get("endedAt"));
        assertEquals(List.of("payments-reader"), mails.get(0).message().subjectParameters());
    }

    @Test
    void absentOptionalTextIsLeftOutForTheTemplate() {
        Map<String, Object> rep = request("pending", List.of());
        rep.put("justification", null);
        rep.put("ticket", null);
        MailMessage message = RequestMails.awaitingApproval(new RequestChange("requested", rep, "req", ROLE,
                Set.of("anna"), 2, "req")).get(0).message();
        assertFalse(message.attributes().containsKey("justification"));
        assertFalse(message.attributes().containsKey("ticket"));
        assertEquals(2, message.attributes().get("approvalsNeeded"));
    }

    @Test
    void durationsAsPeopleReadThem() {
        assertEquals("8h", RequestMails.duration("PT8H"));
        assertEquals("1d 4h", RequestMails.duration("P1DT4H"));
        assertEquals("30d", RequestMails.duration("P30D"));
        assertEquals("1h 30min", RequestMails.duration("PT1H30M"));
        assertEquals("4s", RequestMails.duration("PT4S"));
        assertTrue(RequestMails.time(null) == null);
    }
}
