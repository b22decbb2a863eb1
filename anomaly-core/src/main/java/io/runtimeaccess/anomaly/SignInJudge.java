package io.runtimeaccess.anomaly;

import io.runtimeaccess.anomaly.device.DeviceIds;
import io.runtimeaccess.anomaly.device.NewDevice;
import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.network.ImpossibleTravel;
import io.runtimeaccess.anomaly.network.NewNetwork;
import io.runtimeaccess.anomaly.observation.Observation;
import io.runtimeaccess.anomaly.observation.UtcClock;
import io.runtimeaccess.anomaly.score.Novelty;
import io.runtimeaccess.anomaly.score.PairedNovelty;
import io.runtimeaccess.anomaly.score.ScoreCard;
import io.runtimeaccess.anomaly.session.SessionOrigin;
import io.runtimeaccess.anomaly.spray.DistributedSpray;
import io.runtimeaccess.anomaly.spray.FailureWindow;
import io.runtimeaccess.anomaly.spray.SourceKind;
import io.runtimeaccess.anomaly.state.Hashing;
import io.runtimeaccess.anomaly.state.Level;
import io.runtimeaccess.anomaly.state.RealmStats;
import io.runtimeaccess.anomaly.state.UserProfile;
import io.runtimeaccess.anomaly.time.UnusualTime;
import java.util.function.Predicate;

/**
 * A successful sign-in: judged against the user's profile (detections 1–4) and the failures before it
 * (5–7), then — only when it scored below {@link ScorerSettings#learnBelowScore()} — learned, so an attack
 * never teaches the profile its own network. Works on the {@link AnomalyScorer}'s observation and score card;
 * the state is passed per call because a restore replaces it.
 */
final class SignInJudge {

    private final ScorerSettings settings;
    private final Observation observation;
    private final ScoreCard card;
    private final SprayDetectors sprays;
    private final NewNetwork newNetwork = new NewNetwork();
    private final NewDevice newDevice = new NewDevice();
    private final DeviceIds deviceIds = new DeviceIds();
    private final ImpossibleTravel travel;
    private final UnusualTime unusualTime;
    /** The sign-in presented a device id the user's browsers presented before. */
    private boolean knownDeviceId;
    /** Sessions that signed in before this second are expired (a field, so the predicate allocates nothing). */
    private int expiredBefore;
    private final Predicate<SessionOrigin> sessionExpired = origin -> origin.second() < expiredBefore;

    SignInJudge(ScorerSettings settings, Observation observation, ScoreCard card, SprayDetectors sprays) {
        this.settings = settings;
        this.observation = observation;
        this.card = card;
        this.sprays = sprays;
        this.travel = new ImpossibleTravel(settings.maxTravelSpeedKmh(), settings.minTravelDistanceKm());
        this.unusualTime = new UnusualTime(settings.minHistoryForTime());
    }

    void judge(UserEvent event, Realm realm, ScorerState state) {
        String user = event.userId() != null ? event.userId() : event.username();
        long userKey = ScorerState.userKey(realm, user);
        UserProfile profile = state.users.get(userKey);
        int second = UtcClock.seconds(observation.millis);
        String username = ScorerState.username(event);
        int who = Hashing.nonZero32(Hashing.hash64(username));
        FailureWindow[] sources = state.failures.sources(realm.key, observation, false);
        FailureWindow own = state.failures.username(ScorerState.usernameKey(realm, username), second, false);

        observation.mobile |= !observation.hosting && realm.mobility.isMobile(observation.asn);
        Novelty[] novelty = judgeAgainstProfile(profile, realm.stats);
        boolean familiar = DistributedSpray.familiar(profile != null, novelty[0], novelty[1], knownDeviceId);
        judgeAgainstFailures(realm, sources, own, username, who, second, familiar);

        if (card.score() < settings.learnBelowScore()) {
            realm.mobility.learn(profile, observation, userKey, settings.minTravelDistanceKm());
            learn(state, profile, userKey, realm.stats, novelty[0], novelty[1]);
        }
        rememberSession(state, realm, event.sessionId(), second);
        resolveFailures(sources, own, who, second, realm);
        realm.traffic.success(second);
    }

    /** Detections 1–4: how this sign-in differs from the user's normal. Returns the network and device novelty. */
    private Novelty[] judgeAgainstProfile(UserProfile profile, RealmStats stats) {
        Observation o = observation;
        Novelty network = newNetwork.assess(profile, stats, o);
        DeviceIds.Verdict verdict = deviceIds.judge(profile, o);
        knownDeviceId = verdict == DeviceIds.Verdict.KNOWN;
        Novelty device = deviceIds.device(verdict, profile, newDevice.assess(profile, stats, o), network);
        PairedNovelty.apply(stats, network, device);
        deviceIds.network(verdict, device, network);
        card.add(newNetwork.firstSignIn(profile, stats, o));
        card.add(newNetwork.reason(profile, o, network));
        card.add(newDevice.reason(profile, o, device));
        card.add(travel.judge(profile, stats, o));
        card.add(deviceIds.time(verdict, unusualTime.judge(profile, stats, o)));
        return new Novelty[] {network, device};
    }

    /**
     * Detections 5–7 for a success: does it follow a spray, brute force or realm-wide failure spike.
     * {@code familiar}: the user's usual network and device, which makes "the owner signing in" likelier.
     */
    private void judgeAgainstFailures(Realm realm, FailureWindow[] sources, FailureWindow own, String username, int who,
            int second, boolean familiar) {
        sprays.passwordSpray().judgeSuccess(sources, observation, second, who, card);
        sprays.bruteForce().judgeSuccess(own, observation, username, second, card);
        sprays.distributedSpray().judgeSuccess(realm.failures, own, sources[SourceKind.IP.ordinal()], who,
                observation, second, familiar, card);
    }

    /** Where the session signed in, for detection 8; sessions past their maximum age go first. */
    private void rememberSession(ScorerState state, Realm realm, String sessionId, int second) {
        if (sessionId == null) {
            return;
        }
        expiredBefore = second - settings.sessionMaxAgeSeconds();
        state.sessions.expireOldest(sessionExpired, 2);
        Observation o = observation;
        state.sessions.put(ScorerState.sessionKey(realm, sessionId),
                new SessionOrigin(second, o.country, o.asn, o.network, o.hosting).withAgent(o.agent));
    }

    /** The user's failures from here were typos: they stop counting toward a spray or brute force. */
    private void resolveFailures(FailureWindow[] sources, FailureWindow own, int who, int second, Realm realm) {
        for (FailureWindow source : sources) {
            if (source != null) {
                source.addSuccess(who, second, sprays.passwordSpray().windowSeconds());
            }
        }
        if (own != null) {
            own.addSuccess(Hashing.nonZero32(observation.addressKey), second, sprays.bruteForce().windowSeconds(),
                    realm.traffic);
        }
    }

    private void learn(ScorerState state, UserProfile existing, long userKey, RealmStats stats, Novelty network,
            Novelty device) {
        Observation o = observation;
        UserProfile profile = existing;
        if (profile == null) {
            profile = new UserProfile();
            state.users.put(userKey, profile);
        }
        boolean returningNetwork = profile.logins() > 0;
        boolean returningDevice = profile.total(Level.PLATFORM) > 0;
        if (returningNetwork && returningDevice && o.agent != null) {
            PairedNovelty.learn(stats, network == null ? 0 : network.depth(), device == null ? 0 : device.depth());
        }
        newNetwork.learn(profile, stats, o, returningNetwork);
        newDevice.learn(profile, stats, o, returningDevice);
        deviceIds.learn(profile, o, 1);
        unusualTime.learn(profile, o);
        stats.countLogin(o.hour, o.weekday);
        if (o.millis >= profile.lastLoginMillis()) {
            // the last sign-in stays the latest one, whatever order the events arrive in
            profile.setLast(o.millis, o.hasCoordinates() ? o.location.latitude() : Double.NaN,
                    o.hasCoordinates() ? o.location.longitude() : Double.NaN, o.country, o.asn, o.network, o.hosting,
                    o.mobile);
        }
        profile.countLogin();
    }
}
