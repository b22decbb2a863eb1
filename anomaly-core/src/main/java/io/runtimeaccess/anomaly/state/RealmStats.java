package io.runtimeaccess.anomaly.state;

/**
 * What is common in one realm, for smoothing ("a country half the realm signs in from is not much of a
 * surprise") and for telling travel from a shared egress. All sign-in counts live in one
 * {@link RealmCounts} table keyed by (kind, parent value, value), so the share of a value under its parent
 * (an ASN within its country, a browser on its platform) is two exact counts.
 *
 * <p>Why exact counts and not a sketch: two checks ask whether a network is busy (a /24 that at least ten
 * users sign in from is a shared egress, one that twenty sessions' token requests came from is a client
 * backend) and skip it if so. A count-min sketch answers a never-seen key with the noise of everything
 * else counted (about the total over its width), which at 10,000 users exceeds those thresholds for
 * almost every key. A hash table answers 0. Its memory follows the realm: it holds at most
 * {@value #MIN_KEYS} + {@value #KEYS_PER_USER} × (users this realm has learned, at most the users the
 * scorer holds now) keys, ≤ {@value RealmCounts#MAX_BYTES_PER_KEY} bytes each, so ≤ 384 bytes per user and
 * ≤ 192 KiB per realm; when full, the lightest quarter (lowest count, halved per fortnight unseen) goes,
 * so busy networks stay exact and what is evicted was seen rarely and long ago.
 *
 * <p>A /24's sign-ins and its users are the two counts of one key; so are a parent value's comparisons and
 * new values. Also kept: the hour-of-day and weekday distribution of the realm's sign-ins, and per level how
 * often returning users bring new values (the realm's novelty rate, the prior for a user with little
 * history). Everything is halved when the sign-in count reaches {@value #HALVE_AT}, so the realm's
 * picture follows change and counters never overflow.
 */
public final class RealmStats {

    /** Keys of the counts table beyond the levels (whose kind is their ordinal). */
    private static final int KIND_TOKEN_SOURCE = 17;
    private static final int KIND_CHILD = 18;

    /** The counts table's keys per user the realm has learned, and its floor. */
    public static final int KEYS_PER_USER = 8;
    public static final int MIN_KEYS = 4096;

    static final double PRIOR_HOSTING_SHARE = 0.05;
    static final double PRIOR_OPERATORS = 20;

    /** Pseudo-comparisons of the level's overall rate in a parent value's own rate. */
    private static final double PARENT_PRIOR_TRIALS = 20;

    static final long HALVE_AT = 1L << 28;

    /** Prior weight (in sign-ins) of a level's default novelty rate against what the realm has seen. */
    private static final double NOVELTY_PRIOR_TRIALS = 50;

    /**
     * Novelty rates are kept per history length, because a user's second sign-in brings a new network or
     * device far more often than their fiftieth (Good–Turing: the chance of something new falls with
     * the sample). Buckets: 0, 1, 2–3, 4–7, 8–15, 16–31, 32+ earlier comparisons.
     */
    public static final int HISTORY_BUCKETS = 7;

    /** Without realm data, the default rate of a level is multiplied by this per bucket. */
    private static final double[] EARLY_NOVELTY = {4, 3, 2, 1.5, 1, 1, 1};

    private final java.util.function.IntSupplier activeUsers;
    private final RealmCounts counts;
    private long logins;
    /** New profiles learned in this realm (a count of users, never halved): sizes the counts table. */
    private long users;
    private final long[] hours = new long[UserProfile.HOURS];
    private final long[] weekdays = new long[UserProfile.WEEKDAYS];
    /** Per level and history bucket (see {@link #bucket}): comparisons made and new values seen. */
    private final long[] novelTrials = new long[Level.values().length * HISTORY_BUCKETS];
    private final long[] novelHits = new long[Level.values().length * HISTORY_BUCKETS];
    private final long[] novelPairs = new long[20]; // PairedNovelty.CELLS
    /** Returning sign-ins through an ASN new for the user, and how many of those were VPN or datacenter. */
    private long newOperators;
    private long newHostingOperators;

    /** A realm of a scorer holding at most {@code maxUsers} users. */
    public RealmStats(int maxUsers) {
        this(() -> maxUsers);
    }

    /**
     * {@code activeUsers}: how many user profiles the scorer holds now (all its realms), which bounds this
     * realm's users too; read when a user is added, so the table follows the users that are still there.
     */
    public RealmStats(java.util.function.IntSupplier activeUsers) {
        this.activeUsers = activeUsers;
        this.counts = new RealmCounts(MIN_KEYS);
    }

    public RealmCounts counts() {
        return counts;
    }

    public long users() {
        return users;
    }

    /** Counts a user's first learned sign-in; the counts table may hold {@value #KEYS_PER_USER} more keys. */
    public void countUser() {
        restoreUsers(users + 1);
    }

    public void restoreUsers(long users) {
        this.users = users;
        long bounded = Math.min(users, Math.max(0, activeUsers.getAsInt()));
        counts.limit((int) Math.min(Integer.MAX_VALUE, MIN_KEYS + KEYS_PER_USER * bounded));
    }

    /** The day (days since 1970) of what is being learned, for ageing the counts table. */
    public void today(int day) {
        counts.today(day);
    }

    public long logins() {
        return logins;
    }

    public long[] hours() {
        return hours;
    }

    public long[] weekdays() {
        return weekdays;
    }

    public long[] novelTrials() {
        return novelTrials;
    }

    public long[] novelHits() {
        return novelHits;
    }

    /**
     * Returning sign-ins by the depth at which the network (row, 0–3) and the device (column, 0–4) were
     * new: 0 = nothing new, 1 = the hierarchy's top level, and so on. See {@code PairedNovelty}.
     */
    public long[] novelPairs() {
        return novelPairs;
    }

    public void restoreLogins(long logins) {
        this.logins = logins;
    }

    public long newOperators() {
        return newOperators;
    }

    public long newHostingOperators() {
        return newHostingOperators;
    }

    public void restoreNewOperators(long all, long hosting) {
        newOperators = all;
        newHostingOperators = hosting;
    }

    /** Counts a returning sign-in through a network operator new for the user. */
    public void countNewOperator(boolean hosting) {
        newOperators++;
        if (hosting) {
            newHostingOperators++;
        }
    }

    /**
     * Of the sign-ins through an operator new for the user, the share that came through a VPN or
     * datacenter, smoothed toward {@value #PRIOR_HOSTING_SHARE} with {@value #PRIOR_OPERATORS} pseudo-events.
     */
    public double hostingShareOfNewOperators() {
        return (newHostingOperators + PRIOR_OPERATORS * PRIOR_HOSTING_SHARE) / (newOperators + PRIOR_OPERATORS);
    }

    /** A /24 (or /48) lies in one ASN: its key leaves the parent out, so its users can share the key. */
    static long key(Level level, int parent, int value) {
        return Hashing.key(level.ordinal(), level == Level.NETWORK ? 0 : parent, value);
    }

    /** Sign-ins with this value under this parent. */
    public int count(Level level, int parent, int value) {
        return counts.first(key(level, parent, value));
    }

    /** Users who started signing in from this /24 (each counted once, when it was new for them). */
    public int networkUsers(int network) {
        return counts.second(key(Level.NETWORK, 0, network));
    }

    public void countNetworkUser(int network) {
        counts.add(key(Level.NETWORK, 0, network), 0, 1);
    }

    /** Sessions whose token requests came (also) from this network, each counted once. */
    public int tokenSessions(int network) {
        return counts.first(Hashing.key(KIND_TOKEN_SOURCE, 0, network));
    }

    public void countTokenSession(int network) {
        counts.add(Hashing.key(KIND_TOKEN_SOURCE, 0, network), 1, 0);
    }

    /**
     * Share of a value among its parent's sign-ins, with add-half smoothing so an unseen value gets a
     * small non-zero share; {@code parentCount} is the parent's own count (the realm's sign-ins at the top).
     */
    public double share(Level level, int parent, int value, long parentCount) {
        double share = (count(level, parent, value) + 0.5) / (parentCount + 1.0);
        return Math.min(1.0, share);
    }

    /** The history bucket of a user with this many earlier comparisons at a level. */
    public static int bucket(int trials) {
        return trials <= 0 ? 0 : Math.min(HISTORY_BUCKETS - 1, 32 - Integer.numberOfLeadingZeros(trials));
    }

    /**
     * How often, in this realm, a returning user with this many earlier comparisons at the level brings
     * a value new at it, under this parent value. Two things move the rate: history (a second sign-in
     * brings new things more often than a fiftieth) and the parent (under a mobile carrier's ASN nearly
     * every sign-in has a new /24, under a home ISP few do). The rate for the history bucket is scaled
     * by the parent's lift: its own rate (smoothed toward the level's) over the level's.
     */
    public double noveltyRate(Level level, int trials, int parent) {
        double rate = bucketRate(level, bucket(trials));
        if (level.isTop()) {
            return rate;
        }
        double overall = overallRate(level);
        long key = Hashing.key(KIND_CHILD, level.ordinal(), parent);
        double parentTrials = counts.first(key);
        double parentNovel = counts.second(key);
        double parentRate = (Math.min(parentNovel, parentTrials) + PARENT_PRIOR_TRIALS * overall)
                / (parentTrials + PARENT_PRIOR_TRIALS);
        return Math.min(0.95, rate * parentRate / overall);
    }

    private double bucketRate(Level level, int bucket) {
        int i = level.ordinal() * HISTORY_BUCKETS + bucket;
        double prior = Math.min(0.9, level.defaultNoveltyRate() * EARLY_NOVELTY[bucket]);
        return (novelHits[i] + NOVELTY_PRIOR_TRIALS * prior) / (novelTrials[i] + NOVELTY_PRIOR_TRIALS);
    }

    private double overallRate(Level level) {
        long trials = 0;
        long hits = 0;
        for (int b = 0; b < HISTORY_BUCKETS; b++) {
            trials += novelTrials[level.ordinal() * HISTORY_BUCKETS + b];
            hits += novelHits[level.ordinal() * HISTORY_BUCKETS + b];
        }
        return (hits + NOVELTY_PRIOR_TRIALS * level.defaultNoveltyRate()) / (trials + NOVELTY_PRIOR_TRIALS);
    }

    /** Counts one comparison at the level, under a parent value, by a user who had {@code trials} earlier ones. */
    public void countNovelty(Level level, int trials, int parent, boolean novel) {
        int i = level.ordinal() * HISTORY_BUCKETS + bucket(trials);
        novelTrials[i]++;
        if (novel) {
            novelHits[i]++;
        }
        if (!level.isTop()) {
            counts.add(Hashing.key(KIND_CHILD, level.ordinal(), parent), 1, novel ? 1 : 0);
        }
    }

    /** Counts one learned sign-in at these values. */
    public void learn(Level level, int parent, int value) {
        counts.add(key(level, parent, value), 1, 0);
    }

    public void countLogin(int hour, int weekday) {
        logins++;
        hours[hour]++;
        weekdays[weekday]++;
        if (logins >= HALVE_AT) {
            halve();
        }
    }

    /** Share of the realm's sign-ins in this UTC hour (add-one smoothed). */
    public double hourShare(int hour) {
        return (hours[hour] + 1.0) / (logins + UserProfile.HOURS);
    }

    public double weekdayShare(int weekday) {
        return (weekdays[weekday] + 1.0) / (logins + UserProfile.WEEKDAYS);
    }

    public long bytes() {
        return counts.bytes() + 16 + 8 + 16 + 2 * (16 + 8L * Level.values().length * HISTORY_BUCKETS) + 16 + 8L * 24 + 16 + 8L * 7 + 16 + 8L * 20 + 48;
    }

    private void halve() {
        counts.halve();
        logins >>>= 1;
        for (int i = 0; i < hours.length; i++) {
            hours[i] >>>= 1;
        }
        for (int i = 0; i < weekdays.length; i++) {
            weekdays[i] >>>= 1;
        }
        for (int i = 0; i < novelTrials.length; i++) {
            novelTrials[i] >>>= 1;
            novelHits[i] >>>= 1;
        }
        for (int i = 0; i < novelPairs.length; i++) {
            novelPairs[i] >>>= 1;
        }
        newOperators >>>= 1;
        newHostingOperators >>>= 1;
    }
}
