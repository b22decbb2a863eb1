package io.runtimeaccess.anomaly;

import io.runtimeaccess.anomaly.admin.AdminProfile;
import io.runtimeaccess.anomaly.session.SessionOrigin;
import io.runtimeaccess.anomaly.state.UserProfile;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The parts of a snapshot that hold the scorer's least-recently-used tables: users, sessions and admins,
 * in the layout {@link Snapshots} describes. Each is written oldest first, so reading it back in order
 * rebuilds the LRU order; the version flags let older formats be read.
 */
final class TableSnapshots {

    private static final int LAST_HOSTING = 1;
    private static final int USED_HOSTING = 2;
    /**
     * Added within format 1: a free bit of the same byte, so snapshots written before it restore with
     * "not a carrier" (the travel check then works as it did) and older readers ignore it.
     */
    private static final int LAST_MOBILE = 4;

    private TableSnapshots() {
    }

    static void writeUsers(DataOutputStream out, ScorerState state) throws IOException {
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
                SnapshotArrays.writeLongs(out, profile.table());
                out.writeShort(profile.clock().length);
                out.write(profile.clock());
                long[] deviceIds = profile.deviceIdsRaw();
                out.writeShort(deviceIds == null ? 0 : deviceIds.length);
                if (deviceIds != null) {
                    SnapshotArrays.writeLongs(out, deviceIds);
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

    static void readUsers(DataInputStream in, ScorerState state, boolean withDeviceIds) throws IOException {
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
            SnapshotArrays.readExactly(in, profile.table());
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

    static void writeSessions(DataOutputStream out, ScorerState state) throws IOException {
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

    static void readSessions(DataInputStream in, ScorerState state, boolean withAgent) throws IOException {
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

    static void writeAdmins(DataOutputStream out, ScorerState state) throws IOException {
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
                SnapshotArrays.writeLongs(out, admin.networks());
                out.writeShort(admin.networkSince().length);
                SnapshotArrays.writeInts(out, admin.networkSince());
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    static void readAdmins(DataInputStream in, ScorerState state, boolean perCategory) throws IOException {
        int admins = in.readInt();
        for (int a = 0; a < admins; a++) {
            long key = in.readLong();
            AdminProfile admin = new AdminProfile();
            int actions = in.readInt();
            int usualPeak = in.readInt();
            if (perCategory) {
                int[] peaks = new int[AdminProfile.CATEGORIES];
                SnapshotArrays.readExactly(in, peaks);
                SnapshotArrays.readExactly(in, admin.networks());
                SnapshotArrays.readExactly(in, admin.networkSince());
                admin.restore(actions, usualPeak, peaks);
            } else {
                SnapshotArrays.readExactly(in, admin.networks());
                admin.restoreCombinedPeak(actions, usualPeak);
            }
            state.admins.put(key, admin);
        }
    }
    private static void readDeviceIds(DataInputStream in, UserProfile profile) throws IOException {
        int n = in.readUnsignedShort();
        if (n > 0) {
            long[] deviceIds = new long[n];
            SnapshotArrays.readLongs(in, deviceIds);
            profile.restoreDeviceIds(deviceIds);
        }
    }
}
