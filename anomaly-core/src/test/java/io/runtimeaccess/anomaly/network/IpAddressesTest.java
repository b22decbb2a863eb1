package io.runtimeaccess.anomaly.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class IpAddressesTest {

    @Test
    void ipv4NetworksAreReadableSlash24s() {
        assertEquals(0xCB007107L, IpAddresses.ipv4("203.0.113.7"));
        assertEquals(-1, IpAddresses.ipv4("203.0.113"));
        assertEquals(-1, IpAddresses.ipv4("203.0.113.256"));
        assertEquals(-1, IpAddresses.ipv4("2001:db8::1"));
        int network = IpAddresses.network("203.0.113.7");
        assertEquals("203.0.113.0/24", IpAddresses.networkLabel(network));
        assertEquals(network, IpAddresses.parseNetworkLabel("203.0.113.0/24"));
        assertEquals(network, IpAddresses.network("203.0.113.250"));
    }

    @Test
    void ipv6NetworksAreSlash48s() {
        int a = IpAddresses.network("2001:db8:1234:1::1");
        assertEquals(a, IpAddresses.network("2001:0db8:1234:ffff:1:2:3:4"));
        assertEquals(a, IpAddresses.network("2001:db8:1234::"));
        assertNotEquals(a, IpAddresses.network("2001:db8:1235::1"));
        assertEquals(IpAddresses.network("2001:db8::1"), IpAddresses.network("2001:db8:0::5"));
        assertEquals(a, IpAddresses.parseNetworkLabel(IpAddresses.networkLabel(a)));
        assertEquals(IpAddresses.network("::1"), IpAddresses.network("0:0:0::2"));
    }

    @Test
    void greatCircleDistances() {
        assertEquals(878, GreatCircle.km(52.52, 13.405, 48.8566, 2.3522), 5); // Berlin - Paris
        assertEquals(0, GreatCircle.km(1, 1, 1, 1), 1e-9);
    }
}
