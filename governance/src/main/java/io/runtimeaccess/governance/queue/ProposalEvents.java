package io.runtimeaccess.governance.queue;

import io.runtimeaccess.sharing.audit.ServerAdminEvents;
import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The admin events of the queue, all of resource type CUSTOM under {@code runtime-access/governance/proposals}:
 * one per submission (naming the recommender and its model versions), one per decision and one per application
 * (naming the deciding admin, or auto-low-risk). Written through {@link ServerAdminEvents} so a nightly run,
 * which has no admin request, lands in the same trail as an admin's decision.
 */
final class ProposalEvents {

    static final String PATH = "governance/proposals";

    private ProposalEvents() {
    }

    static void submitted(KeycloakSession session, RealmModel realm, Map<String, Object> summary) {
        ServerAdminEvents.record(session, realm, OperationType.CREATE, PATH, summary, null);
    }

    /** A decision (approved, rejected) or an application (applied, failed) of one proposal. */
    static void decided(KeycloakSession session, RealmModel realm, OperationType operation, ProposalEntity proposal,
            Actor actor) {
        Map<String, Object> rep = new LinkedHashMap<>(ProposalView.representation(proposal));
        rep.put("source", actor.source());
        rep.put("proposalSource", proposal.getSource());
        ServerAdminEvents.record(session, realm, operation, PATH + "/" + proposal.getId(), rep, actor.auth());
    }
}
