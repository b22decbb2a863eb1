package io.runtimeaccess.anomaly.observation;

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

    /**
     * The IPv4 address as an unsigned int in a long, or -1 if the text is not IPv4. Dotted-quad text and
     * IPv4-mapped IPv6 text ("::ffff:203.0.113.7", "::ffff:cb00:7107", also bracketed or with a zone)
     * are the same address: a dual-stack server reports IPv4 clients in the mapped form.
     */
    public static long ipv4(String ip) {
        if (ip == null) {
            return -1;
        }
        long v4 = ipv4(ip, 0, ip.length());
        return v4 >= 0 || ip.indexOf(':') < 0 ? v4 : mappedIpv4(ip);
    }

    /** Dotted-quad IPv4 in [from, to), or -1. */
    static long ipv4(String ip, int from, int to) {
        long address = 0;
        int octet = -1;
        int dots = 0;
        for (int i = from; i < to; i++) {
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

    /** The IPv4 address of {@code ::ffff:a.b.c.d} (RFC 4291 section 2.5.5.2), or -1. */
    private static long mappedIpv4(String ip) {
        int from = Ipv6Text.from(ip);
        if (from >= ip.length() || ip.charAt(from) != ':' && ip.charAt(from) != '0') {
            return -1; // its first group is not zero: a global address, no need to parse it
        }
        int to = Ipv6Text.to(ip);
        int shape = Ipv6Text.shape(ip, from, to);
        if (shape == Ipv6Text.INVALID || Ipv6Text.half(ip, from, to, shape, true) != 0) {
            return -1;
        }
        long low = Ipv6Text.half(ip, from, to, shape, false);
        return low >>> 32 == 0xFFFF ? low & 0xFFFF_FFFFL : -1;
    }

    /** True for IPv6 text that is not an IPv4-mapped address (those are {@link #ipv4}). */
    public static boolean isIpv6(String ip) {
        return ip != null && ipv4(ip) < 0 && Ipv6Text.shape(ip, Ipv6Text.from(ip), Ipv6Text.to(ip)) != Ipv6Text.INVALID;
    }

    /**
     * The first 64 bits of IPv6 text (the routing prefix and subnet: one site), or 0 if it is not IPv6.
     * Registries and geolocation tables assign no block smaller than a /64 to one place. The first /64
     * (loopback, IPv4-mapped and -compatible addresses) is 0 too: it is nowhere.
     */
    public static long ipv6Prefix64(String ip) {
        if (ip == null) {
            return 0;
        }
        int from = Ipv6Text.from(ip);
        int to = Ipv6Text.to(ip);
        int shape = Ipv6Text.shape(ip, from, to);
        return shape == Ipv6Text.INVALID ? 0 : Ipv6Text.half(ip, from, to, shape, true);
    }

    /**
     * A 64-bit key of the exact address: the IPv4 address itself, or a flagged hash of the 128-bit IPv6
     * address (so "2001:db8::1" and "2001:0db8:0:0::1" are one key), or of other text.
     */
    public static long addressKey(String ip) {
        long v4 = ipv4(ip);
        if (v4 >= 0) {
            return v4;
        }
        if (ip == null) {
            return Hashing.hash64(ip) | (1L << 63);
        }
        int from = Ipv6Text.from(ip);
        int to = Ipv6Text.to(ip);
        int shape = Ipv6Text.shape(ip, from, to);
        if (shape == Ipv6Text.INVALID) {
            return Hashing.hash64(ip) | (1L << 63);
        }
        long high = Ipv6Text.half(ip, from, to, shape, true);
        long low = Ipv6Text.half(ip, from, to, shape, false);
        return Hashing.mix(Hashing.mix(high) ^ low) | (1L << 63);
    }

    /** The network value: the IPv4 /24 prefix, or a flagged hash of the IPv6 /48 (or of other text). */
    public static int network(String ip) {
        long v4 = ipv4(ip);
        if (v4 >= 0) {
            return (int) (v4 >>> 8);
        }
        if (ip == null) {
            return V6_FLAG;
        }
        int from = Ipv6Text.from(ip);
        int to = Ipv6Text.to(ip);
        int shape = Ipv6Text.shape(ip, from, to);
        long prefix = shape == Ipv6Text.INVALID ? Hashing.hash64(ip)
                : Ipv6Text.half(ip, from, to, shape, true) >>> 16;
        return (int) Hashing.mix(prefix) & ~V6_FLAG | V6_FLAG;
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
}
