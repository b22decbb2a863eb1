package io.runtimeaccess.anomaly;

import io.runtimeaccess.anomaly.admin.AdminProfile;
import io.runtimeaccess.anomaly.session.SessionOrigin;
import io.runtimeaccess.anomaly.state.Level;
import io.runtimeaccess.anomaly.state.RealmCounts;
import io.runtimeaccess.anomaly.state.RealmStats;
import io.runtimeaccess.anomaly.state.UserProfile;
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
 * oldest first by the tables themselves.
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

    private static final int LAST_HOSTING = 1;
    private static final int USED_HOSTING = 2;
    /**
     * Added within format 1: a free bit of the same byte, so snapshots written before it restore with
     * "not a carrier" (the travel check then works as it did) and older readers ignore it.
     */
    private static final int LAST_MOBILE = 4;
    private static final int LEVELS = Level.values().length;

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
            writeUsers(out, state);
            writeSessions(out, state);
            writeAdmins(out, state);
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
            readUsers(in, state, version > VERSION_WITHOUT_DEVICE_IDS);
            for (Realm realm : state.realms.values()) {
                // now that the users are back, the table's limit can be known; an old realm's own share is
                // unknown: at most all of them
                realm.stats.restoreUsers(withCounts ? realm.stats.users() : state.users.size());
            }
            readSessions(in, state, version > VERSION_WITHOUT_SESSION_AGENT);
            readAdmins(in, state, version > VERSION_WITH_COMBINED_ADMIN_PEAK);
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
            writeLongs(out, stats.hours());
            writeLongs(out, stats.weekdays());
            writeLongs(out, stats.novelTrials());
            writeLongs(out, stats.novelHits());
            writeLongs(out, stats.novelPairs());
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
            readLongs(in, stats.hours());
            readLongs(in, stats.weekdays());
            readLongs(in, stats.novelTrials());
            readLongs(in, stats.novelHits());
            readLongs(in, stats.novelPairs());
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

    private static void writeUsers(DataOutputStream out, ScorerState state) throws IOException {
        out.writeInt(state.users.size());
        IOException[] failure = new IOException[1];
        state.users.forEachOldestFirst((key, profile) -> {
            try {
                out.writeLong(key);
                out.writeInt(profile.logins());
                out.writeLong(profile.lastLoginMillis());
                out.writeFloat(profile.lastLatitudeRaw());
                out.writeFloat(profile.lastLongitudeRaw());
                out.writeInt(profile.lastCountry());
                out.writeInt(profile.lastAsn());
                out.writeInt(profile.lastNetwork());
                out.writeByte(userFlags(profile));
                out.writeShort(profile.table().length);
                writeLongs(out, profile.table());
                out.writeShort(profile.clock().length);
                out.write(profile.clock());
                long[] deviceIds = profile.deviceIdsRaw();
                out.writeShort(deviceIds == null ? 0 : deviceIds.length);
                if (deviceIds != null) {
                    writeLongs(out, deviceIds);
                }
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private static int userFlags(UserProfile profile) {
        return (profile.lastHosting() ? LAST_HOSTING : 0) | (profile.usedHosting() ? USED_HOSTING : 0)
                | (profile.lastMobile() ? LAST_MOBILE : 0);
    }

    private static void readUsers(DataInputStream in, ScorerState state, boolean withDeviceIds) throws IOException {
        int users = in.readInt();
        for (int u = 0; u < users; u++) {
            long key = in.readLong();
            UserProfile profile = new UserProfile();
            int logins = in.readInt();
            long last = in.readLong();
            float latitude = in.readFloat();
            float longitude = in.readFloat();
            int country = in.readInt();
            int asn = in.readInt();
            int network = in.readInt();
            int flags = in.readUnsignedByte();
            profile.restoreScalars(logins, last, latitude, longitude, country, asn, network,
                    (flags & LAST_HOSTING) != 0, (flags & LAST_MOBILE) != 0, (flags & USED_HOSTING) != 0);
            readExactly(in, profile.table());
            int clock = in.readUnsignedShort();
            if (clock != profile.clock().length) {
                throw new IOException("clock of " + clock + " bytes, expected " + profile.clock().length);
            }
            in.readFully(profile.clock());
            if (withDeviceIds) {
                readDeviceIds(in, profile);
            }
            state.users.put(key, profile);
        }
    }

    private static void writeSessions(DataOutputStream out, ScorerState state) throws IOException {
        out.writeInt(state.sessions.size());
        IOException[] failure = new IOException[1];
        state.sessions.forEachOldestFirst((key, origin) -> {
            try {
                out.writeLong(key);
                out.writeInt(origin.second());
                out.writeInt(origin.country());
                out.writeInt(origin.asn());
                out.writeInt(origin.network());
                out.writeByte((origin.hosting() ? 1 : 0) | (origin.tokenSourceCounted() ? 2 : 0));
                out.writeInt(origin.agent());
                out.writeInt(origin.agentBrowser());
                out.writeInt(origin.client());
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private static void readSessions(DataInputStream in, ScorerState state, boolean withAgent) throws IOException {
        int sessions = in.readInt();
        for (int s = 0; s < sessions; s++) {
            long key = in.readLong();
            int second = in.readInt();
            int country = in.readInt();
            int asn = in.readInt();
            int network = in.readInt();
            int flags = in.readUnsignedByte();
            SessionOrigin origin = new SessionOrigin(second, country, asn, network, (flags & 1) != 0);
            if ((flags & 2) != 0) {
                origin.markTokenSourceCounted();
            }
            if (withAgent) {
                origin.restoreAgent(in.readInt(), in.readInt(), in.readInt());
            }
            state.sessions.put(key, origin);
        }
    }

    private static void writeAdmins(DataOutputStream out, ScorerState state) throws IOException {
        out.writeInt(state.admins.size());
        IOException[] failure = new IOException[1];
        state.admins.forEachOldestFirst((key, admin) -> {
            try {
                out.writeLong(key);
                out.writeInt(admin.actions());
                out.writeInt(admin.usualPeak());
                out.writeShort(AdminProfile.CATEGORIES);
                for (int c = 0; c < AdminProfile.CATEGORIES; c++) {
                    out.writeInt(admin.usualPeak(c));
                }
                out.writeShort(admin.networks().length);
                writeLongs(out, admin.networks());
                out.writeShort(admin.networkSince().length);
                writeInts(out, admin.networkSince());
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private static void readAdmins(DataInputStream in, ScorerState state, boolean perCategory) throws IOException {
        int admins = in.readInt();
        for (int a = 0; a < admins; a++) {
            long key = in.readLong();
            AdminProfile admin = new AdminProfile();
            int actions = in.readInt();
            int usualPeak = in.readInt();
            if (perCategory) {
                int[] peaks = new int[AdminProfile.CATEGORIES];
                readExactly(in, peaks);
                readExactly(in, admin.networks());
                readExactly(in, admin.networkSince());
                admin.restore(actions, usualPeak, peaks);
            } else {
                readExactly(in, admin.networks());
                admin.restoreCombinedPeak(actions, usualPeak);
            }
            state.admins.put(key, admin);
        }
    }

    private static void writeLongs(DataOutputStream out, long[] values) throws IOException {
        for (long value : values) {
            out.writeLong(value);
        }
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        for (int value : values) {
            out.writeInt(value);
        }
    }

    private static void readLongs(DataInputStream in, long[] into) throws IOException {
        for (int i = 0; i < into.length; i++) {
            into[i] = in.readLong();
        }
    }

    private static void readDeviceIds(DataInputStream in, UserProfile profile) throws IOException {
        int n = in.readUnsignedShort();
        if (n > 0) {
            long[] deviceIds = new long[n];
            readLongs(in, deviceIds);
            profile.restoreDeviceIds(deviceIds);
        }
    }

    /** Reads a length-prefixed long array into a fixed-size one; the sizes must match. */
    private static void readExactly(DataInputStream in, long[] into) throws IOException {
        int n = in.readUnsignedShort();
        if (n != into.length) {
            throw new IOException("table of " + n + " longs, expected " + into.length);
        }
        readLongs(in, into);
    }

    /** Reads a length-prefixed int array into a fixed-size one; the sizes must match. */
    private static void readExactly(DataInputStream in, int[] into) throws IOException {
        int n = in.readUnsignedShort();
        if (n != into.length) {
            throw new IOException("table of " + n + " ints, expected " + into.length);
        }
        for (int i = 0; i < into.length; i++) {
            into[i] = in.readInt();
        }
    }
}
