package io.runtimeaccess.anomaly.state;

/**
 * The levels of the two hierarchies a user's sign-ins are compared on, each with its slice of the
 * user's frequency table:
 * <pre>
 *   network:  COUNTRY  → ASN    → NETWORK (IPv4 /24 or IPv6 /48)
 *   device:   PLATFORM → FAMILY → BROWSER → AGENT
 *             (OS and device type → browser family → family and version → exact header)
 * </pre>
 * A value is judged at the coarsest level where it is new (a new country is necessarily a new ASN and
 * network; counting those again would count one surprise three times), and how often the user brings
 * new values is counted per parent value: a new /24 under the home ISP is rare for most people, under
 * their mobile carrier it is every sign-in.
 *
 * <p>{@code defaultNoveltyRate} is how often a returning sign-in brings a value new at this level before
 * a realm has taught its own rate. {@code valuesPerParent} is roughly how many values a level has under
 * one parent (countries in the world, ASNs in a country, ...), the "uniform" attacker's choice.
 */
public enum Level {
    COUNTRY(null, 0, 4, 0.02, 100, "country"),
    ASN(COUNTRY, 4, 6, 0.06, 300, "network operator"),
    NETWORK(ASN, 10, 8, 0.25, 2000, "network"),
    PLATFORM(null, 18, 3, 0.03, 20, "platform"),
    FAMILY(PLATFORM, 21, 3, 0.02, 10, "browser"),
    BROWSER(FAMILY, 24, 4, 0.10, 20, "browser version"),
    AGENT(BROWSER, 28, 5, 0.10, 50, "user agent");

    /** Slots of all levels together in a profile's table. */
    public static final int SLOTS = 33;

    private final Level parent;
    private final int offset;
    private final int length;
    private final double defaultNoveltyRate;
    private final int valuesPerParent;
    private final String label;

    Level(Level parent, int offset, int length, double defaultNoveltyRate, int valuesPerParent, String label) {
        this.parent = parent;
        this.offset = offset;
        this.length = length;
        this.defaultNoveltyRate = defaultNoveltyRate;
        this.valuesPerParent = valuesPerParent;
        this.label = label;
    }

    /** The level above, or {@code null} at the top of a hierarchy. */
    public Level parent() {
        return parent;
    }

    public boolean isTop() {
        return parent == null;
    }

    public int offset() {
        return offset;
    }

    public int length() {
        return length;
    }

    public double defaultNoveltyRate() {
        return defaultNoveltyRate;
    }

    public int valuesPerParent() {
        return valuesPerParent;
    }

    public String label() {
        return label;
    }

    public boolean isDevice() {
        return ordinal() >= PLATFORM.ordinal();
    }

    /** 1 for the top of a hierarchy, 2 below it, and so on. */
    public int depth() {
        return parent == null ? 1 : parent.depth() + 1;
    }
}
