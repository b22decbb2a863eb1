package io.runtimeaccess.anomaly.network;

import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.observation.CountryCodes;
import io.runtimeaccess.anomaly.observation.IpAddresses;
import io.runtimeaccess.anomaly.observation.Observation;
import io.runtimeaccess.anomaly.score.Evidence;
import io.runtimeaccess.anomaly.score.Novelty;
import io.runtimeaccess.anomaly.score.ScoreCard;
import io.runtimeaccess.anomaly.score.Surprise;
import io.runtimeaccess.anomaly.state.Level;
import io.runtimeaccess.anomaly.state.RealmStats;
import io.runtimeaccess.anomaly.state.UserProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Detection 2: a sign-in from a network this user never used, judged down the hierarchy
 * country → ASN → /24 at the coarsest new level (see {@link Surprise} for the bits).
 */
public final class NewNetwork {

    static final Level[] HIERARCHY = {Level.COUNTRY, Level.ASN, Level.NETWORK};

    /** The country or operator of an address the tables do not locate. */
    private static final int UNLOCATED = 0;

    /**
     * A VPN or datacenter network, for a user who never signed in through one, adds
     * {@code log2(ATTACKER_HOSTING_SHARE / share)} bits, where share is how often the realm's sign-ins
     * through an operator new for the user are VPN or datacenter ones (realm-learned): surprising in a
     * realm whose users never use VPNs, barely in one where many do. At most {@value #MAX_HOSTING_BITS}.
     */
    static final double ATTACKER_HOSTING_SHARE = 0.5;
    static final double MAX_HOSTING_BITS = 6.0;

    /** A user's very first sign-in is judged on realm rarity alone and never weighs more than this. */
    static final double FIRST_SIGN_IN_MAX_BITS = 3.0;
    /** A first sign-in's text names each part (country, network, VPN) that gives at least this share of its bits. */
    private static final double PART_NAMED = 0.25;

    /** Most bits one new network can carry, so it leaves room for the other detections. */
    static final double MAX_BITS = 12.0;

    /**
     * How new the sign-in's network is for a returning user; {@code null} for a first sign-in (see
     * {@link #firstSignIn}) or when nothing is new.
     */
    public Novelty assess(UserProfile profile, RealmStats realm, Observation o) {
        if (profile == null || profile.logins() == 0) {
            return null;
        }
        Level level = firstNew(profile, o);
        boolean newHosting = o.hosting && !profile.usedHosting();
        if (level == null && !newHosting) {
            return null;
        }
        double bits = 0;
        double share = 1;
        if (level != null) {
            share = Surprise.realmShare(realm, o, level);
            bits = Surprise.noveltyBits(profile, realm, level, o) + Surprise.rarityBits(realm, level, share);
        }
        if (newHosting) {
            bits += hostingBits(realm);
        }
        return new Novelty(level, Math.max(0, Math.min(MAX_BITS, bits)), share, "");
    }

    /**
     * The coarsest level where the sign-in is new for the user, passing over a country or operator that the tables do
     * not give (0) for this sign-in or gave for none of the user's: an address they do not cover (an IPv6 one with
     * IPv4 tables only, tables added later) says nothing about where the user is.
     */
    private static Level firstNew(UserProfile profile, Observation o) {
        for (Level level : HIERARCHY) {
            int value = o.value(level);
            boolean located = level == Level.NETWORK
                    || value != UNLOCATED && profile.countOf(level, UNLOCATED) < profile.total(level);
            if (located && !profile.knows(level, value)) {
                return level;
            }
        }
        return null;
    }

    /** The reason for a novelty from {@link #assess}, or {@code null} if too light. */
    public Reason reason(UserProfile profile, Observation o, Novelty novelty) {
        double weight = novelty == null ? 0 : novelty.weight();
        if (weight == 0) {
            return null;
        }
        Map<String, String> evidence = evidence(profile, o, novelty.bits, novelty.share);
        novelty.putDiscounts(evidence);
        if (novelty.knownDeviceDiscount > 0) {
            evidence.put(Evidence.DEVICE_ID, o.deviceId);
            return new Reason(Detection.NEW_NETWORK, weight, text(profile, o, novelty.level)
                    + " (from a browser the user signed in with before)", evidence);
        }
        return new Reason(Detection.NEW_NETWORK, weight, text(profile, o, novelty.level), evidence);
    }

    /** A user's first sign-in: judged on the realm rarity of its country and ASN alone, and capped low. */
    public Reason firstSignIn(UserProfile profile, RealmStats realm, Observation o) {
        if (profile != null && profile.logins() > 0) {
            return null;
        }
        return firstSignIn(realm, o);
    }

    private Reason firstSignIn(RealmStats realm, Observation o) {
        double countryShare = Surprise.realmShare(realm, o, Level.COUNTRY);
        double asnShare = Surprise.realmShare(realm, o, Level.ASN);
        double[] parts = {o.country == UNLOCATED ? 0 : Surprise.rarityBits(realm, Level.COUNTRY, countryShare),
                o.asn == UNLOCATED ? 0 : Surprise.rarityBits(realm, Level.ASN, asnShare),
                o.hosting ? hostingBits(realm) / 2 : 0};
        double bits = Math.min(FIRST_SIGN_IN_MAX_BITS, parts[0] + parts[1] + parts[2]);
        double weight = ScoreCard.weightOfBits(bits);
        if (weight < ScoreCard.MIN_REASON_WEIGHT) {
            return null;
        }
        Map<String, String> evidence = seen(o);
        evidence.put(Evidence.SIGN_INS_LEARNED, "0");
        evidence.put(Evidence.REALM_SHARE, Evidence.percent(countryShare));
        evidence.put(Evidence.ASN_SHARE_IN_COUNTRY, Evidence.percent(asnShare));
        evidence.put(Evidence.SURPRISE_BITS, Evidence.bits(bits));
        return new Reason(Detection.NEW_NETWORK, weight, "First sign-in of this user, from " + place(o) + ": "
                + firstSignInWhy(o, parts, countryShare, asnShare), evidence);
    }

    /**
     * What made a first sign-in surprising, part by part: a country common in the realm on a datacenter network is
     * no "uncommon country", so only the parts that weigh are named.
     */
    private static String firstSignInWhy(Observation o, double[] parts, double countryShare, double asnShare) {
        double total = parts[0] + parts[1] + parts[2];
        List<String> why = new ArrayList<>(3);
        if (parts[0] >= total * PART_NAMED) {
            why.add(CountryCodes.unpack(o.country) + " is uncommon in this realm (" + Evidence.percent(countryShare)
                    + " of sign-ins)");
        }
        if (parts[1] >= total * PART_NAMED) {
            // a network's share is of its country's sign-ins (the level above it)
            why.add(Evidence.asn(o.asn) + " is uncommon in this realm (" + Evidence.percent(asnShare)
                    + " of sign-ins from " + CountryCodes.unpack(o.country) + ")");
        }
        if (parts[2] >= total * PART_NAMED) {
            why.add("a VPN or datacenter network");
        }
        return String.join("; ", why);
    }

    static double hostingBits(RealmStats realm) {
        double bits = Surprise.log2(ATTACKER_HOSTING_SHARE / realm.hostingShareOfNewOperators());
        return Math.max(0, Math.min(MAX_HOSTING_BITS, bits));
    }

    /** Learns the sign-in's network values (after scoring). */
    public void learn(UserProfile profile, RealmStats realm, Observation o, boolean returning) {
        realm.today(o.dayStamp());
        if (!returning) {
            realm.countUser();
        }
        if (returning && !profile.knows(Level.ASN, o.asn)) {
            realm.countNewOperator(o.hosting);
        }
        if (!profile.knows(Level.NETWORK, o.network)) {
            realm.countNetworkUser(o.network); // one more user behind this /24
        }
        Surprise.learn(profile, realm, o, returning, HIERARCHY);
        if (o.hosting) {
            profile.markUsedHosting();
        }
    }

    private static String text(UserProfile profile, Observation o, Level level) {
        String vpn = o.hosting ? " (a VPN or datacenter network)" : "";
        if (level == null) {
            return "Signed in through a VPN or datacenter network, " + Evidence.asn(o.asn) + org(o)
                    + ", which this user never used";
        }
        switch (level) {
            case COUNTRY:
                return "First sign-in from " + CountryCodes.unpack(o.country) + vpn + "; usually "
                        + countries(profile);
            case ASN:
                return "First sign-in through network operator " + Evidence.asn(o.asn) + org(o) + vpn + " in "
                        + CountryCodes.unpack(o.country) + "; usually " + asns(profile);
            default:
                return "First sign-in from network " + IpAddresses.networkLabel(o.network) + " ("
                        + Evidence.asn(o.asn) + ", " + CountryCodes.unpack(o.country) + ")" + vpn + "; usually "
                        + networks(profile);
        }
    }

    private static Map<String, String> evidence(UserProfile profile, Observation o, double bits, double share) {
        Map<String, String> evidence = seen(o);
        evidence.put(Evidence.USUAL_COUNTRIES, countries(profile));
        evidence.put(Evidence.USUAL_ASNS, asns(profile));
        evidence.put(Evidence.USUAL_NETWORKS, networks(profile));
        evidence.put(Evidence.SIGN_INS_LEARNED, Integer.toString(profile.logins()));
        evidence.put(Evidence.REALM_SHARE, Evidence.percent(share));
        evidence.put(Evidence.SURPRISE_BITS, Evidence.bits(bits));
        return evidence;
    }

    private static Map<String, String> seen(Observation o) {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put(Evidence.IP, String.valueOf(o.ip));
        evidence.put(Evidence.COUNTRY, CountryCodes.unpack(o.country));
        evidence.put(Evidence.ASN, Evidence.asn(o.asn));
        if (o.location.asOrg() != null) {
            evidence.put(Evidence.AS_ORG, o.location.asOrg());
        }
        evidence.put(Evidence.NETWORK, IpAddresses.networkLabel(o.network));
        evidence.put(Evidence.VPN_OR_DATACENTER, Boolean.toString(o.hosting));
        return evidence;
    }

    private static String place(Observation o) {
        return CountryCodes.unpack(o.country) + " (" + Evidence.asn(o.asn) + org(o) + ")";
    }

    private static String org(Observation o) {
        return o.location.asOrg() == null ? "" : " " + o.location.asOrg();
    }

    static String countries(UserProfile profile) {
        StringJoiner joiner = new StringJoiner(", ");
        for (int code : profile.usual(Level.COUNTRY, 3)) {
            joiner.add(CountryCodes.unpack(code));
        }
        return joiner.toString();
    }

    static String asns(UserProfile profile) {
        StringJoiner joiner = new StringJoiner(", ");
        for (int asn : profile.usual(Level.ASN, 3)) {
            joiner.add(Evidence.asn(asn));
        }
        return joiner.toString();
    }

    static String networks(UserProfile profile) {
        StringJoiner joiner = new StringJoiner(", ");
        for (int network : profile.usual(Level.NETWORK, 3)) {
            joiner.add(IpAddresses.networkLabel(network));
        }
        return joiner.toString();
    }
}
