package io.runtimeaccess.anomaly;

import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.observation.Observation;
import io.runtimeaccess.anomaly.observation.UtcClock;
import io.runtimeaccess.anomaly.score.ScoreCard;
import io.runtimeaccess.anomaly.spray.CredentialCampaign;
import io.runtimeaccess.anomaly.spray.FailureWindow;
import io.runtimeaccess.anomaly.state.Hashing;
import io.runtimeaccess.anomaly.state.Level;
import io.runtimeaccess.anomaly.state.UserProfile;

/**
 * A wrong username or password: counted in the failure windows of its sources, its username and its realm,
 * and judged as part of a spray, a brute force, a realm-wide spike or a credential campaign. Works on the
 * {@link AnomalyScorer}'s observation and score card; the state is passed per call because a restore
 * replaces it.
 */
final class FailedSignInJudge {

    private final ScorerSettings settings;
    private final Observation observation;
    private final ScoreCard card;
    private final SprayDetectors sprays;
    private final CredentialCampaign credentialCampaign = new CredentialCampaign();

    FailedSignInJudge(ScorerSettings settings, Observation observation, ScoreCard card, SprayDetectors sprays) {
        this.settings = settings;
        this.observation = observation;
        this.card = card;
        this.sprays = sprays;
    }

    /** Judges the failure; {@code true} when it raised the realm's finding (a campaign), which names no user. */
    boolean judge(UserEvent event, Realm realm, ScorerState state) {
        Observation o = observation;
        int second = UtcClock.seconds(o.millis);
        String username = ScorerState.username(event);
        boolean unknownUser = event.userId() == null;
        int who = Hashing.nonZero32(Hashing.hash64(username));
        FailureWindow[] sources = state.failures.sources(realm.key, o, true);
        for (FailureWindow source : sources) {
            if (source != null) {
                source.addFailure(who, second, unknownUser, event.id());
            }
        }
        sprays.passwordSpray().judgeFailure(sources, o, second, card);
        FailureWindow own = state.failures.username(ScorerState.usernameKey(realm, username), second, true);
        // Counted once per username and hour: a campaign is many accounts tried, not one hammered.
        boolean unfamiliar = !own.hasUnfamiliar(second, CredentialCampaign.USERNAME_WINDOW)
                && unfamiliar(event, realm, state);
        own.addFailure(Hashing.nonZero32(o.addressKey), second, unknownUser, event.id(), unfamiliar);
        sprays.bruteForce().judgeFailure(own, o, username, second, card);
        realm.traffic.failure(second, unfamiliar, unknownUser);
        sprays.distributedSpray().count(realm.failures, second);
        sprays.distributedSpray().judgeFailure(realm.failures, realm.traffic, second, card);
        Reason campaign = credentialCampaign.judge(realm.traffic, realm.campaign, second);
        if (campaign == null) {
            return false;
        }
        // The realm's finding, not the tried account's: the per-source reasons raise their own findings.
        card.clear();
        card.add(campaign);
        return true;
    }

    /**
     * A guess the account's owner would hardly make: an unknown username, an account that never signed in
     * (while the profile table never dropped anyone for room, so absence means that: under a budget shared with
     * other realms the table drops profiles long before it reaches its own cap), or a network whose /24 and
     * operator the account never signed in from.
     */
    private boolean unfamiliar(UserEvent event, Realm realm, ScorerState state) {
        if (event.userId() == null) {
            return true;
        }
        UserProfile profile = state.users.peek(ScorerState.userKey(realm, event.userId()));
        if (profile == null) {
            return state.users.size() < settings.maxUsers() && !state.users.hasEvicted();
        }
        return !profile.knows(Level.NETWORK, observation.network) && !profile.knows(Level.ASN, observation.asn);
    }
}
