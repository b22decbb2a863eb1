package io.runtimeaccess.governance.queue;

import io.runtimeaccess.governance.proposal.Proposal;
import java.util.List;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** The realm's proposal queue. */
public final class ProposalQueue {

    /** What a submission did. */
    public record SubmitResult(int created, int duplicates, int suppressed, int autoApplied) {
    }

    private final KeycloakSession session;
    private final RealmModel realm;

    public ProposalQueue(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** Stores new proposals (deduplicated, suppressed ones left out), applying eligible ones in auto-low-risk mode. */
    public SubmitResult submit(List<Proposal> proposals, String source) {
        throw new UnsupportedOperationException("SCAFFOLD: replaced by the proposal-queue work");
    }
}
