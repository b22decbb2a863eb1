package io.runtimeaccess.anomaly.spray;

import io.runtimeaccess.anomaly.observation.IpAddresses;
import io.runtimeaccess.anomaly.observation.Observation;
import io.runtimeaccess.anomaly.observation.UtcClock;
import io.runtimeaccess.anomaly.score.Evidence;
import io.runtimeaccess.anomaly.state.EntryBudget;
import io.runtimeaccess.anomaly.state.Hashing;
import io.runtimeaccess.anomaly.state.LruTable;

/**
 * The failure windows: one LRU table per {@link SourceKind} (keyed by realm and source) and one per
 * username (keyed by realm and username), each capped at {@code maxSources}. A window is created by a
 * failure only, so successful traffic never fills these tables; when one is full the window that
 * failed longest ago is dropped. Windows are short-lived and are not part of the snapshot.
 */
public final class FailureTables {

    /**
     * A window without activity for this long is dropped when a new one is made (oldest first, a couple
     * at a time): by then its failures are out of every window and its usual count has halved.
     */
    static final int IDLE_SECONDS = 86_400;

    private static final SourceKind[] KINDS = SourceKind.values();

    private final LruTable<FailureWindow>[] bySource;
    private final LruTable<FailureWindow> byUsername;
    private final FailureWindow[] found = new FailureWindow[KINDS.length];

    public FailureTables(int maxSources) {
        this(maxSources, null);
    }

    /** {@code budget}: a cap on the windows of all tables together, shared with other realms ({@code null}: none). */
    @SuppressWarnings("unchecked")
    public FailureTables(int maxSources, EntryBudget budget) {
        bySource = new LruTable[KINDS.length];
        for (int i = 0; i < KINDS.length; i++) {
            bySource[i] = new LruTable<>(maxSources, budget);
        }
        byUsername = new LruTable<>(maxSources, budget);
    }

    /** The key of the event's source of this kind, or 0 when the event has none (no ASN, no user agent). */
    public static long sourceKey(SourceKind kind, long realmKey, Observation o) {
        switch (kind) {
            case IP:
                return Hashing.key(100 + kind.ordinal(), realmKey, o.addressKey);
            case NETWORK:
                return Hashing.key(100 + kind.ordinal(), realmKey, o.network);
            case ASN:
                return o.asn == 0 ? 0 : Hashing.key(100 + kind.ordinal(), realmKey, o.asn);
            default:
                return o.agent == null ? 0 : Hashing.key(100 + kind.ordinal(), realmKey, o.agent.agentKey());
        }
    }

    /** The key of a source named as in evidence (an IP, a network label, "AS64500"); 0 if unreadable. */
    public static long sourceKey(SourceKind kind, long realmKey, String source, int agentKey) {
        switch (kind) {
            case IP:
                return Hashing.key(100 + kind.ordinal(), realmKey, IpAddresses.addressKey(source));
            case NETWORK:
                int network = IpAddresses.parseNetworkLabel(source);
                return network == -1 ? 0 : Hashing.key(100 + kind.ordinal(), realmKey, network);
            case ASN:
                long asn = Evidence.parseAsn(source);
                return asn <= 0 ? 0 : Hashing.key(100 + kind.ordinal(), realmKey, (int) asn);
            default:
                return agentKey == 0 ? 0 : Hashing.key(100 + kind.ordinal(), realmKey, agentKey);
        }
    }

    /**
     * The event's source windows, indexed by kind ({@code null} where absent), marked as used; with {@code
     * create}, missing ones are made. The array is reused by the next call.
     */
    public FailureWindow[] sources(long realmKey, Observation o, boolean create) {
        for (SourceKind kind : KINDS) {
            long key = sourceKey(kind, realmKey, o);
            FailureWindow window = null;
            if (key != 0) {
                LruTable<FailureWindow> table = bySource[kind.ordinal()];
                window = table.get(key); // a success counts as use too, so LRU order stays activity order
                if (window == null && create) {
                    window = new FailureWindow();
                    int now = UtcClock.seconds(o.millis);
                    table.expireOldest(w -> now - w.lastSecond() > IDLE_SECONDS, 2);
                    table.put(key, window);
                }
            }
            found[kind.ordinal()] = window;
        }
        return found;
    }

    public FailureWindow username(long usernameKey, int second, boolean create) {
        FailureWindow window = byUsername.get(usernameKey);
        if (window == null && create) {
            window = new FailureWindow();
            byUsername.expireOldest(w -> second - w.lastSecond() > IDLE_SECONDS, 2);
            byUsername.put(usernameKey, window);
        }
        return window;
    }


    public FailureWindow sourceWindow(SourceKind kind, long key) {
        return bySource[kind.ordinal()].peek(key);
    }

    public int windows() {
        int total = byUsername.size();
        for (LruTable<FailureWindow> table : bySource) {
            total += table.size();
        }
        return total;
    }

    public long bytes() {
        long total = byUsername.tableBytes() + byUsername.sum(FailureWindow::bytes);
        for (LruTable<FailureWindow> table : bySource) {
            total += table.tableBytes() + table.sum(FailureWindow::bytes);
        }
        return total;
    }
}
