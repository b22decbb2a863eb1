package io.runtimeaccess.anomaly.network;

import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.observation.CountryCodes;
import io.runtimeaccess.anomaly.observation.Observation;
import io.runtimeaccess.anomaly.score.Evidence;
import io.runtimeaccess.anomaly.state.Level;
import io.runtimeaccess.anomaly.state.RealmStats;
import io.runtimeaccess.anomaly.state.UserProfile;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Detection 3: two consecutive sign-ins of a user further apart than anyone can travel in the time
 * between them (great-circle distance over elapsed time).
 *
 * <p>Not travel: a VPN or datacenter address at either end (its location is the exit, not the person);
 * a /24 many of the realm's users sign in from, at either end (a corporate VPN or proxy egress: the
 * user may be anywhere behind it); the user's own mobile carrier at either end (see {@link #roaming});
 * a jump shorter than the minimum distance (city-level geolocation is often hundreds of kilometres off).
 */
public final class ImpossibleTravel {

    /** Weight at exactly the maximum speed; each doubling of the speed adds {@value #WEIGHT_PER_DOUBLING}. */
    static final double BASE_WEIGHT = 45;
    static final double WEIGHT_PER_DOUBLING = 10;
    static final double MAX_WEIGHT = 80;

    /** A /24 that at least this many of the realm's users sign in from is a shared egress: they are not travelling. */
    static final int SHARED_EGRESS_USERS = 10;

    /** A user going back to a country they used before is likelier a VPN toggle than a theft: weight × this. */
    static final double KNOWN_COUNTRY_FACTOR = 0.6;

    /** Elapsed time is at least a minute, so two events in the same second do not mean infinite speed. */
    private static final double MIN_HOURS = 1.0 / 60;

    private final double maxSpeedKmh;
    private final double minDistanceKm;

    public ImpossibleTravel(double maxSpeedKmh, double minDistanceKm) {
        this.maxSpeedKmh = maxSpeedKmh;
        this.minDistanceKm = minDistanceKm;
    }

    public Reason judge(UserProfile profile, RealmStats realm, Observation o) {
        if (profile == null || !profile.hasLastLocation() || !o.hasCoordinates()) {
            return null;
        }
        if (o.hosting || profile.lastHosting()) {
            return null;
        }
        double km = GreatCircle.km(profile.lastLatitude(), profile.lastLongitude(), o.location.latitude(),
                o.location.longitude());
        if (km < minDistanceKm) {
            return null;
        }
        // an event older than the last sign-in (it arrived late, or a node's clock is behind) is measured by the time
        // between the two, whichever came first: its negative gap used to count as one minute, the fastest there is
        double hours = Math.max(MIN_HOURS, Math.abs(o.millis - profile.lastLoginMillis()) / 3_600_000.0);
        double speed = km / hours;
        if (speed <= maxSpeedKmh || sharedEgress(realm, o.network) || sharedEgress(realm, profile.lastNetwork())
                || roaming(profile, o)) {
            return null;
        }
        double weight = Math.min(MAX_WEIGHT, BASE_WEIGHT + WEIGHT_PER_DOUBLING * Math.log(speed / maxSpeedKmh) / Math.log(2));
        boolean knownCountry = o.country != 0 && profile.knows(Level.COUNTRY, o.country);
        if (knownCountry) {
            weight *= KNOWN_COUNTRY_FACTOR;
        }
        return new Reason(Detection.IMPOSSIBLE_TRAVEL, weight, text(profile, o, km, hours, speed),
                evidence(profile, o, km, hours, speed));
    }

    /**
     * A mobile carrier the user already uses, at either end. A phone roaming abroad still leaves through
     * its home carrier's gateways at home, so the traveller's sign-ins alternate between the hotel abroad
     * and the carrier at home while the person stays put. The carrier's location says nothing about where
     * the phone is; as with a VPN, there is no distance to judge. An unfamiliar carrier is judged: only
     * the user's own carrier roams with them.
     */
    static boolean roaming(UserProfile profile, Observation o) {
        boolean here = o.mobile && o.asn != 0 && profile.knows(Level.ASN, o.asn);
        boolean before = profile.lastMobile() && profile.lastAsn() != 0 && profile.knows(Level.ASN, profile.lastAsn());
        return here || before;
    }

    private static boolean sharedEgress(RealmStats realm, int network) {
        return realm.networkUsers(network) >= SHARED_EGRESS_USERS;
    }

    private static String text(UserProfile profile, Observation o, double km, double hours, double speed) {
        return "Signed in from " + CountryCodes.unpack(o.country) + " " + Math.round(km)
                + " km from the previous sign-in in " + CountryCodes.unpack(profile.lastCountry()) + " "
                + Evidence.oneDecimal(hours) + (o.millis < profile.lastLoginMillis() ? " hours later" : " hours earlier")
                + " (" + Math.round(speed) + " km/h)";
    }

    private static Map<String, String> evidence(UserProfile profile, Observation o, double km, double hours, double speed) {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put(Evidence.IP, String.valueOf(o.ip));
        evidence.put(Evidence.COUNTRY, CountryCodes.unpack(o.country));
        evidence.put(Evidence.ASN, Evidence.asn(o.asn));
        evidence.put(Evidence.PREVIOUS_COUNTRY, CountryCodes.unpack(profile.lastCountry()));
        evidence.put(Evidence.PREVIOUS_SIGN_IN, Instant.ofEpochMilli(profile.lastLoginMillis()).toString());
        evidence.put(Evidence.DISTANCE_KM, Long.toString(Math.round(km)));
        evidence.put(Evidence.HOURS_BETWEEN, Evidence.twoDecimals(hours));
        evidence.put(Evidence.SPEED_KMH, Long.toString(Math.round(speed)));
        return evidence;
    }
}
