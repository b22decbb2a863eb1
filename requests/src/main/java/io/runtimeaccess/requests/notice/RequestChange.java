package io.runtimeaccess.requests.notice;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A request's state change, with what the mails and the CloudEvent about it need besides the request's view.
 *
 * @param event           the audit event's name: {@code requested}, {@code approved} (one of two), {@code activated},
 *                        {@code auto-approved}, {@code rejected}, {@code cancelled} or {@code expired}
 * @param request         the request as the APIs show it ({@code RequestView})
 * @param requesterName   the requester as people know it: full name and username, or the username
 * @param item            what was requested, for the mails' wording
 * @param approverIds     the item's approvers as the policy names them now (empty when no mail needs them)
 * @param approvalsNeeded the policy's number of approvals
 * @param actorId         the user who made the change, or {@code null} for the expiry sweep and auto-approval
 */
public record RequestChange(String event, Map<String, Object> request, String requesterName, Item item,
        Set<String> approverIds, int approvalsNeeded, String actorId) {

    public RequestChange {
        approverIds = Set.copyOf(approverIds);
    }

    String requestId() {
        return (String) request.get("id");
    }

    /** The event's {@code reason} when the requester's offboarding ended the request. */
    public static final String OFFBOARDED = "offboarded";

    /** The event's {@code reason} when an active request ended because its access was taken away elsewhere. */
    public static final String ACCESS_REMOVED = "access-removed";

    /** The offboarding of the requester ended it, not a decision, the requester or the expiry. */
    boolean offboarded() {
        return OFFBOARDED.equals(request.get("reason"));
    }

    String requesterId() {
        return (String) request.get("requesterId");
    }

    /** The latest decision, the one that made this change (approval, rejection), or {@code null}. */
    @SuppressWarnings("unchecked")
    Map<String, Object> lastDecision() {
        List<Map<String, Object>> decisions = (List<Map<String, Object>>) request.get("decisions");
        return decisions == null || decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
    }

    /**
     * What was requested: the kind's API name ({@code runtime-role}, …), the target's name (role or group name) and
     * its scope (the solution's name or the client's clientId; {@code null} for the other kinds).
     */
    public record Item(String kind, String name, String scope) {
    }
}
