package io.runtimeaccess.anomaly;

import io.runtimeaccess.anomaly.admin.AdminProfile;
import io.runtimeaccess.anomaly.state.RealmCounts;
import io.runtimeaccess.anomaly.state.RealmStats;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The snapshot format, version {@value #VERSION} (versions 1 to 3 are still read, see below). A plain
 * header, then a deflated body:
 * <pre>
 *   int    magic 0x52414153 ("RAAS")
 *   short  format version
 *   UTF    model version that wrote it (informational)
 *   -- deflated from here --
 *   int    realms;   each: UTF id, long sign-ins, long[24] hours, long[7] weekdays,
 *                    long[levels·buckets] novelty trials, long[levels·buckets] novelty hits,
 *                    long[20] novelty pairs, long new operators, long new hosting operators,
 *                    long users learned, int n + n × (long key, int first count, int second count,
 *                    char day last counted) (the realm's counts, since version 4),
 *                    double usual failures per minute, long minutes seen
 *   int    users;    each (least recently active first): long key, int sign-ins, long last sign-in,
 *                    float latitude, float longitude, int country, int ASN, int network,
 *                    byte flags (1 last sign-in VPN, 2 ever VPN, 4 last sign-in mobile carrier),
 *                    short n + long[n] table, short n + byte[n] clock,
 *                    short n + long[n] device ids (n = 0 for a user without; since version 2)
 *   int    sessions; each (oldest first): long key, int second, int country, int ASN, int network, byte flags,
 *                    int sign-in header key, int sign-in browser key, int token client header key
 *                    (the three since version 4)
 *   int    admins;   each (oldest first): long key, int changes, int usual peak (all categories),
 *                    short n + int[n] usual peak per category (creates, deletes, role/group changes),
 *                    short n + long[n] networks, short n + int[n] second each network was first seen (-1 confirmed)
 * </pre>
 * Versions 1 and 2 have no per-category peaks and no network confirmation: their admins are
 * {@code long key, int changes, int usual peak, short n + long[n] networks} (see
 * {@link AdminProfile#restoreCombinedPeak}); version 1 users have no device ids; sessions before version 4
 * have no browser keys (their token requests are then compared by network alone). Versions 1 to 3 hold the
 * realm's counts in a count-min sketch ({@code int width, int[4·width] counters} where version 4 has its
 * users and keys): it is skipped, and the realm's counts start fresh, together with the sign-in, hour
 * and weekday counts they are shares of (as in a new realm); novelty rates and profiles are kept.
 * Failure windows are minutes long and not kept. Entries are written least recently used first, so
 * restoring them in order rebuilds the LRU order; entries beyond the restoring scorer's caps are dropped
 * oldest first by the tables themselves. The header and the realms are written here, the three tables
 * by {@link TableSnapshots}.
 */
final class Snapshots {

    static final int MAGIC = 0x52414153;
    static final int VERSION = 4;
    /** The first format; its users have no device ids. */
    static final int VERSION_WITHOUT_DEVICE_IDS = 1;
    /** The last format whose admins have one combined peak and no network confirmation. */
    static final int VERSION_WITH_COMBINED_ADMIN_PEAK = 2;
    /** The last format whose realm counts were a count-min sketch of 4 rows. */
    static final int VERSION_WITH_SKETCH = 3;
    private static final int SKETCH_ROWS = 4;
    /** The last format whose sessions have no browser keys. */
    static final int VERSION_WITHOUT_SESSION_AGENT = 3;

    private Snapshots() {
    }

    static byte[] write(ScorerState state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try {
            DataOutputStream header = new DataOutputStream(bytes);
            header.writeInt(MAGIC);
            header.writeShort(VERSION);
            header.writeUTF(AnomalyScorer.MODEL_VERSION);
            header.flush();
            DeflaterOutputStream deflated = new DeflaterOutputStream(bytes, new Deflater(Deflater.BEST_SPEED), 1 << 16);
            DataOutputStream out = new DataOutputStream(deflated);
            writeRealms(out, state);
            TableSnapshots.writeUsers(out, state);
            TableSnapshots.writeSessions(out, state);
            TableSnapshots.writeAdmins(out, state);
            out.flush();
            deflated.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen on a byte array
        }
        return bytes.toByteArray();
    }

    static ScorerState read(byte[] snapshot, ScorerSettings settings, StateBudget budget) {
        DataInputStream header = new DataInputStream(new ByteArrayInputStream(snapshot));
        int version = readHeader(header);
        if (version < VERSION_WITHOUT_DEVICE_IDS || version > VERSION) {
            throw new IllegalArgumentException("Unsupported anomaly scorer snapshot version " + version
                    + "; this scorer (model " + AnomalyScorer.MODEL_VERSION + ") reads versions "
                    + VERSION_WITHOUT_DEVICE_IDS + " to " + VERSION);
        }
        try {
            header.readUTF();
            DataInputStream in = new DataInputStream(new InflaterInputStream(header));
            ScorerState state = new ScorerState(settings, budget);
            boolean withCounts = version > VERSION_WITH_SKETCH;
            readRealms(in, state, withCounts);
            TableSnapshots.readUsers(in, state, version > VERSION_WITHOUT_DEVICE_IDS);
            for (Realm realm : state.realms.values()) {
                // now that the users are back, the table's limit can be known; an old realm's own share is
                // unknown: at most all of them
                realm.stats.restoreUsers(withCounts ? realm.stats.users() : state.users.size());
            }
            TableSnapshots.readSessions(in, state, version > VERSION_WITHOUT_SESSION_AGENT);
            TableSnapshots.readAdmins(in, state, version > VERSION_WITH_COMBINED_ADMIN_PEAK);
            return state;
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Corrupt or truncated anomaly scorer snapshot: " + e.getMessage(), e);
        }
    }

    /** Checks the magic number and returns the format version. */
    private static int readHeader(DataInputStream header) {
        try {
            if (header.readInt() != MAGIC) {
                throw new IllegalArgumentException("Not an anomaly scorer snapshot (bad magic number)");
            }
            return header.readUnsignedShort();
        } catch (IOException e) {
            throw new IllegalArgumentException("Not an anomaly scorer snapshot (too short)", e);
        }
    }

    private static void writeRealms(DataOutputStream out, ScorerState state) throws IOException {
        out.writeInt(state.realms.size());
        for (Realm realm : state.realms.values()) {
            RealmStats stats = realm.stats;
            out.writeUTF(realm.id);
            out.writeLong(stats.logins());
            SnapshotArrays.writeLongs(out, stats.hours());
            SnapshotArrays.writeLongs(out, stats.weekdays());
            SnapshotArrays.writeLongs(out, stats.novelTrials());
            SnapshotArrays.writeLongs(out, stats.novelHits());
            SnapshotArrays.writeLongs(out, stats.novelPairs());
            out.writeLong(stats.newOperators());
            out.writeLong(stats.newHostingOperators());
            out.writeLong(stats.users());
            writeCounts(out, stats.counts());
            out.writeDouble(realm.failures.usualPerMinute());
            out.writeLong(realm.failures.minutesSeen());
        }
    }

    private static void writeCounts(DataOutputStream out, RealmCounts counts) throws IOException {
        out.writeInt(counts.size());
        IOException[] failure = new IOException[1];
        counts.forEach((key, first, second, day) -> {
            try {
                out.writeLong(key);
                out.writeInt(first);
                out.writeInt(second);
                out.writeChar(day);
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private static void readRealms(DataInputStream in, ScorerState state, boolean withCounts) throws IOException {
        int realms = in.readInt();
        for (int r = 0; r < realms; r++) {
            Realm realm = state.realm(in.readUTF());
            RealmStats stats = realm.stats;
            stats.restoreLogins(in.readLong());
            SnapshotArrays.readLongs(in, stats.hours());
            SnapshotArrays.readLongs(in, stats.weekdays());
            SnapshotArrays.readLongs(in, stats.novelTrials());
            SnapshotArrays.readLongs(in, stats.novelHits());
            SnapshotArrays.readLongs(in, stats.novelPairs());
            stats.restoreNewOperators(in.readLong(), in.readLong());
            if (withCounts) {
                stats.restoreUsers(in.readLong());
                stats.counts().limit(Integer.MAX_VALUE); // set once the users are restored (see read)
                readCounts(in, stats.counts());
            } else {
                skipSketch(in);
                stats.restoreLogins(0); // the counts these are shares of start fresh: so do they
                java.util.Arrays.fill(stats.hours(), 0);
                java.util.Arrays.fill(stats.weekdays(), 0);
            }
            realm.failures.restoreUsual(in.readDouble(), in.readLong());
        }
        state.forgetLastRealm();
    }

    private static void readCounts(DataInputStream in, RealmCounts counts) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("negative count of realm keys: " + n);
        }
        for (int i = 0; i < n; i++) {
            counts.restore(in.readLong(), in.readInt(), in.readInt(), in.readChar());
        }
    }

    private static void skipSketch(DataInputStream in) throws IOException {
        int width = in.readInt();
        if (width < 1 || width > 1 << 24) {
            throw new IOException("sketch width " + width);
        }
        for (long i = 0, n = (long) SKETCH_ROWS * width; i < n; i++) {
            in.readInt();
        }
    }
}
