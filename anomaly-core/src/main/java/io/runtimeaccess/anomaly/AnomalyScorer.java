package io.runtimeaccess.anomaly;

import io.runtimeaccess.anomaly.admin.AdminProfile;
import io.runtimeaccess.anomaly.admin.BulkAdminActivity;
import io.runtimeaccess.anomaly.admin.PrivilegeEscalation;
import io.runtimeaccess.anomaly.event.AdminAction;
import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.event.UserEventType;
import io.runtimeaccess.anomaly.finding.Activity;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.ModelVersion;
import io.runtimeaccess.anomaly.network.IpLocator;
import io.runtimeaccess.anomaly.observation.IpAddresses;
import io.runtimeaccess.anomaly.observation.NetworkLocation;
import io.runtimeaccess.anomaly.observation.Observation;
import io.runtimeaccess.anomaly.observation.UserAgentCache;
import io.runtimeaccess.anomaly.observation.UtcClock;
import io.runtimeaccess.anomaly.score.ScoreCard;
import io.runtimeaccess.anomaly.score.SeverityBands;
import io.runtimeaccess.anomaly.session.SessionOrigin;
import io.runtimeaccess.anomaly.session.TokenAnomaly;
import io.runtimeaccess.anomaly.state.RealmStats;
import io.runtimeaccess.anomaly.state.UserProfile;
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
    public static final String MODEL_VERSION = ModelVersion.CURRENT;

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

    private final SignInJudge signIns;
    private final FailedSignInJudge failures;
    /** The event raised a realm-level finding (a credential campaign): its assessment names no user. */
    private boolean realmLevel;
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
        this.bands = settings.severityBands();
        this.card = new ScoreCard(settings.lowFrom(), settings.mediumFrom() - 1);
        this.agents = budget == null ? new UserAgentCache(settings.userAgentCacheSize())
                : budget.agents(settings.userAgentCacheSize());
        this.state = new ScorerState(settings, budget);
        SprayDetectors sprays = SprayDetectors.of(settings);
        this.signIns = new SignInJudge(settings, observation, card, sprays);
        this.failures = new FailedSignInJudge(settings, observation, card, sprays);
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
            signIns.judge(event, realm, state);
        } else if (event.type() == UserEventType.LOGIN_ERROR) {
            activity = Activity.FAILED_SIGN_IN;
            if (!NOT_A_GUESS.contains(String.valueOf(event.error()))) {
                realmLevel = failures.judge(event, realm, state);
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
        tokenAnomaly.learn(origin, realm.stats, observation, !card.isEmpty(), event.type().name());
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
