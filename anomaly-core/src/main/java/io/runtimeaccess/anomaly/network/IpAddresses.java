package io.runtimeaccess.anomaly.network;

import io.runtimeaccess.anomaly.state.Hashing;

/**
 * IP text to compact keys without allocating: the address as a 64-bit key and its network (an IPv4 /24
 * or an IPv6 /48, the usual size of one site) as a 32-bit table value.
 *
 * <p>An IPv4 network value is the /24 prefix itself ({@code address >>> 8}, below 2^24), so it can be
 * printed back as "203.0.113.0/24" in evidence. An IPv6 network value is a hash with the top bit set,
 * which no IPv4 value has. Text that is not an address hashes as text.
 */
public final class IpAddresses {

    private static final int V6_FLAG = 0x8000_0000;

    private IpAddresses() {
    }

    /** The IPv4 address as an unsigned int in a long, or -1 if the text is not dotted-quad IPv4. */
    public static long ipv4(String ip) {
        if (ip == null) {
            return -1;
        }
        long address = 0;
        int octet = -1;
        int dots = 0;
        for (int i = 0, n = ip.length(); i < n; i++) {
            char c = ip.charAt(i);
            if (c >= '0' && c <= '9') {
                octet = (octet < 0 ? 0 : octet * 10) + (c - '0');
                if (octet > 255) {
                    return -1;
                }
            } else if (c == '.' && octet >= 0 && dots < 3) {
                address = (address << 8) | octet;
                octet = -1;
                dots++;
            } else {
                return -1;
            }
        }
        if (dots != 3 || octet < 0) {
            return -1;
        }
        return (address << 8) | octet;
    }

    /** A 64-bit key of the exact address. */
    public static long addressKey(String ip) {
        long v4 = ipv4(ip);
        return v4 >= 0 ? v4 : Hashing.hash64(ip) | (1L << 63);
    }

    /** The network value: the IPv4 /24 prefix, or a flagged hash of the IPv6 /48. */
    public static int network(String ip) {
        long v4 = ipv4(ip);
        if (v4 >= 0) {
            return (int) (v4 >>> 8);
        }
        return ipv6Network(ip) | V6_FLAG;
    }

    /** "203.0.113.0/24" for an IPv4 network value, "IPv6 /48 #hash" otherwise. */
    public static String networkLabel(int network) {
        if ((network & V6_FLAG) != 0) {
            return "IPv6 /48 #" + Integer.toHexString(network & ~V6_FLAG);
        }
        return ((network >>> 16) & 0xFF) + "." + ((network >>> 8) & 0xFF) + "." + (network & 0xFF) + ".0/24";
    }

    /** Reads {@link #networkLabel} back (for dismissals); -1 if it is not one. */
    public static int parseNetworkLabel(String label) {
        if (label == null) {
            return -1;
        }
        if (label.startsWith("IPv6 /48 #")) {
            try {
                return Integer.parseUnsignedInt(label.substring(10), 16) | V6_FLAG;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        int slash = label.indexOf('/');
        long v4 = ipv4(slash < 0 ? label : label.substring(0, slash));
        return v4 < 0 ? -1 : (int) (v4 >>> 8);
    }

    /**
     * Hash of the first three 16-bit groups of an IPv6 address, expanding "::". Only the groups before
     * "::" (and after it, right-aligned) matter, so one scan suffices.
     */
    private static int ipv6Network(String ip) {
        if (ip == null) {
            return 0;
        }
        int n = ip.length();
        int percent = ip.indexOf('%');
        if (percent >= 0) {
            n = percent;
        }
        int gap = ip.indexOf("::");
        long prefix;
        if (gap < 0 || gap > n) {
            prefix = groups(ip, 0, n, 3, 0);
        } else {
            int before = countGroups(ip, 0, gap);
            if (before >= 3) {
                prefix = groups(ip, 0, gap, 3, 0);
            } else {
                int after = countGroups(ip, gap + 2, n);
                int zeros = 8 - before - after;
                long head = groups(ip, 0, gap, before, 0);
                int needed = 3 - before;
                int fromZeros = Math.min(needed, zeros);
                head <<= 16 * fromZeros;
                int fromTail = needed - fromZeros;
                long tail = fromTail > 0 ? groups(ip, gap + 2, n, fromTail, 0) : 0;
                prefix = (head << (16 * fromTail)) | tail;
            }
        }
        return (int) Hashing.mix(prefix) & ~V6_FLAG;
    }

    private static int countGroups(String ip, int from, int to) {
        if (to <= from) {
            return 0;
        }
        int groups = 1;
        for (int i = from; i < to; i++) {
            if (ip.charAt(i) == ':') {
                groups++;
            }
        }
        return groups;
    }

    /** The first {@code max} hex groups in [from, to) as one number. */
    private static long groups(String ip, int from, int to, int max, long acc) {
        int taken = 0;
        int group = 0;
        boolean inGroup = false;
        for (int i = from; i < to && taken < max; i++) {
            char c = ip.charAt(i);
            int digit = Character.digit(c, 16);
            if (digit >= 0) {
                group = (group << 4) | digit;
                inGroup = true;
            } else if (c == ':') {
                acc = (acc << 16) | (group & 0xFFFF);
                taken++;
                group = 0;
                inGroup = false;
            } else {
                break; // an embedded IPv4 tail or junk: the prefix groups are what we need
            }
        }
        if (inGroup && taken < max) {
            acc = (acc << 16) | (group & 0xFFFF);
        }
        return acc;
    }
}
