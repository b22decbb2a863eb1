package io.runtimeaccess.anomaly.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void ipv4MappedIpv6IsTheIpv4Address() {
        long v4 = IpAddresses.ipv4("203.0.113.7");
        for (String mapped : new String[] {"::ffff:203.0.113.7", "::FFFF:203.0.113.7", "0:0:0:0:0:ffff:203.0.113.7",
            "::ffff:cb00:7107", "0000:0000:0000:0000:0000:FFFF:CB00:7107", "[::ffff:203.0.113.7]",
            "::ffff:203.0.113.7%eth0", "[::ffff:cb00:7107%25en0]"}) {
            assertEquals(v4, IpAddresses.ipv4(mapped), mapped);
            assertEquals(IpAddresses.network("203.0.113.7"), IpAddresses.network(mapped), mapped);
            assertEquals(IpAddresses.addressKey("203.0.113.7"), IpAddresses.addressKey(mapped), mapped);
            assertFalse(IpAddresses.isIpv6(mapped), mapped);
        }
        assertEquals("203.0.113.0/24", IpAddresses.networkLabel(IpAddresses.network("::ffff:203.0.113.250")));
        assertNotEquals(IpAddresses.network("::ffff:203.0.113.7"), IpAddresses.network("::ffff:198.51.100.7"));
    }

    @Test
    void notMappedIsNotIpv4() {
        for (String other : new String[] {"::203.0.113.7", "::fffe:203.0.113.7", "1::ffff:203.0.113.7",
            "::ffff:0:203.0.113.7", "::ffff:203.0.113", "::ffff:203.0.113.256", "::ffff:1:2:3", ":ffff:1.2.3.4",
            "::ffff::1.2.3.4", "::ffff:12345", "ffff:1.2.3.4", "::1", "garbage:ffff"}) {
            assertEquals(-1, IpAddresses.ipv4(other), other);
        }
    }

    @Test
    void ipv6TextFormsAreOneAddress() {
        long key = IpAddresses.addressKey("2001:db8::1");
        assertEquals(key, IpAddresses.addressKey("2001:0DB8:0:0:0:0:0:1"));
        assertEquals(key, IpAddresses.addressKey("[2001:db8::1]"));
        assertEquals(key, IpAddresses.addressKey("2001:db8:0::0:1%eth0"));
        assertNotEquals(key, IpAddresses.addressKey("2001:db8::2"));
        assertEquals(0x2001_0db8_0001_0002L, IpAddresses.ipv6Prefix64("2001:db8:1:2:3:4:5:6"));
        assertEquals(0x2001_0db8_0000_0000L, IpAddresses.ipv6Prefix64("2001:db8::5:6"));
        assertEquals(0xfe80_0000_0000_0000L, IpAddresses.ipv6Prefix64("fe80::1%eth0"));
        assertEquals(5, IpAddresses.ipv6Prefix64("::5:6:7:8:9"));
        assertEquals(0, IpAddresses.ipv6Prefix64("::6:7:8:9"));
        assertEquals(0x0001_0002_0003_0004L, IpAddresses.ipv6Prefix64("1:2:3:4::"));
        assertEquals(0x0001_0002_0003_0000L, IpAddresses.ipv6Prefix64("1:2:3::7:8:9:10"), "gap of one group");
        assertTrue(IpAddresses.isIpv6("2001:db8::1"));
        assertTrue(IpAddresses.isIpv6("1:2:3:4:5:6:7:8"));
        assertTrue(IpAddresses.isIpv6("::"));
        assertTrue(IpAddresses.isIpv6("64:ff9b::203.0.113.7"));
        for (String bad : new String[] {"1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "1::2::3", "1:2:3:4:5:6:7:8::", ":::",
            "12345::1", "g::1", "1:", ":1", "", "203.0.113.7", "1:2:3:4:5:6:7:1.2.3.4", "\u0662001:db8::1", null}) {
            assertFalse(IpAddresses.isIpv6(bad), String.valueOf(bad));
        }
    }
}
