package io.runtimeaccess.requests.lifecycle;

import static io.runtimeaccess.requests.lifecycle.ApprovalRules.Outcome.ALREADY_APPROVED;
import static io.runtimeaccess.requests.lifecycle.ApprovalRules.Outcome.APPROVED;
import static io.runtimeaccess.requests.lifecycle.ApprovalRules.Outcome.NEEDS_MORE;
import static io.runtimeaccess.requests.lifecycle.ApprovalRules.Outcome.NOT_PENDING;
import static io.runtimeaccess.requests.lifecycle.ApprovalRules.Outcome.SELF_APPROVAL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ApprovalRulesTest {

    @Test
    void oneApprovalActivates() {
        assertEquals(APPROVED, ApprovalRules.approve(RequestStatus.PENDING, "req", "a1", Set.of(), 1));
    }

    @Test
    void twoApprovalsNeedTwoDistinctApprovers() {
        assertEquals(NEEDS_MORE, ApprovalRules.approve(RequestStatus.PENDING, "req", "a1", Set.of(), 2));
        assertEquals(ALREADY_APPROVED, ApprovalRules.approve(RequestStatus.PENDING, "req", "a1", Set.of("a1"), 2));
        assertEquals(APPROVED, ApprovalRules.approve(RequestStatus.PENDING, "req", "a2", Set.of("a1"), 2));
    }

    /** One approval of two, then the item asks for one: the approver who gave it completes the request. */
    @Test
    void anApprovalThatMeetsALoweredCountCompletesTheRequest() {
        assertEquals(APPROVED, ApprovalRules.approve(RequestStatus.PENDING, "req", "a1", Set.of("a1"), 1));
    }

    @Test
    void aRequesterNeverApprovesOrRejectsItsOwnRequest() {
        assertEquals(SELF_APPROVAL, ApprovalRules.approve(RequestStatus.PENDING, "req", "req", Set.of(), 1));
        assertEquals(SELF_APPROVAL, ApprovalRules.approve(RequestStatus.PENDING, "req", "req", Set.of("a1"), 2));
        assertEquals(SELF_APPROVAL, ApprovalRules.reject(RequestStatus.PENDING, "req", "req"));
    }

    @Test
    void onlyAPendingRequestIsDecided() {
        for (RequestStatus status : RequestStatus.values()) {
            if (status != RequestStatus.PENDING) {
                assertEquals(NOT_PENDING, ApprovalRules.approve(status, "req", "a1", Set.of(), 1));
                assertEquals(NOT_PENDING, ApprovalRules.reject(status, "req", "a1"));
            }
        }
        assertEquals(APPROVED, ApprovalRules.reject(RequestStatus.PENDING, "req", "a1"));
    }

    @Test
    void statusesReadTheirApiNames() {
        for (RequestStatus status : RequestStatus.values()) {
            assertEquals(status, RequestStatus.fromApi(status.apiName()));
        }
        assertEquals(null, RequestStatus.fromApi("PENDING"));
    }
}
