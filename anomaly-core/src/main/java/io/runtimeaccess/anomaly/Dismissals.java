package io.runtimeaccess.anomaly;

import io.runtimeaccess.anomaly.admin.AdminProfile;
import io.runtimeaccess.anomaly.admin.BulkAdminActivity;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.observation.CountryCodes;
import io.runtimeaccess.anomaly.observation.IpAddresses;
import io.runtimeaccess.anomaly.observation.UserAgent;
import io.runtimeaccess.anomaly.observation.UserAgentCache;
import io.runtimeaccess.anomaly.observation.UtcClock;
import io.runtimeaccess.anomaly.score.Evidence;
import io.runtimeaccess.anomaly.spray.FailureTables;
import io.runtimeaccess.anomaly.spray.FailureWindow;
import io.runtimeaccess.anomaly.spray.SourceKind;
import io.runtimeaccess.anomaly.state.Hashing;
import io.runtimeaccess.anomaly.state.Level;
import io.runtimeaccess.anomaly.state.UserProfile;
import java.util.Map;

/**
 * A person said an assessment was a false positive: what it flagged becomes normal. Everything is read
 * from the reasons' evidence (see {@link Evidence}), so an assessment stays dismissible after a restart.
 * <ul>
 *   <li>network, travel, token: the country, ASN and network join the user's usual values;</li>
 *   <li>device: the platform, browser, exact header and device id join the user's usual values;</li>
 *   <li>time: the hour (and, half as much, its neighbours) and the weekday join the user's habits;</li>
 *   <li>spray and brute force: the source's or username's current failures are forgotten; a realm spike is ended;
 *       a credential campaign is not updated again until it goes quiet;</li>
 *   <li>escalation: the admin's network joins their usual networks, confirmed at once; bulk: the burst's
 *       counts (all together and per category) become their usual peaks.</li>
 * </ul>
 */
final class Dismissals {

    /** A dismissed value counts like this many sign-ins, so one dismissal outweighs a one-off. */
    static final int DISMISS_WEIGHT = 8;

    private final UserAgentCache agents;

    Dismissals(UserAgentCache agents) {
        this.agents = agents;
    }

    void apply(Assessment assessment, ScorerState state) {
        Realm realm = state.realm(assessment.realmId());
        int day = (int) UtcClock.day(assessment.timeMillis());
        for (Reason reason : assessment.reasons()) {
            Map<String, String> evidence = reason.evidence();
            switch (reason.detection()) {
                case NEW_NETWORK:
                case IMPOSSIBLE_TRAVEL:
                case TOKEN_ANOMALY:
                    withProfile(state, realm, assessment.userId(), p -> normalNetwork(p, evidence, day));
                    break;
                case NEW_DEVICE:
                    withProfile(state, realm, assessment.userId(), p -> normalDevice(p, evidence, day));
                    break;
                case UNUSUAL_TIME:
                    withProfile(state, realm, assessment.userId(), p -> normalTime(p, evidence));
                    break;
                case PASSWORD_SPRAY:
                    forgetSourceFailures(state, realm, evidence);
                    break;
                case BRUTE_FORCE:
                    forget(state.failures.username(ScorerState.usernameKey(realm, evidence.get(Evidence.USERNAME)), 0, false));
                    break;
                case DISTRIBUTED_SPRAY:
                    realm.failures.clearSpike();
                    break;
                case CREDENTIAL_CAMPAIGN:
                    realm.campaign.dismiss();
                    break;
                case PRIVILEGE_ESCALATION:
                    withAdmin(state, realm, assessment.userId(), admin -> {
                        int network = IpAddresses.parseNetworkLabel(evidence.get(Evidence.ADMIN_NETWORK));
                        if (network != -1) {
                            admin.confirmNetwork(network, DISMISS_WEIGHT, day);
                        }
                    });
                    break;
                case BULK_ADMIN_ACTIVITY:
                    withAdmin(state, realm, assessment.userId(), admin -> BulkAdminActivity.dismissed(admin, evidence));
                    break;
                default:
                    break;
            }
        }
    }

    private static void normalNetwork(UserProfile profile, Map<String, String> evidence, int day) {
        int country = CountryCodes.pack(evidence.get(Evidence.COUNTRY));
        if (country != 0) {
            profile.add(Level.COUNTRY, country, DISMISS_WEIGHT, day);
        }
        long asn = Evidence.parseAsn(evidence.get(Evidence.ASN));
        if (asn > 0) {
            profile.add(Level.ASN, (int) asn, DISMISS_WEIGHT, day);
        }
        int network = IpAddresses.parseNetworkLabel(evidence.get(Evidence.NETWORK));
        if (network == -1 && evidence.get(Evidence.IP) != null) {
            network = IpAddresses.network(evidence.get(Evidence.IP));
        }
        if (network != -1) {
            profile.add(Level.NETWORK, network, DISMISS_WEIGHT, day);
        }
        if (Boolean.parseBoolean(evidence.get(Evidence.VPN_OR_DATACENTER))) {
            profile.markUsedHosting();
        }
    }

    private void normalDevice(UserProfile profile, Map<String, String> evidence, int day) {
        String deviceId = evidence.get(Evidence.DEVICE_ID);
        if (deviceId != null && !deviceId.isEmpty()) {
            profile.addDeviceId(Hashing.nonZero32(Hashing.hash64(deviceId)), DISMISS_WEIGHT, day);
        }
        UserAgent agent = agents.get(evidence.get(Evidence.USER_AGENT));
        if (agent == null) {
            return;
        }
        profile.add(Level.PLATFORM, agent.platformKey(), DISMISS_WEIGHT, day);
        profile.add(Level.FAMILY, agent.familyKey(), DISMISS_WEIGHT, day);
        profile.add(Level.BROWSER, agent.browserKey(), DISMISS_WEIGHT, day);
        profile.add(Level.AGENT, agent.headerKey(), DISMISS_WEIGHT, day);
    }

    private static void normalTime(UserProfile profile, Map<String, String> evidence) {
        int hour = parseInt(evidence.get(Evidence.HOUR));
        if (hour >= 0 && hour < UserProfile.HOURS) {
            profile.addHour(hour, DISMISS_WEIGHT);
            profile.addHour((hour + 1) % UserProfile.HOURS, DISMISS_WEIGHT / 2);
            profile.addHour((hour + UserProfile.HOURS - 1) % UserProfile.HOURS, DISMISS_WEIGHT / 2);
        }
        int weekday = UtcClock.parseWeekday(evidence.get(Evidence.WEEKDAY));
        if (weekday >= 0) {
            profile.addWeekday(weekday, DISMISS_WEIGHT);
        }
    }

    private void forgetSourceFailures(ScorerState state, Realm realm, Map<String, String> evidence) {
        String kindName = evidence.get(Evidence.SOURCE_KIND);
        String source = evidence.get(Evidence.SOURCE);
        if (kindName == null || source == null) {
            return;
        }
        SourceKind kind;
        try {
            kind = SourceKind.valueOf(kindName);
        } catch (IllegalArgumentException e) {
            return;
        }
        UserAgent agent = kind == SourceKind.AGENT ? agents.get(source) : null;
        long key = FailureTables.sourceKey(kind, realm.key, source, agent == null ? 0 : agent.agentKey());
        if (key != 0) {
            forget(state.failures.sourceWindow(kind, key));
        }
    }

    private static void forget(FailureWindow window) {
        if (window != null) {
            window.clearFailures();
        }
    }

    private static void withProfile(ScorerState state, Realm realm, String userId,
            java.util.function.Consumer<UserProfile> change) {
        if (userId == null) {
            return;
        }
        long key = ScorerState.userKey(realm, userId);
        UserProfile profile = state.users.get(key);
        if (profile == null) {
            profile = new UserProfile();
            state.users.put(key, profile);
        }
        change.accept(profile);
    }

    private static void withAdmin(ScorerState state, Realm realm, String adminUserId,
            java.util.function.Consumer<AdminProfile> change) {
        if (adminUserId == null) {
            return;
        }
        AdminProfile admin = state.admins.get(ScorerState.adminKey(realm, adminUserId));
        if (admin != null) {
            change.accept(admin);
        }
    }

    private static int parseInt(String text) {
        try {
            return text == null ? -1 : Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
