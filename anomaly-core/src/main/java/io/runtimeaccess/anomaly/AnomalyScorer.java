package io.runtimeaccess.anomaly;

import io.runtimeaccess.anomaly.admin.AdminProfile;
import io.runtimeaccess.anomaly.admin.BulkAdminActivity;
import io.runtimeaccess.anomaly.admin.PrivilegeEscalation;
import io.runtimeaccess.anomaly.device.DeviceIds;
import io.runtimeaccess.anomaly.device.NewDevice;
import io.runtimeaccess.anomaly.event.AdminAction;
import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.event.UserEventType;
import io.runtimeaccess.anomaly.finding.Activity;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.network.ImpossibleTravel;
import io.runtimeaccess.anomaly.network.IpLocator;
import io.runtimeaccess.anomaly.network.NewNetwork;
import io.runtimeaccess.anomaly.observation.IpAddresses;
import io.runtimeaccess.anomaly.observation.NetworkLocation;
import io.runtimeaccess.anomaly.observation.Observation;
import io.runtimeaccess.anomaly.observation.UserAgentCache;
import io.runtimeaccess.anomaly.observation.UtcClock;
import io.runtimeaccess.anomaly.score.Novelty;
import io.runtimeaccess.anomaly.score.PairedNovelty;
import io.runtimeaccess.anomaly.score.ScoreCard;
import io.runtimeaccess.anomaly.score.SeverityBands;
import io.runtimeaccess.anomaly.session.SessionOrigin;
import io.runtimeaccess.anomaly.session.TokenAnomaly;
import io.runtimeaccess.anomaly.spray.BruteForce;
import io.runtimeaccess.anomaly.spray.CredentialCampaign;
import io.runtimeaccess.anomaly.spray.DistributedSpray;
import io.runtimeaccess.anomaly.spray.FailureWindow;
import io.runtimeaccess.anomaly.spray.PasswordSpray;
import io.runtimeaccess.anomaly.spray.SourceKind;
import io.runtimeaccess.anomaly.state.Hashing;
import io.runtimeaccess.anomaly.state.Level;
import io.runtimeaccess.anomaly.state.RealmStats;
import io.runtimeaccess.anomaly.state.UserProfile;
import io.runtimeaccess.anomaly.time.UnusualTime;
import java.util.Objects;
import java.util.Set;

/**
 * The explainable anomaly scorer. For each event it reads the event once ({@link Observation}), asks
 * each detection for a reason, combines the weights ({@link ScoreCard}) and only then learns from the
 * event, so an event never makes itself look normal. A sign-in scoring {@link
 * ScorerSettings#learnBelowScore()} or more is not learned at all until a person dismisses it.
 *
 * <p>State is bounded by {@link ScorerSettings} (LRU beyond every cap), under 1 KiB per active user, and
 * survives restarts through {@link #snapshot()} and {@link #restore(byte[])}; the short-lived failure
 * windows are not snapshotted. Not thread-safe (see {@link EventScorer}).
 */
public final class AnomalyScorer implements EventScorer {

    /** The version of the model, put into every assessment. */
    public static final String MODEL_VERSION = "1.2.0";

    /** Keycloak errors on LOGIN_ERROR that are not a wrong username or password and so are no guess. */
    private static final Set<String> NOT_A_GUESS = Set.of("cookie_not_found", "expired_code", "invalid_code",
            "invalid_redirect_uri", "invalid_request", "session_expired", "already_logged_in", "not_allowed",
            "client_not_found", "client_disabled", "invalid_client", "invalid_client_credentials",
            "rejected_by_user", "consent_denied", "identity_provider_error", "identity_provider_login_failure",
            "invalid_saml_response", "invalid_token", "generic_authentication_error");

    private final ScorerSettings settings;
    private final IpLocator locator;
    private final SeverityBands bands;
    private final ScoreCard card;
    private final Observation observation = new Observation();
    private final UserAgentCache agents;
    private final StateBudget budget;
    private ScorerState state;
    /** Sessions that signed in before this second are expired (a field, so the predicate allocates nothing). */
    private int expiredBefore;
    private final java.util.function.Predicate<SessionOrigin> sessionExpired = origin -> origin.second() < expiredBefore;

    private final NewNetwork newNetwork = new NewNetwork();
    private final NewDevice newDevice = new NewDevice();
    private final DeviceIds deviceIds = new DeviceIds();
    private final ImpossibleTravel travel;
    private final UnusualTime unusualTime;
    private final PasswordSpray passwordSpray;
    private final BruteForce bruteForce;
    private final DistributedSpray distributedSpray;
    private final CredentialCampaign credentialCampaign = new CredentialCampaign();
    /** The event raised a realm-level finding (a credential campaign): its assessment names no user. */
    private boolean realmLevel;
    /** The sign-in presented a device id the user's browsers presented before. */
    private boolean knownDeviceId;
    private final TokenAnomaly tokenAnomaly = new TokenAnomaly();
    private final PrivilegeEscalation privilegeEscalation = new PrivilegeEscalation();
    private final BulkAdminActivity bulkAdmin;
    private final Dismissals dismissals;

    /** A scorer bounded by its settings' caps alone: fine for one realm, or a known few. */
    public AnomalyScorer(ScorerSettings settings, IpLocator locator) {
        this(settings, locator, null);
    }

    /**
     * A scorer that also shares {@code budget} (may be {@code null}) with the other scorers of the
     * process, so their memory together stays bounded however many realms there are.
     */
    public AnomalyScorer(ScorerSettings settings, IpLocator locator, StateBudget budget) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.locator = Objects.requireNonNull(locator, "locator");
        this.budget = budget;
        this.bands = new SeverityBands(settings);
        this.card = new ScoreCard(settings.lowFrom(), settings.mediumFrom() - 1);
        this.agents = budget == null ? new UserAgentCache(settings.userAgentCacheSize())
                : budget.agents(settings.userAgentCacheSize());
        this.state = new ScorerState(settings, budget);
        this.travel = new ImpossibleTravel(settings.maxTravelSpeedKmh(), settings.minTravelDistanceKm());
        this.unusualTime = new UnusualTime(settings.minHistoryForTime());
        this.passwordSpray = new PasswordSpray(settings.sprayWindowSeconds(), settings.sprayMinDistinctUsers());
        this.bruteForce = new BruteForce(settings.bruteForceWindowSeconds(), settings.bruteForceMinDistinctIps());
        this.distributedSpray = new DistributedSpray(settings.realmSpikeWindowSeconds(),
                settings.realmSpikeMinFailures(), settings.realmSpikeFactor());
        this.bulkAdmin = new BulkAdminActivity(settings.bulkWindowSeconds(), settings.bulkMinActions(),
                settings.bulkMinDeletes(), settings.bulkFactor());
        this.dismissals = new Dismissals(agents);
    }

    @Override
    public Assessment assess(UserEvent event) {
        Objects.requireNonNull(event, "event");
        card.clear();
        realmLevel = false;
        Realm realm = state.realm(event.realmId());
        observe(event.timeMillis(), event.ip(), event.userAgent());
        observation.readDeviceId(event.deviceId());
        Activity activity = Activity.OTHER;
        if (event.successfulLogin()) {
            activity = Activity.SIGN_IN;
            signIn(event, realm);
        } else if (event.type() == UserEventType.LOGIN_ERROR) {
            activity = Activity.FAILED_SIGN_IN;
            if (!NOT_A_GUESS.contains(String.valueOf(event.error()))) {
                failure(event, realm);
            }
        } else if (!event.failed()
                && (event.type() == UserEventType.CODE_TO_TOKEN || event.type() == UserEventType.REFRESH_TOKEN)) {
            activity = Activity.TOKEN;
            token(event, realm);
        } else if (event.failed()) {
            activity = Activity.FAILED_SIGN_IN;
        }
        return assessment(event.id(), event.realmId(), realmLevel ? null : event.userId(), event.timeMillis(),
                activity);
    }

    /** Scores an admin change; the assessment's {@code userId} is the admin's. */
    @Override
    public Assessment assess(AdminAction action) {
        Objects.requireNonNull(action, "action");
        card.clear();
        Realm realm = state.realm(action.realmId());
        int network = IpAddresses.network(action.ip());
        int second = UtcClock.seconds(action.timeMillis());
        long key = ScorerState.adminKey(realm, action.adminUserId());
        AdminProfile admin = state.admins.get(key);
        card.add(privilegeEscalation.judge(admin, action, network));
        if (admin == null) {
            admin = new AdminProfile();
            state.admins.put(key, admin);
        }
        int category = BulkAdminActivity.category(action);
        if (category >= 0) {
            bulkAdmin.judge(admin, action, category, second, card);
        }
        if (card.score() < settings.learnBelowScore()) {
            admin.seeNetwork(network, second, (int) UtcClock.day(action.timeMillis()));
        }
        admin.countAction();
        return assessment(action.id(), action.realmId(), action.adminUserId(), action.timeMillis(),
                Activity.ADMIN_ACTION);
    }

    @Override
    public void dismissed(Assessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        dismissals.apply(assessment, state);
    }

    @Override
    public byte[] snapshot() {
        return Snapshots.write(state);
    }

    @Override
    public void restore(byte[] snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        state = Snapshots.read(snapshot, settings, budget);
    }

    /** A deleted user: what was learned about them, as a user and as an admin, goes with them. */
    public void forgetUser(String realmId, String userId) {
        Realm realm = state.realms.get(realmId == null ? "" : realmId); // never creates a realm
        if (realm == null || userId == null) {
            return;
        }
        state.users.remove(ScorerState.userKey(realm, userId));
        state.admins.remove(ScorerState.adminKey(realm, userId));
    }

    /** Users with a profile now (at most {@link ScorerSettings#maxUsers()}). */
    public int activeUsers() {
        return state.users.size();
    }

    /**
     * An estimate of the heap the learned state takes, in bytes: profiles, sessions, admins, failure
     * windows, realm statistics, the tables' own arrays and the user-agent cache.
     */
    public long approximateStateBytes() {
        return state.bytes() + 200L * agents.size();
    }

    /** {@link #approximateStateBytes()} by table, for diagnostics ("users 9923: 4366120, sessions ..."). */
    public String stateBytesByTable() {
        return state.bytesByTable() + ", user-agent cache: " + 200L * agents.size();
    }

    public ScorerSettings settings() {
        return settings;
    }

    private void observe(long millis, String ip, String userAgent) {
        NetworkLocation location = ip == null ? NetworkLocation.UNKNOWN : locator.locate(ip);
        observation.read(millis, ip, location == null ? NetworkLocation.UNKNOWN : location, agents.get(userAgent),
                userAgent);
    }

    private void signIn(UserEvent event, Realm realm) {
        String user = event.userId() != null ? event.userId() : event.username();
        long userKey = ScorerState.userKey(realm, user);
        UserProfile profile = state.users.get(userKey);
        int second = UtcClock.seconds(observation.millis);
        String username = username(event);
        int who = Hashing.nonZero32(Hashing.hash64(username));
        FailureWindow[] sources = state.failures.sources(realm.key, observation, false);
        FailureWindow own = state.failures.username(ScorerState.usernameKey(realm, username), second, false);

        observation.mobile |= !observation.hosting && realm.mobility.isMobile(observation.asn);
        Novelty[] novelty = judgeAgainstProfile(profile, realm.stats);
        boolean familiar = DistributedSpray.familiar(profile != null, novelty[0], novelty[1], knownDeviceId);
        judgeAgainstFailures(realm, sources, own, username, who, second, familiar);

        if (card.score() < settings.learnBelowScore()) {
            realm.mobility.learn(profile, observation, userKey, settings.minTravelDistanceKm());
            learnSignIn(profile, userKey, realm.stats, novelty[0], novelty[1]);
        }
        rememberSession(realm, event.sessionId(), second);
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
        passwordSpray.judgeSuccess(sources, observation, second, who, card);
        bruteForce.judgeSuccess(own, observation, username, second, card);
        distributedSpray.judgeSuccess(realm.failures, own, sources[SourceKind.IP.ordinal()], who, observation, second,
                familiar, card);
    }

    /** Where the session signed in, for detection 8; sessions past their maximum age go first. */
    private void rememberSession(Realm realm, String sessionId, int second) {
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
                source.addSuccess(who, second, passwordSpray.windowSeconds());
            }
        }
        if (own != null) {
            own.addSuccess(Hashing.nonZero32(observation.addressKey), second, bruteForce.windowSeconds(), realm.traffic);
        }
    }

    private void learnSignIn(UserProfile existing, long userKey, RealmStats stats, Novelty network, Novelty device) {
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
        profile.setLast(o.millis, o.hasCoordinates() ? o.location.latitude() : Double.NaN,
                o.hasCoordinates() ? o.location.longitude() : Double.NaN, o.country, o.asn, o.network, o.hosting,
                o.mobile);
        profile.countLogin();
    }

    private void failure(UserEvent event, Realm realm) {
        Observation o = observation;
        int second = UtcClock.seconds(o.millis);
        String username = username(event);
        boolean unknownUser = event.userId() == null;
        int who = Hashing.nonZero32(Hashing.hash64(username));
        FailureWindow[] sources = state.failures.sources(realm.key, o, true);
        for (FailureWindow source : sources) {
            if (source != null) {
                source.addFailure(who, second, unknownUser, event.id());
            }
        }
        passwordSpray.judgeFailure(sources, o, second, card);
        FailureWindow own = state.failures.username(ScorerState.usernameKey(realm, username), second, true);
        // Counted once per username and hour: a campaign is many accounts tried, not one hammered.
        boolean unfamiliar = !own.hasUnfamiliar(second, CredentialCampaign.USERNAME_WINDOW) && unfamiliar(event, realm);
        own.addFailure(Hashing.nonZero32(o.addressKey), second, unknownUser, event.id(), unfamiliar);
        bruteForce.judgeFailure(own, o, username, second, card);
        realm.traffic.failure(second, unfamiliar, unknownUser);
        distributedSpray.count(realm.failures, second);
        distributedSpray.judgeFailure(realm.failures, realm.traffic, second, card);
        Reason campaign = credentialCampaign.judge(realm.traffic, realm.campaign, second);
        if (campaign != null) {
            // The realm's finding, not the tried account's: the per-source reasons raise their own findings.
            card.clear();
            card.add(campaign);
            realmLevel = true;
        }
    }

    /**
     * A guess the account's owner would hardly make: an unknown username, an account that never signed in
     * (while the profile table has room, so absence means that), or a network whose /24 and operator the
     * account never signed in from.
     */
    private boolean unfamiliar(UserEvent event, Realm realm) {
        if (event.userId() == null) {
            return true;
        }
        UserProfile profile = state.users.peek(ScorerState.userKey(realm, event.userId()));
        if (profile == null) {
            return state.users.size() < settings.maxUsers();
        }
        return !profile.knows(Level.NETWORK, observation.network) && !profile.knows(Level.ASN, observation.asn);
    }

    private void token(UserEvent event, Realm realm) {
        if (event.sessionId() == null) {
            return;
        }
        SessionOrigin origin = state.sessions.get(ScorerState.sessionKey(realm, event.sessionId()));
        if (origin != null && UtcClock.seconds(observation.millis) - origin.second() > settings.sessionMaxAgeSeconds()) {
            origin = null; // the session cannot be alive any more; its id is being reused or replayed
        }
        String user = event.userId() != null ? event.userId() : event.username();
        UserProfile profile = user == null ? null : state.users.peek(ScorerState.userKey(realm, user));
        card.add(tokenAnomaly.judge(origin, profile, realm.stats, observation, event.type().name()));
        tokenAnomaly.learn(origin, realm.stats, observation, !card.isEmpty());
    }

    private static String username(UserEvent event) {
        if (event.username() != null) {
            return event.username();
        }
        return event.userId() != null ? event.userId() : "";
    }

    private Assessment assessment(String eventId, String realmId, String userId, long timeMillis, Activity activity) {
        int score = card.score();
        return new Assessment(eventId, realmId, userId, timeMillis, score, bands.of(score), card.sortedReasons(),
                card.coveredEventIds(eventId), MODEL_VERSION, activity);
    }

    /** For tests in this package: the realm's statistics. */
    RealmStats statsOf(String realmId) {
        return state.realm(realmId).stats;
    }

    /** For tests in this package: the profile of a user, or {@code null}. */
    UserProfile profileOf(String realmId, String userId) {
        return state.users.peek(ScorerState.userKey(state.realm(realmId), userId));
    }
}
