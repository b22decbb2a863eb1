package io.runtimeaccess.anomaly.network;

import io.runtimeaccess.anomaly.observation.DeviceType;
import io.runtimeaccess.anomaly.observation.Observation;
import io.runtimeaccess.anomaly.state.Hashing;
import io.runtimeaccess.anomaly.state.UserProfile;

/**
 * Which autonomous systems' locations do not follow their users, learned from the realm's own sign-ins.
 *
 * <p>A mobile carrier sends its phones out through gateways in a few cities and geolocation places the
 * phone at the gateway: a user in San Francisco is "in New York" on one sign-in and back the next. Carriers
 * cannot be told by name ("AT&amp;T Mobility", "EE", "Telia" say nothing). What the realm does see: when a user's
 * consecutive sign-ins stay on one ASN, how often the location jumps further than the minimum travel
 * distance. On a fixed line that takes a trip with the same provider at the destination: a user who
 * travels once a month and finds their provider there one time in five jumps on 1–2 % of pairs. An
 * ASN is treated as mobile when at least {@value #MIN_JUMPERS} distinct users jumped on it (one account
 * hopping cannot teach it) and the lower 95 % Wilson bound of its jump share reaches
 * {@value #MIN_JUMP_SHARE}, several times that: a handful of pairs proves nothing, and the rule does not
 * depend on the realm's size. A fixed line whose locations jump that often (pools geolocated to a hub
 * city) does not follow its users either, and travel measured from it is noise.
 *
 * <p>The second sign: what the realm's users sign in with through the ASN. A carrier carries phones and
 * tablets; a fixed line also carries the household's and the office's computers. An ASN is also mobile
 * when at least {@value #MIN_JUMPERS} distinct users signed in through it and the lower 95 % Wilson
 * bound of the handheld share of its sign-ins (phones and tablets by User-Agent, among sign-ins from a
 * phone, tablet or desktop) reaches {@value #MIN_HANDHELD_SHARE}. This one also catches a carrier with
 * one gateway city, which a roaming phone leaves through at home while its owner is abroad.
 *
 * <p>Memory is fixed: {@value #SLOTS} ASNs per realm (37 bytes each, about 37 KiB). When a probe window is
 * full, the ASN with the fewest observed sign-ins gives way. Counts halve at {@value #HALVE_AT} so the
 * verdict follows a provider that changes its routing. Not kept in snapshots: after a restart it is
 * learned again from new sign-ins (name-flagged carriers are flagged meanwhile).
 */
public final class AsnMobility {

    static final int SLOTS = 1024;
    private static final int PROBES = 8;
    static final int MIN_JUMPERS = 5;
    static final double MIN_JUMP_SHARE = 0.05;
    static final double MIN_HANDHELD_SHARE = 0.9;
    static final int HALVE_AT = 4096;
    private static final double Z = 1.96;

    private final int[] asns = new int[SLOTS];
    private final int[] pairs = new int[SLOTS];
    private final int[] jumps = new int[SLOTS];
    /** A 64-bit set of the users (by hash) who jumped: its bit count is a lower bound of distinct users. */
    private final long[] jumpers = new long[SLOTS];
    private final int[] signIns = new int[SLOTS];
    private final int[] handheld = new int[SLOTS];
    /** Like {@link #jumpers}, for the users who signed in through the ASN from a known device type. */
    private final long[] users = new long[SLOTS];
    private final boolean[] mobile = new boolean[SLOTS];

    /** The realm has seen this ASN's locations not follow its users. */
    public boolean isMobile(int asn) {
        int slot = find(asn);
        return slot >= 0 && mobile[slot];
    }

    /**
     * Counts a learned sign-in: its device type under its ASN, and against the user's previous one a pair
     * when both were on the same ASN with coordinates and neither was a hosting network, a jump when they
     * are {@code minDistanceKm} or more apart.
     */
    public void learn(UserProfile previous, Observation o, long userKey, double minDistanceKm) {
        if (o.asn == 0 || o.hosting) {
            return;
        }
        int slot = -1;
        DeviceType device = o.agent == null ? DeviceType.UNKNOWN : o.agent.device();
        if (device == DeviceType.DESKTOP || device == DeviceType.MOBILE || device == DeviceType.TABLET) {
            slot = claim(o.asn);
            if (signIns[slot] >= HALVE_AT) {
                signIns[slot] >>>= 1;
                handheld[slot] >>>= 1;
            }
            signIns[slot]++;
            handheld[slot] += device == DeviceType.DESKTOP ? 0 : 1;
            users[slot] |= 1L << (Hashing.mix(userKey) & 63);
        }
        if (previous != null && !previous.lastHosting() && previous.lastAsn() == o.asn
                && previous.hasLastLocation() && o.hasCoordinates()) {
            slot = slot < 0 ? claim(o.asn) : slot;
            countPair(slot, GreatCircle.km(previous.lastLatitude(), previous.lastLongitude(),
                    o.location.latitude(), o.location.longitude()) >= minDistanceKm, userKey);
        }
        if (slot >= 0) {
            mobile[slot] = Long.bitCount(jumpers[slot]) >= MIN_JUMPERS
                    && wilsonLower(jumps[slot], pairs[slot]) >= MIN_JUMP_SHARE
                    || Long.bitCount(users[slot]) >= MIN_JUMPERS
                    && wilsonLower(handheld[slot], signIns[slot]) >= MIN_HANDHELD_SHARE;
        }
    }

    private void countPair(int slot, boolean jumped, long userKey) {
        if (pairs[slot] >= HALVE_AT) {
            pairs[slot] >>>= 1;
            jumps[slot] >>>= 1;
        }
        pairs[slot]++;
        if (jumped) {
            jumps[slot]++;
            jumpers[slot] |= 1L << (Hashing.mix(userKey) & 63);
        }
    }

    /** The lower bound of the 95 % Wilson score interval of a share. */
    static double wilsonLower(int hits, int trials) {
        if (trials == 0) {
            return 0;
        }
        double n = trials;
        double p = hits / n;
        double centre = p + Z * Z / (2 * n);
        double margin = Z * Math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n));
        return (centre - margin) / (1 + Z * Z / n);
    }

    public long bytes() {
        return 16 + SLOTS * 37L + 8 * 16;
    }

    private int find(int asn) {
        if (asn == 0) {
            return -1;
        }
        int home = home(asn);
        for (int i = 0; i < PROBES; i++) {
            int slot = (home + i) & (SLOTS - 1);
            if (asns[slot] == asn) {
                return slot;
            }
        }
        return -1;
    }

    /** The ASN's slot, taking an empty one or the one with the fewest pairs in its probe window. */
    private int claim(int asn) {
        int home = home(asn);
        int weakest = home;
        for (int i = 0; i < PROBES; i++) {
            int slot = (home + i) & (SLOTS - 1);
            if (asns[slot] == asn) {
                return slot;
            }
            if (asns[slot] == 0) {
                weakest = slot;
                break;
            }
            if (pairs[slot] + signIns[slot] < pairs[weakest] + signIns[weakest]) {
                weakest = slot;
            }
        }
        asns[weakest] = asn;
        pairs[weakest] = 0;
        jumps[weakest] = 0;
        jumpers[weakest] = 0;
        signIns[weakest] = 0;
        handheld[weakest] = 0;
        users[weakest] = 0;
        mobile[weakest] = false;
        return weakest;
    }

    private static int home(int asn) {
        return (int) Hashing.mix(asn) & (SLOTS - 1);
    }
}
