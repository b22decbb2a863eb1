package io.runtimeaccess.governance.queue;

import io.runtimeaccess.governance.proposal.Proposal;
import java.util.Set;

/**
 * Decides what a submission does with each proposal: below the realm's minimum confidence it is dropped; the
 * same change rejected within the suppression time is suppressed; the same change already waiting (or earlier
 * in this submission) is a duplicate; anything else is stored.
 */
final class Triage {

    enum Outcome { STORE, DUPLICATE, SUPPRESSED, BELOW_CONFIDENCE }

    private final double minConfidence;
    private final Set<String> waiting;
    private final Set<String> suppressed;

    /** {@code waiting} is updated as proposals are stored; both sets hold {@link ProposalStore#hash hashed} fingerprints. */
    Triage(double minConfidence, Set<String> waiting, Set<String> suppressed) {
        this.minConfidence = minConfidence;
        this.waiting = waiting;
        this.suppressed = suppressed;
    }

    Outcome of(Proposal proposal) {
        if (proposal.confidence() < minConfidence) {
            return Outcome.BELOW_CONFIDENCE;
        }
        String fingerprint = ProposalStore.hash(proposal.fingerprint());
        if (suppressed.contains(fingerprint)) {
            return Outcome.SUPPRESSED;
        }
        return waiting.add(fingerprint) ? Outcome.STORE : Outcome.DUPLICATE;
    }
}
