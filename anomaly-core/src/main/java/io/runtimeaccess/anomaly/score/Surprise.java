package io.runtimeaccess.anomaly.score;

import io.runtimeaccess.anomaly.observation.Observation;
import io.runtimeaccess.anomaly.state.Level;
import io.runtimeaccess.anomaly.state.RealmStats;
import io.runtimeaccess.anomaly.state.UserProfile;

/**
 * How surprising a value is for a user, in bits, in the style of Freeman et al. ("Who Are You? A
 * Statistical Approach to Measuring User Authenticity", NDSS 2016): the user's own frequencies,
 * smoothed toward the realm's, compared level by level down a hierarchy.
 *
 * <p>A value new for the user at level L (its coarser levels known) has probability
 * <pre>  p_u(new) = (novel_L + s · m_L) / (trials_L + s)</pre>
 * where novel/trials is how often this user's sign-ins brought new values at L, m_L the realm's rate
 * for users with as much history (see {@link RealmStats#noveltyRate}) and s = {@value #PRIOR_STRENGTH}
 * pseudo-sign-ins. A mobile user whose /24 changes every day expects
 * new networks; a home user with one /24 in 40 sign-ins does not. Then which new value: an attacker
 * who mimics the realm picks common values, a naive one picks any, so against the user's smoothed
 * probability {@code p_u(new) · share_realm(v)} the attacker's is {@code ½ share_realm(v) + ½ u_L}
 * (u_L uniform over the level's values), giving
 * <pre>  bits = log2(1 / p_u(new)) + log2(½ + ½ u_L / share_realm(v))</pre>
 * The second term is the realm smoothing: a value common in the realm costs up to one bit less, a
 * value rare in the realm adds up to {@value #MAX_RARITY_BITS} bits.
 */
public final class Surprise {

    /** Pseudo-sign-ins of the realm's novelty rate mixed into a user's own rate. */
    public static final double PRIOR_STRENGTH = 2.0;

    /** Cap on the rarity term: beyond one in ~2^6 of uniform, rarer says little more. */
    public static final double MAX_RARITY_BITS = 6.0;

    /** A realm with fewer sign-ins than this has no meaningful idea of rarity yet. */
    public static final long MIN_REALM_LOGINS = 50;

    private static final double LN2 = Math.log(2);

    private Surprise() {
    }

    public static double log2(double x) {
        return Math.log(x) / LN2;
    }

    /**
     * Probability that this user's sign-in brings a value new at this level, given the sign-in's parent
     * value (its country for an ASN, its ASN for a /24, ...), which the user knows.
     */
    public static double noveltyProbability(UserProfile profile, RealmStats realm, Level level, Observation o) {
        int parentSlot = parentSlot(profile, level, o);
        int trials = profile.trials(level, parentSlot);
        double realmRate = realm.noveltyRate(level, trials, o.parentValue(level));
        return (profile.novel(level, parentSlot) + PRIOR_STRENGTH * realmRate) / (trials + PRIOR_STRENGTH);
    }

    /** Bits of a value new at this level for this user (the first term above). */
    public static double noveltyBits(UserProfile profile, RealmStats realm, Level level, Observation o) {
        return -log2(noveltyProbability(profile, realm, level, o));
    }

    private static int parentSlot(UserProfile profile, Level level, Observation o) {
        return level.isTop() ? -1 : profile.slotOf(level.parent(), o.value(level.parent()));
    }

    /** The realm-smoothing term for a value with this share of its parent's sign-ins. */
    public static double rarityBits(RealmStats realm, Level level, double share) {
        if (realm.logins() < MIN_REALM_LOGINS) {
            return 0;
        }
        double uniform = 1.0 / level.valuesPerParent();
        return Math.min(MAX_RARITY_BITS, log2(0.5 + 0.5 * uniform / share));
    }

    /** The realm share of the observation's value at a level, under its parent value. */
    public static double realmShare(RealmStats realm, Observation o, Level level) {
        long parentCount = parentCount(realm, o, level);
        return realm.share(level, o.parentValue(level), o.value(level), parentCount);
    }

    private static long parentCount(RealmStats realm, Observation o, Level level) {
        if (level.isTop()) {
            return realm.logins();
        }
        Level parent = level.parent();
        return realm.count(parent, o.parentValue(parent), o.value(parent));
    }

    /** The coarsest of the given levels (coarse to fine) where the value is new for the user, or {@code null}. */
    public static Level firstNew(UserProfile profile, Observation o, Level... levels) {
        for (Level level : levels) {
            if (!profile.knows(level, o.value(level))) {
                return level;
            }
        }
        return null;
    }

    /**
     * Learns one sign-in down a hierarchy: counts the values, and for each level whose coarser levels
     * were known, one comparison (novel or not) for the user and the realm.
     */
    public static void learn(UserProfile profile, RealmStats realm, Observation o, boolean returning, Level... levels) {
        boolean coarserKnown = returning;
        int day = o.dayStamp();
        int parentSlot = -1;
        for (Level level : levels) {
            int value = o.value(level);
            boolean novel = profile.slotOf(level, value) < 0;
            if (coarserKnown) {
                realm.countNovelty(level, profile.trials(level, parentSlot), o.parentValue(level), novel);
                profile.countTrial(level, parentSlot, novel);
            }
            coarserKnown &= !novel;
            parentSlot = profile.add(level, value, 1, day);
            realm.learn(level, o.parentValue(level), value);
        }
    }
}
