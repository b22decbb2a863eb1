package io.runtimeaccess.requests.notice;

import io.runtimeaccess.events.log.LogText;
import io.runtimeaccess.notifications.mail.Mailer;
import io.runtimeaccess.notifications.webhook.WorkflowWebhook;
import io.runtimeaccess.requests.item.ItemPolicies;
import io.runtimeaccess.requests.policy.AccessPolicy;
import io.runtimeaccess.requests.store.RequestStore;
import io.runtimeaccess.sharing.store.EndUserGroupEntity;
import io.runtimeaccess.sharing.store.SolutionEntity;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Tells about a request's state change, in the change's transaction and only once it committed: a CloudEvent on the
 * realm's webhook for every change, and the mails {@link RequestMails} decides on, sent by the notifications
 * module's outbox. Working out whom to tell never fails the change: a problem is logged and the change goes on.
 */
public final class RequestNotices {

    private static final Logger LOG = Logger.getLogger(RequestNotices.class);
    /** The changes whose mails go to the requester only: no need to look the approvers up. */
    private static final Set<String> REQUESTER_ONLY = Set.of("approved", "auto-approved", "expired");

    private RequestNotices() {
    }

    /**
     * @param event   the audit event's name ({@code requested}, {@code activated}, …)
     * @param request the request's view, as recorded in the admin event
     * @param actorId the user who made the change, or {@code null}
     */
    public static void told(KeycloakSession session, RealmModel realm, String event, Map<String, Object> request,
            String actorId) {
        WorkflowWebhook.publishAfterCommit(session, realm, RequestCloudEvents.of(realm.getName(), event, request));
        try {
            AccessPolicy policy = policy(session, realm, request);
            boolean autoApproves = policy.autoApproval() != null;
            boolean approversTold = !REQUESTER_ONLY.contains(event) && !(event.equals("requested") && autoApproves);
            RequestChange change = change(session, realm, event, request, actorId, policy, approversTold);
            send(session, realm, RequestMails.of(change, autoApproves));
        } catch (RuntimeException e) {
            LOG.warnf("Realm '%s': the mails about request %s (%s) were not queued: %s",
                    LogText.oneLine(realm.getName()), request.get("id"), event, LogText.cause(e));
        }
    }

    /** Auto-approval left a new request pending: now its approvers are told, as for any request. */
    public static void awaitingApproval(KeycloakSession session, RealmModel realm, Map<String, Object> request) {
        AccessPolicy policy = policy(session, realm, request);
        send(session, realm, RequestMails.awaitingApproval(change(session, realm, "requested", request, null, policy,
                true)));
    }

    private static AccessPolicy policy(KeycloakSession session, RealmModel realm, Map<String, Object> request) {
        String itemId = (String) request.get("itemId");
        return ItemPolicies.policy(new RequestStore(session, realm.getId()).item("itemId", itemId));
    }

    private static RequestChange change(KeycloakSession session, RealmModel realm, String event,
            Map<String, Object> request, String actorId, AccessPolicy policy, boolean withApprovers) {
        String requesterId = (String) request.get("requesterId");
        Set<String> approvers = withApprovers
                ? ApproverDirectory.approverIds(session, realm, policy.approvers(), requesterId) : Set.of();
        return new RequestChange(event, request, displayName(session, realm, requesterId),
                item(session, request), approvers, policy.approvalsNeeded(), actorId);
    }

    private static void send(KeycloakSession session, RealmModel realm, List<RequestMails.Mail> mails) {
        Mailer mailer = session.getProvider(Mailer.class);
        if (mailer != null) {
            mails.forEach(mail -> mailer.sendAfterCommit(realm, mail.userIds(), mail.message()));
        }
    }

    /** "First Last (username)", or the username; the id of a user that is gone. */
    private static String displayName(KeycloakSession session, RealmModel realm, String userId) {
        UserModel user = session.users().getUserById(realm, userId);
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getUsername() : name + " (" + user.getUsername() + ")";
    }

    /** The target's and scope's names as people know them; the ids when they are gone. */
    private static RequestChange.Item item(KeycloakSession session, Map<String, Object> request) {
        String kind = (String) request.get("kind");
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        return switch (kind) {
            case "runtime-role" -> {
                String solutionId = (String) request.get("solutionId");
                SolutionEntity solution = em.find(SolutionEntity.class, solutionId);
                yield new RequestChange.Item(kind, (String) request.get("role"),
                        solution == null ? solutionId : solution.getName());
            }
            case "end-user-group" -> {
                String groupId = (String) request.get("groupId");
                EndUserGroupEntity group = em.find(EndUserGroupEntity.class, groupId);
                yield new RequestChange.Item(kind, group == null ? groupId : group.getName(), null);
            }
            case "client-role" -> new RequestChange.Item(kind, (String) request.get("role"),
                    (String) request.get("clientId"));
            default -> new RequestChange.Item(kind, (String) request.get("role"), null);
        };
    }
}
