package io.runtimeaccess.governance.queue;

import io.runtimeaccess.governance.proposal.Proposal;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Mode auto-low-risk: applies the new proposals whose category the admin enabled, unless they touch a privileged
 * item or (disabling an account) a privileged user. Privilege is read from Keycloak now, not taken from the
 * proposal, so a recommender that failed to mark an admin role cannot get it changed without a human.
 */
final class AutoApply {

    private static final Logger LOG = Logger.getLogger(AutoApply.class);

    record Created(ProposalEntity entity, Proposal proposal) {
    }

    private final KeycloakSession session;
    private final RealmModel realm;
    private final GovernanceSettings settings;
    private final Privileges privileges;

    AutoApply(KeycloakSession session, RealmModel realm, GovernanceSettings settings) {
        this.session = session;
        this.realm = realm;
        this.settings = settings;
        this.privileges = new Privileges(session, realm, settings);
    }

    /** Returns how many were applied. */
    int apply(List<Created> created) {
        int applied = 0;
        ProposalDecisions decisions = new ProposalDecisions(session, realm);
        for (Created each : created) {
            if (!eligible(each.proposal())) {
                continue;
            }
            try {
                decisions.approveNew(each.entity(), Actor.server(realm));
            } catch (WebApplicationException refused) {
                // A preventive separation-of-duties rule refused it: it waits for a human, who may override.
                LOG.debugf("Realm '%s': proposal %s left for a human: %s", realm.getName(), each.entity().getId(),
                        refused.getMessage());
                continue;
            }
            if (ProposalStatus.APPLIED.name().equals(each.entity().getStatus())) {
                applied++;
            }
        }
        return applied;
    }

    boolean eligible(Proposal proposal) {
        Proposal checked = new Proposal(proposal.category(), proposal.change(), proposal.userId(),
                privileges.check(proposal.item()), proposal.confidence(), proposal.justification(),
                proposal.evidence(), proposal.modelVersion(), proposal.inputs());
        if (!settings.appliesAutomatically(checked, false)) {
            return false;
        }
        if (checked.item() != null) {
            return true;
        }
        UserModel user = session.users().getUserById(realm, proposal.userId());
        return user != null && settings.appliesAutomatically(checked, privileges.user(user));
    }
}
