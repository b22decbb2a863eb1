package io.runtimeaccess.events.sink;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Which addresses a webhook may reach. By default only public ones: a realm admin must not make the
 * server call its own management port, the cloud metadata service (169.254.169.254) or anything else
 * on the internal network. The host is checked after resolving it, on every address it resolves to,
 * both when the URL is saved and before each delivery; the JVM's DNS cache (30 s by default) then mostly makes
 * the HTTP client connect to the address just checked, so a name re-pointed at an internal address
 * after the save (DNS rebinding) is mostly refused too (not when the answer expires between the two lookups).
 */
public final class WebhookAddresses {

    /** Why {@link #refusal} refuses a host that does not resolve now: a DNS failure may pass, unlike an address. */
    static final String UNRESOLVED = "host does not resolve";


    private final boolean allowInternal;

    public WebhookAddresses(boolean allowInternal) {
        this.allowInternal = allowInternal;
    }

    /** Why the URL's host may not be called, or {@code null} when it may. Resolves the host (blocking). */
    public String refusal(URI url) {
        if (allowInternal) {
            return null;
        }
        String host = url.getHost();
        if (host == null) {
            return "has no host";
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return UNRESOLVED;
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                // not which one: the refusal reaches a realm admin, who must not map the internal network by it
                return "resolves to an internal address";
            }
        }
        return null;
    }

    /** Loopback, link-local, private, unique-local, shared (CGNAT), multicast, unspecified, or one of this host's own. */
    static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            // 0.0.0.0/8 "this network", 100.64.0.0/10 shared address space, 192.0.0.0/24 protocol
            // assignments, 198.18.0.0/15 benchmarking, 240.0.0.0/4 reserved and broadcast.
            if (first == 0 || (first == 100 && (second & 0xc0) == 64) || (first == 192 && second == 0
                    && (bytes[2] & 0xff) == 0) || (first == 198 && (second & 0xfe) == 18) || first >= 240) {
                return true;
            }
        } else if (address instanceof Inet6Address) {
            // fc00::/7 unique local; ::ffff:0:0/96 and 64:ff9b::/96 embed an IPv4 address: judge that one.
            if ((bytes[0] & 0xfe) == 0xfc) {
                return true;
            }
            InetAddress embedded = embeddedIpv4(bytes);
            if (embedded != null && isInternal(embedded)) {
                return true;
            }
        }
        return isOwnAddress(address);
    }

    private static InetAddress embeddedIpv4(byte[] bytes) {
        boolean mapped = allZero(bytes, 0, 10) && bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
        boolean nat64 = bytes[0] == 0 && bytes[1] == 0x64 && bytes[2] == (byte) 0xff && bytes[3] == (byte) 0x9b
                && allZero(bytes, 4, 12);
        boolean compatible = allZero(bytes, 0, 12);
        if (!mapped && !nat64 && !compatible) {
            return null;
        }
        try {
            return InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]});
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** An address of one of this host's interfaces reaches the management port even when it is public. */
    private static boolean isOwnAddress(InetAddress address) {
        try {
            return NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return true;
        }
    }
}
