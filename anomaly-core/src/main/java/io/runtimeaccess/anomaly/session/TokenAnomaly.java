package io.runtimeaccess.anomaly.session;

import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.observation.CountryCodes;
import io.runtimeaccess.anomaly.observation.IpAddresses;
import io.runtimeaccess.anomaly.observation.Observation;
import io.runtimeaccess.anomaly.observation.UserAgent;
import io.runtimeaccess.anomaly.score.Evidence;
import io.runtimeaccess.anomaly.state.Level;
import io.runtimeaccess.anomaly.state.RealmStats;
import io.runtimeaccess.anomaly.state.UserProfile;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Detection 8: a code exchange or token refresh from a different country or network operator than the
 * sign-in that created the session: a stolen code, cookie or refresh token used elsewhere.
 *
 * <p>The network is one piece of evidence; two more weigh in, combined like independent evidence
 * (noisy-OR, as the score card does):
 * <ul>
 *   <li>another client: the request's User-Agent is neither the sign-in's browser (a newer version of
 *       it counts as the same) nor the session's token client (the User-Agent of its first token request
 *       that raised nothing: a mobile app's HTTP client redeeming the codes its system browser got). A
 *       session's tokens live in one client, so a thief's script or browser shows here even from the
 *       victim's own country;</li>
 *   <li>a VPN or datacenter the sign-in did not come from.</li>
 * </ul>
 * Another operator in the session's country alone (a phone leaving Wi-Fi) stays below MEDIUM; with
 * either of the two it alerts.
 *
 * <p>Not an anomaly: a confidential client's backend exchanging codes for everybody. Its network shows
 * up on the token requests of many sessions, so a network seen on at least {@value #BACKEND_MIN_SESSIONS}
 * sessions' token requests (each counted once) is a backend and never flagged. Also milder: a country or
 * operator the user has signed in from before (a VPN switched on, a phone leaving Wi-Fi).
 */
public final class TokenAnomaly {

    /** Sessions whose token requests came from one network before it counts as a client backend. */
    static final int BACKEND_MIN_SESSIONS = 20;
    private static final String CODE_TO_TOKEN = "CODE_TO_TOKEN";

    static final double OTHER_COUNTRY_WEIGHT = 60;
    static final double OTHER_ASN_WEIGHT = 25;
    /** The request comes from a VPN or datacenter and the sign-in did not. */
    static final double HOSTING_WEIGHT = 25;
    /** The request's User-Agent is another client than the session's. */
    static final double OTHER_CLIENT_WEIGHT = 35;
    /** Network weight × this when the user has signed in from that country or operator before. */
    static final double KNOWN_TO_USER_FACTOR = 0.5;

    public Reason judge(SessionOrigin origin, UserProfile profile, RealmStats realm, Observation o, String eventType) {
        if (origin == null || o.network == origin.network) {
            return null;
        }
        if (realm.tokenSessions(o.network) >= BACKEND_MIN_SESSIONS) {
            return null;
        }
        boolean otherCountry = o.country != 0 && origin.country != 0 && o.country != origin.country;
        boolean otherAsn = o.asn != 0 && origin.asn != 0 && o.asn != origin.asn;
        if (!otherCountry && !otherAsn) {
            return null;
        }
        double weight = otherCountry ? OTHER_COUNTRY_WEIGHT : OTHER_ASN_WEIGHT;
        boolean known = profile != null && (otherCountry
                ? profile.knows(Level.COUNTRY, o.country) : profile.knows(Level.ASN, o.asn));
        if (known) {
            weight *= KNOWN_TO_USER_FACTOR;
        }
        boolean hosting = o.hosting && !origin.hosting;
        boolean otherClient = origin.otherClient(o.agent);
        double clean = (1 - weight / 100) * (hosting ? 1 - HOSTING_WEIGHT / 100 : 1)
                * (otherClient ? 1 - OTHER_CLIENT_WEIGHT / 100 : 1);
        return new Reason(Detection.TOKEN_ANOMALY, 100 * (1 - clean),
                text(origin, o, eventType, otherCountry, hosting, otherClient), evidence(origin, o, eventType, otherClient));
    }

    /**
     * After scoring: counts a code exchange's network once per session, to learn client backends, and takes the
     * first request that raised nothing as the session's token client. Only code exchanges teach a backend: a
     * confidential client's backend redeems the codes of its sessions, while a thief replaying stolen refresh
     * tokens from one network for twenty sessions would otherwise teach the realm that network is a backend.
     */
    public void learn(SessionOrigin origin, RealmStats realm, Observation o, boolean raised, String eventType) {
        if (origin == null) {
            return;
        }
        if (o.network != origin.network && !origin.tokenSourceCounted() && CODE_TO_TOKEN.equals(eventType)) {
            realm.today(o.dayStamp());
            realm.countTokenSession(o.network);
            origin.markTokenSourceCounted();
        }
        if (!raised && origin.client == 0 && o.agent != null) {
            origin.client = o.agent.headerKey();
        }
    }

    private static String text(SessionOrigin origin, Observation o, String eventType, boolean otherCountry,
            boolean hosting, boolean otherClient) {
        String request = "CODE_TO_TOKEN".equals(eventType) ? "Code exchanged" : "Token refreshed";
        String where = otherCountry
                ? request + " from " + CountryCodes.unpack(o.country) + " (" + Evidence.asn(o.asn)
                        + ") but the session signed in from " + CountryCodes.unpack(origin.country)
                : request + " through " + Evidence.asn(o.asn) + " but the session signed in through "
                        + Evidence.asn(origin.asn) + " (both " + CountryCodes.unpack(o.country) + ")";
        if (hosting) {
            where += "; the request came from a VPN or datacenter";
        }
        if (otherClient) {
            where += "; by " + clientLabel(o.agent) + ", not the session's " + browserLabel(origin.agentBrowser);
        }
        return where;
    }

    private static Map<String, String> evidence(SessionOrigin origin, Observation o, String eventType,
            boolean otherClient) {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put(Evidence.TOKEN_EVENT, eventType);
        evidence.put(Evidence.IP, String.valueOf(o.ip));
        evidence.put(Evidence.COUNTRY, CountryCodes.unpack(o.country));
        evidence.put(Evidence.ASN, Evidence.asn(o.asn));
        evidence.put(Evidence.NETWORK, IpAddresses.networkLabel(o.network));
        evidence.put(Evidence.VPN_OR_DATACENTER, Boolean.toString(o.hosting));
        evidence.put(Evidence.SESSION_COUNTRY, CountryCodes.unpack(origin.country));
        evidence.put(Evidence.SESSION_ASN, Evidence.asn(origin.asn));
        if (otherClient) {
            evidence.put(Evidence.BROWSER, clientLabel(o.agent));
            evidence.put(Evidence.SESSION_BROWSER, browserLabel(origin.agentBrowser));
        }
        return evidence;
    }

    /** "Chrome 120 on Windows desktop". */
    private static String clientLabel(UserAgent agent) {
        return browserLabel(agent.browserKey());
    }

    private static String browserLabel(int browserKey) {
        return UserAgent.browserLabel(browserKey) + " on " + UserAgent.platformLabel(UserAgent.familyKeyOf(browserKey) >>> 4);
    }
}
