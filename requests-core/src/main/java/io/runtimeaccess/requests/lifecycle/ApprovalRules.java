package io.runtimeaccess.requests.lifecycle;

import java.util.Set;

/**
 * Whether an approver's approval counts and what it does: a requester never approves its own request, an approver
 * counts once, and a request becomes active when the policy's number of distinct approvers have approved.
 */
public final class ApprovalRules {

    /** What an approval attempt leads to. */
    public enum Outcome {
        /** The request is no longer pending. */
        NOT_PENDING,
        /** The approver is the requester. */
        SELF_APPROVAL,
        /** The approver has approved this request already. */
        ALREADY_APPROVED,
        /** Counted; another distinct approver must still approve. */
        NEEDS_MORE,
        /** Counted, and enough approvers have approved: the access is given. */
        APPROVED
    }

    private ApprovalRules() {
    }

    /**
     * @param priorApprovers the ids of the approvers who approved before this one
     * @param needed         the policy's approvals needed (1 or 2)
     */
    public static Outcome approve(RequestStatus status, String requesterId, String approverId,
            Set<String> priorApprovers, int needed) {
        if (status != RequestStatus.PENDING) {
            return Outcome.NOT_PENDING;
        }
        if (requesterId.equals(approverId)) {
            return Outcome.SELF_APPROVAL;
        }
        if (priorApprovers.contains(approverId)) {
            // fewer approvals are needed since (the item was changed): the policy is met, this approver completes it
            return priorApprovers.size() >= needed ? Outcome.APPROVED : Outcome.ALREADY_APPROVED;
        }
        return priorApprovers.size() + 1 >= needed ? Outcome.APPROVED : Outcome.NEEDS_MORE;
    }

    /** A rejection needs a pending request and an approver who is not the requester; one rejection ends it. */
    public static Outcome reject(RequestStatus status, String requesterId, String approverId) {
        if (status != RequestStatus.PENDING) {
            return Outcome.NOT_PENDING;
        }
        return requesterId.equals(approverId) ? Outcome.SELF_APPROVAL : Outcome.APPROVED;
    }
}
