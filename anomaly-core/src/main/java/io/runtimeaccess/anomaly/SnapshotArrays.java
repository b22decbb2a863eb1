package io.runtimeaccess.anomaly;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** The array encodings every part of a snapshot shares: plain runs, and length-prefixed fixed-size tables. */
final class SnapshotArrays {

    private SnapshotArrays() {
    }

    static void writeLongs(DataOutputStream out, long[] values) throws IOException {
        for (long value : values) {
            out.writeLong(value);
        }
    }

    static void writeInts(DataOutputStream out, int[] values) throws IOException {
        for (int value : values) {
            out.writeInt(value);
        }
    }

    static void readLongs(DataInputStream in, long[] into) throws IOException {
        for (int i = 0; i < into.length; i++) {
            into[i] = in.readLong();
        }
    }

    /** Reads a length-prefixed long array into a fixed-size one; the sizes must match. */
    static void readExactly(DataInputStream in, long[] into) throws IOException {
        int n = in.readUnsignedShort();
        if (n != into.length) {
            throw new IOException("table of " + n + " longs, expected " + into.length);
        }
        readLongs(in, into);
    }

    /** Reads a length-prefixed int array into a fixed-size one; the sizes must match. */
    static void readExactly(DataInputStream in, int[] into) throws IOException {
        int n = in.readUnsignedShort();
        if (n != into.length) {
            throw new IOException("table of " + n + " ints, expected " + into.length);
        }
        for (int i = 0; i < into.length; i++) {
            into[i] = in.readInt();
        }
    }
}
