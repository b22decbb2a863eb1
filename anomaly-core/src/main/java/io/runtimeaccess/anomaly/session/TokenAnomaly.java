package io.runtimeaccess.anomaly.session;

import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.network.CountryCodes;
import io.runtimeaccess.anomaly.network.IpAddresses;
import io.runtimeaccess.anomaly.score.Evidence;
import io.runtimeaccess.anomaly.score.Observation;
import io.runtimeaccess.anomaly.state.Level;
import io.runtimeaccess.anomaly.state.RealmStats;
import io.runtimeaccess.anomaly.state.UserProfile;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Detection 8: a code exchange or token refresh from a different country or network operator than the
 * sign-in that created the session: a stolen code, cookie or refresh token used elsewhere.
 *
 * <p>Not an anomaly: a confidential client's backend exchanging codes for everybody. Its network shows
 * up on the token requests of many sessions, so a network seen on at least {@value #BACKEND_MIN_SESSIONS}
 * sessions' token requests (each counted once) is a backend and never flagged. Also milder: a country or
 * operator the user has signed in from before (a VPN switched on, a phone leaving Wi-Fi).
 */
public final class TokenAnomaly {

    /** Sessions whose token requests came from one network before it counts as a client backend. */
    static final int BACKEND_MIN_SESSIONS = 20;

    static final double OTHER_COUNTRY_WEIGHT = 60;
    static final double OTHER_ASN_WEIGHT = 25;
    /** Extra when the token request comes from a VPN or datacenter and the sign-in did not. */
    static final double HOSTING_BONUS = 15;
    /** Weight × this when the user has signed in from that country or operator before. */
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
        if (o.hosting && !origin.hosting) {
            weight += HOSTING_BONUS;
        }
        return new Reason(Detection.TOKEN_ANOMALY, weight, text(origin, o, eventType, otherCountry),
                evidence(origin, o, eventType));
    }

    /** Counts the token request's network once per session (after scoring), to learn client backends. */
    public void learn(SessionOrigin origin, RealmStats realm, Observation o) {
        if (origin != null && o.network != origin.network && !origin.tokenSourceCounted()) {
            realm.today(o.dayStamp());
            realm.countTokenSession(o.network);
            origin.markTokenSourceCounted();
        }
    }

    private static String text(SessionOrigin origin, Observation o, String eventType, boolean otherCountry) {
        String request = "CODE_TO_TOKEN".equals(eventType) ? "Code exchanged" : "Token refreshed";
        return otherCountry
                ? request + " from " + CountryCodes.unpack(o.country) + " (" + Evidence.asn(o.asn)
                        + ") but the session signed in from " + CountryCodes.unpack(origin.country)
                : request + " through " + Evidence.asn(o.asn) + " but the session signed in through "
                        + Evidence.asn(origin.asn) + " (both " + CountryCodes.unpack(o.country) + ")";
    }

    private static Map<String, String> evidence(SessionOrigin origin, Observation o, String eventType) {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put(Evidence.TOKEN_EVENT, eventType);
        evidence.put(Evidence.IP, String.valueOf(o.ip));
        evidence.put(Evidence.COUNTRY, CountryCodes.unpack(o.country));
        evidence.put(Evidence.ASN, Evidence.asn(o.asn));
        evidence.put(Evidence.NETWORK, IpAddresses.networkLabel(o.network));
        evidence.put(Evidence.VPN_OR_DATACENTER, Boolean.toString(o.hosting));
        evidence.put(Evidence.SESSION_COUNTRY, CountryCodes.unpack(origin.country));
        evidence.put(Evidence.SESSION_ASN, Evidence.asn(origin.asn));
        return evidence;
    }
}
