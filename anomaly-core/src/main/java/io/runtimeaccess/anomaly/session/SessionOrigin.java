package io.runtimeaccess.anomaly.session;

import io.runtimeaccess.anomaly.observation.UserAgent;

/**
 * Where and with what a user session signed in: what its token requests are compared with. About 48
 * bytes: the network as keys, and the browser as two 32-bit keys and its family, not the header text.
 */
public final class SessionOrigin {

    public static final int BYTES = 48;

    final int second;
    final int country;
    final int asn;
    final int network;
    final boolean hosting;
    boolean tokenSourceCounted;
    /** The sign-in's {@link UserAgent#headerKey()}, 0 if it had no User-Agent (or the snapshot predates it). */
    int agent;
    /** The sign-in's {@link UserAgent#browserKey()}: family, platform and version. */
    int agentBrowser;
    /**
     * The header key of the session's first token request that raised nothing: the client that redeems
     * the session's tokens when it is not the browser itself (a mobile app's HTTP client); 0 until then.
     */
    int client;

    /** @param second when the session signed in, in {@code UtcClock.seconds} */
    public SessionOrigin(int second, int country, int asn, int network, boolean hosting) {
        this.second = second;
        this.country = country;
        this.asn = asn;
        this.network = network;
        this.hosting = hosting;
    }

    /** The session's sign-in came with this User-Agent ({@code null}: none). */
    public SessionOrigin withAgent(UserAgent signIn) {
        if (signIn != null) {
            agent = signIn.headerKey();
            agentBrowser = signIn.browserKey();
        }
        return this;
    }

    /** Restores the browser keys of a snapshot. */
    public void restoreAgent(int agent, int agentBrowser, int client) {
        this.agent = agent;
        this.agentBrowser = agentBrowser;
        this.client = client;
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

    public int agent() {
        return agent;
    }

    public int agentBrowser() {
        return agentBrowser;
    }

    public int client() {
        return client;
    }

    public boolean tokenSourceCounted() {
        return tokenSourceCounted;
    }

    public void markTokenSourceCounted() {
        tokenSourceCounted = true;
    }

    /**
     * The request's User-Agent is neither the sign-in's browser nor the session's known token client. The
     * sign-in's browser updated (the same build, a version at least as new) counts as the same; an older
     * version of it does not, since browsers do not downgrade. An unknown header on either side is no
     * evidence.
     */
    boolean otherClient(UserAgent request) {
        if (request == null || agent == 0) {
            return false;
        }
        int seen = request.headerKey();
        boolean updated = sameBuild(agent, seen)
                && UserAgent.comparableVersion(request.browserKey()) >= UserAgent.comparableVersion(agentBrowser);
        return !updated && !sameBuild(client, seen);
    }

    /** Header keys carry the build (the header with its version numbers masked) in their upper half. */
    private static boolean sameBuild(int known, int seen) {
        return known != 0 && (known == seen || (known >>> 16) == (seen >>> 16));
    }
}
