package io.runtimeaccess.governance.queue;

import io.runtimeaccess.governance.proposal.Proposal;
import io.runtimeaccess.governance.settings.GovernanceMode;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import io.runtimeaccess.governance.settingsstore.SettingsStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The realm's proposal queue. A submission (a run's proposals) first expires proposals left waiting for
 * {@link #EXPIRE_AFTER} (their evidence is stale; the run proposes again what still holds), then stores each new
 * proposal unless the same change is already waiting, was rejected within the suppression time, or is below the
 * realm's minimum confidence. In mode auto-low-risk it applies at once those the settings allow; in mode off
 * nothing is stored; in mode report proposals are stored read-only.
 */
public final class ProposalQueue {

    /** A waiting proposal expires after this long without a decision. */
    public static final Duration EXPIRE_AFTER = Duration.ofDays(30);
    /**
     * A decided proposal stays this long, then goes at the next submission (unless it still suppresses its change):
     * in report mode every proposal expires and is proposed again each month, so without this the table would only
     * grow. Who decided what stays in the admin events.
     */
    static final Duration KEEP_DECIDED = Duration.ofDays(365);

    /** What a submission did. */
    public record SubmitResult(int created, int duplicates, int suppressed, int autoApplied) {
    }

    private final KeycloakSession session;
    private final RealmModel realm;
    private boolean turn;
    /** The settings read with the turn, as committed then. */
    private GovernanceSettings lockedSettings;

    public ProposalQueue(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /**
     * Stores new proposals (deduplicated, suppressed ones left out), applying eligible ones in auto-low-risk mode.
     *
     * @param source what made them, e.g. {@code run:{id}} or {@code onboarding}; the model versions come with each
     */
    public SubmitResult submit(List<Proposal> proposals, String source) {
        GovernanceSettings settings = SettingsStore.of(session, realm);
        if (settings.mode() == GovernanceMode.OFF) {
            return new SubmitResult(0, 0, 0, 0);
        }
        long now = System.currentTimeMillis();
        ProposalStore store = new ProposalStore(session, realm);
        // only in the realm's turn (a run takes it first): an onboarding's clean-up would lock proposal rows while it
        // waited for the turn a run held, and the run's clean-up would wait for those rows
        int expired = turn ? store.expire(now - EXPIRE_AFTER.toMillis(), now) : 0;
        int purged = turn ? store.purgeDecided(now - KEEP_DECIDED.toMillis(), now) : 0;
        List<AutoApply.Created> created = new ArrayList<>();
        Set<String> models = new TreeSet<>();
        int duplicates = 0;
        int suppressedCount = 0;
        int belowConfidence = 0;
        Triage triage = new Triage(settings.minConfidence(), store.waitingFingerprints(),
                store.suppressedFingerprints(now));
        List<Proposal> toStore = new ArrayList<>();
        for (Proposal proposal : proposals) {
            switch (triage.of(proposal)) {
                case BELOW_CONFIDENCE -> belowConfidence++;
                case SUPPRESSED -> suppressedCount++;
                case DUPLICATE -> duplicates++;
                case STORE -> toStore.add(proposal);
            }
        }
        ProposalStore.Taken taken = toStore.isEmpty() ? ProposalStore.Taken.NONE
                : takenAfterOurTurn(store, toStore, now);
        if (turn) {
            // an onboarding may have waited for the turn while an admin changed the settings or rejected a proposal:
            // what is stored and applied follows the settings as they are once the turn is ours
            settings = lockedSettings;
            if (settings.mode() == GovernanceMode.OFF) {
                return new SubmitResult(0, 0, 0, 0);
            }
        }
        for (Proposal proposal : toStore) {
            String hash = ProposalStore.hash(proposal.fingerprint());
            if (proposal.confidence() < settings.minConfidence()) {
                belowConfidence++;
                continue;
            }
            if (taken.suppressed().contains(hash)) {
                suppressedCount++;
                continue;
            }
            if (taken.waiting().contains(hash)) {
                duplicates++;
                continue;
            }
            ProposalEntity entity = ProposalView.newEntity(realm.getId(), proposal, username(proposal), source, now);
            store.persist(entity);
            created.add(new AutoApply.Created(entity, proposal));
            models.add(proposal.modelVersion());
        }
        int autoApplied = settings.mode() == GovernanceMode.AUTO_LOW_RISK
                ? new AutoApply(session, realm, settings).apply(created) : 0;
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("source", source);
        summary.put("modelVersions", models);
        summary.put("mode", settings.mode().apiName());
        summary.put("created", created.size());
        summary.put("duplicates", duplicates);
        summary.put("suppressed", suppressedCount);
        summary.put("belowMinConfidence", belowConfidence);
        summary.put("autoApplied", autoApplied);
        summary.put("expired", expired);
        summary.put("purged", purged);
        ProposalEvents.submitted(session, realm, summary);
        return new SubmitResult(created.size(), duplicates, suppressedCount, autoApplied);
    }

    /**
     * Waits for the realm's turn to write what an analysis found, kept until the transaction ends (the realm's
     * settings row, locked). One writer per realm at a time (a run on any node, the onboarding drain, a CSV
     * onboarding): two submissions at once would each find the other's new proposals not yet waiting and store the
     * same change twice (rejecting one would leave its twin to approve), and two runs would both insert a new
     * user's risk row, failing the second. A run takes it before it stores risks; a submission takes it when it has
     * something to store. With the turn, a submission also expires and purges old proposals.
     */
    public ProposalQueue takeTurn() {
        if (!turn) {
            lockedSettings = SettingsStore.forUpdate(session, realm);
            turn = true;
        }
        return this;
    }

    /** After {@link #takeTurn the realm's turn}, which of {@code toStore} is waiting or suppressed now. */
    private ProposalStore.Taken takenAfterOurTurn(ProposalStore store, List<Proposal> toStore, long now) {
        takeTurn();
        return store.takenAmong(toStore.stream().map(p -> ProposalStore.hash(p.fingerprint())).toList(), now);
    }

    private String username(Proposal proposal) {
        UserModel user = session.users().getUserById(realm, proposal.userId());
        return user == null ? null : user.getUsername();
    }
}
