package io.runtimeaccess.anomaly.session;

/** Where a user session signed in: what its token requests are compared with. About 32 bytes. */
public final class SessionOrigin {

    public static final int BYTES = 32;


    final int second;
    final int country;
    final int asn;
    final int network;
    final boolean hosting;
    boolean tokenSourceCounted;

    /** @param second when the session signed in, in {@code UtcClock.seconds} */
    public SessionOrigin(int second, int country, int asn, int network, boolean hosting) {
        this.second = second;
        this.country = country;
        this.asn = asn;
        this.network = network;
        this.hosting = hosting;
    }

    public int second() {
        return second;
    }

    public int country() {
        return country;
    }

    public int asn() {
        return asn;
    }

    public int network() {
        return network;
    }

    public boolean hosting() {
        return hosting;
    }

    public boolean tokenSourceCounted() {
        return tokenSourceCounted;
    }

    public void markTokenSourceCounted() {
        tokenSourceCounted = true;
    }
}
