package io.runtimeaccess.anomaly.observation;

/**
 * Reads IPv6 text (RFC 4291 section 2.2: hex groups, one "::", an optional dotted IPv4 tail; also in
 * brackets and with a "%zone", which are ignored) as two 64-bit halves without allocating.
 *
 * <p>Two scans: {@link #shape} validates the text and counts its groups, so the second scan knows where
 * each group goes when "::" stands for a run of zero groups. A caller holds the shape in an int.
 */
final class Ipv6Text {

    /** Not IPv6 text. */
    static final int INVALID = -1;

    private static final int GROUPS = 8;

    private Ipv6Text() {
    }

    /** Where the address starts: after an opening bracket. */
    static int from(String ip) {
        return !ip.isEmpty() && ip.charAt(0) == '[' ? 1 : 0;
    }

    /** Where the address ends: at a zone ("%eth0") or a closing bracket, else at the end of the text. */
    static int to(String ip) {
        for (int i = 0, n = ip.length(); i < n; i++) {
            char c = ip.charAt(i);
            if (c == '%' || c == ']') {
                return i;
            }
        }
        return ip.length();
    }

    /**
     * The groups in [from, to): {@code groups << 8 | groupsBeforeGap << 4 | hasGap}, counting a dotted
     * IPv4 tail as two groups; {@link #INVALID} if the text is not an IPv6 address.
     */
    static int shape(String ip, int from, int to) {
        int groups = 0;
        int before = 0;
        boolean gap = false;
        int i = from;
        if (to - from >= 2 && ip.charAt(i) == ':' && ip.charAt(i + 1) == ':') {
            gap = true;
            i += 2;
        }
        while (i < to) {
            int start = i;
            int digits = 0;
            while (i < to && digits <= 4 && hex(ip.charAt(i)) >= 0) {
                i++;
                digits++;
            }
            if (i < to && ip.charAt(i) == '.') {
                // The dotted IPv4 tail: two groups, and the end of the text.
                if (IpAddresses.ipv4(ip, start, to) < 0 || groups + 2 > GROUPS) {
                    return INVALID;
                }
                groups += 2;
                i = to;
                break;
            }
            if (digits == 0 || digits > 4 || ++groups > GROUPS) {
                return INVALID;
            }
            if (i == to) {
                break;
            }
            if (ip.charAt(i) != ':') {
                return INVALID;
            }
            i++;
            if (i < to && ip.charAt(i) == ':') {
                if (gap) {
                    return INVALID; // "::" at most once
                }
                gap = true;
                before = groups;
                i++;
            } else if (i == to) {
                return INVALID; // a single trailing ':'
            }
        }
        if (gap ? groups > GROUPS - 1 : groups != GROUPS) {
            return INVALID;
        }
        return groups << 8 | before << 4 | (gap ? 1 : 0);
    }

    /** The high (first four groups) or low half of the address of a valid {@link #shape}. */
    static long half(String ip, int from, int to, int shape, boolean high) {
        int groups = shape >>> 8;
        int before = (shape >>> 4) & 0xF;
        boolean gap = (shape & 1) != 0;
        long half = 0;
        int index = 0;
        int parsed = 0;
        int i = from;
        if (gap && before == 0) {
            index = GROUPS - groups;
            i += 2;
        }
        while (i < to) {
            int start = i;
            int group = 0;
            while (i < to && ip.charAt(i) != ':' && ip.charAt(i) != '.') {
                group = group << 4 | hex(ip.charAt(i));
                i++;
            }
            if (i < to && ip.charAt(i) == '.') {
                long v4 = IpAddresses.ipv4(ip, start, to);
                half = place(half, index, (int) (v4 >>> 16), high);
                return place(half, index + 1, (int) (v4 & 0xFFFF), high);
            }
            half = place(half, index++, group, high);
            parsed++;
            if (i < to) {
                i++;
                if (gap && parsed == before && i < to && ip.charAt(i) == ':') {
                    index += GROUPS - groups;
                    i++;
                }
            }
        }
        return half;
    }

    /** An ASCII hex digit's value, or -1 (Character.digit would also take other scripts' digits). */
    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    private static long place(long half, int index, int group, boolean high) {
        int slot = high ? index : index - 4;
        if (slot < 0 || slot > 3) {
            return half;
        }
        return half | (long) (group & 0xFFFF) << (16 * (3 - slot));
    }
}
