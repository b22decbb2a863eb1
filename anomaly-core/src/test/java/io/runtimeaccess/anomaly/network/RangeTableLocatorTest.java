package io.runtimeaccess.anomaly.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.observation.IpAddresses;
import io.runtimeaccess.anomaly.observation.NetworkLocation;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class RangeTableLocatorTest {

    private static final String COUNTRIES = "198.51.100.0,198.51.100.255,DE\n"
            + "2001:db8::,2001:db8::ffff,FR\n"
            + "203.0.113.0,203.0.113.127,BR\n"
            + "10.0.0.0,10.255.255.255,ZZ\n";
    private static final String ASNS = "203.0.113.0,203.0.113.255,64500,\"Example Hosting, Inc.\"\n"
            + "198.51.100.0,198.51.100.255,64501,Deutsche Example Telekom\n";

    private static final String CITIES = "198.51.100.0,198.51.100.127,DE,Bavaria,,Munich,80331,48.137,11.575,Europe/Berlin\n";

    private static RangeTableLocator locator() throws IOException {
        return RangeTableLocator.read(new StringReader(COUNTRIES), new StringReader(ASNS), new StringReader(CITIES));
    }

    @Test
    void aCityTableAddsRegionCityAndCoordinates() throws IOException {
        NetworkLocation munich = locator().locate("198.51.100.5");
        assertEquals("DE", munich.country());
        assertEquals("Bavaria", munich.region());
        assertEquals("Munich", munich.city());
        assertEquals(48.137, munich.latitude(), 1e-9);
        assertEquals(11.575, munich.longitude(), 1e-9);
        assertTrue(munich.hasCoordinates());
        assertFalse(locator().locate("198.51.100.200").hasCoordinates(), "outside the city range: country only");
        assertFalse(RangeTableLocator.read(new StringReader(COUNTRIES), null, null).locate("198.51.100.5")
                .hasCoordinates());
    }

    @Test
    void findsCountryAndAutonomousSystemByRange() throws IOException {
        NetworkLocation home = locator().locate("198.51.100.77");
        assertEquals("DE", home.country());
        assertEquals(64501, home.asn());
        assertFalse(home.hosting());
        NetworkLocation vpn = locator().locate("203.0.113.5");
        assertEquals("BR", vpn.country());
        assertEquals("Example Hosting, Inc.", vpn.asOrg());
        assertTrue(vpn.hosting(), "hosting providers are flagged by their name");
    }

    @Test
    void mobileCarriersThatSaySoInTheirNameAreFlagged() throws IOException {
        String asns = "198.51.100.0,198.51.100.255,21928,\"T-Mobile USA, Inc.\"\n"
                + "203.0.113.0,203.0.113.255,22394,Cellco Partnership DBA Verizon Wireless\n"
                + "192.0.2.0,192.0.2.255,64502,Mobile Cloud Hosting Ltd\n";
        RangeTableLocator locator = RangeTableLocator.read(new StringReader(COUNTRIES), new StringReader(asns), null);

        assertTrue(locator.locate("198.51.100.5").mobile());
        assertTrue(locator.locate("203.0.113.5").mobile());
        assertFalse(locator.locate("192.0.2.5").mobile(), "a hosting provider is hosting, whatever its name");
        assertTrue(locator.locate("192.0.2.5").hosting());
        assertFalse(locator().locate("198.51.100.77").mobile(), "Deutsche Example Telekom does not say");
    }

    @Test
    void rangeEdgesAndGapsAndOtherAddresses() throws IOException {
        RangeTableLocator locator = locator();
        assertEquals("BR", locator.locate("203.0.113.127").country());
        assertEquals(null, locator.locate("203.0.113.128").country(), "the ASN range is wider than the country's");
        assertEquals(64500, locator.locate("203.0.113.128").asn());
        assertSame(NetworkLocation.UNKNOWN, locator.locate("192.0.2.1"));
        assertEquals("FR", locator.locate("2001:db8::1").country(), "a range inside one /64 covers its /64");
        assertSame(NetworkLocation.UNKNOWN, locator.locate("2001:db9::1"));
        assertSame(NetworkLocation.UNKNOWN, locator.locate("not an address"));
        assertSame(NetworkLocation.UNKNOWN, locator.locate("256.1.1.1"));
        assertSame(NetworkLocation.UNKNOWN, locator.locate(null));
    }

    @Test
    void ipv4MappedIpv6IsLocatedAsIpv4() throws IOException {
        RangeTableLocator locator = locator();
        assertEquals(locator.locate("198.51.100.5"), locator.locate("::ffff:198.51.100.5"));
        assertEquals(locator.locate("198.51.100.5"), locator.locate("::ffff:c633:6405"));
        assertEquals("Munich", locator.locate("[::ffff:198.51.100.5]").city());
    }

    private static final String COUNTRIES_V6 = "2001:db8::,2001:db8:ffff:ffff:ffff:ffff:ffff:ffff,NL\n"
            + "2a00:1450::,2a00:1450:ffff:ffff:ffff:ffff:ffff:ffff,US\n"
            + "fe80::,fe80:0:0:ffff:ffff:ffff:ffff:ffff,ZZ\n";
    private static final String ASNS_V6 = "2001:db8::,2001:db8:7fff:ffff:ffff:ffff:ffff:ffff,64510,Example Kabel\n"
            + "2001:db8:8000::,2001:db8:ffff:ffff:ffff:ffff:ffff:ffff,64511,Example Cloud Hosting\n"
            + "2001:db8:8000::,2001:db8:8000::3,64999,a point-to-point link inside a wider range\n"
            + "2a00:1450::,2a00:1450:ffff:ffff:ffff:ffff:ffff:ffff,15169,Google LLC\n";
    private static final String CITIES_V6 =
            "2001:db8:1::,2001:db8:1:ffff:ffff:ffff:ffff:ffff,NL,North Holland,,Amsterdam,,52.37,4.89,Europe/Amsterdam\n";

    @Test
    void ipv6IsLocatedByItsFirst64Bits() throws IOException {
        RangeTableLocator locator = RangeTableLocator.read(
                List.of(new StringReader(COUNTRIES), new StringReader(COUNTRIES_V6)),
                List.of(new StringReader(ASNS), new StringReader(ASNS_V6)),
                List.of(new StringReader(CITIES), new StringReader(CITIES_V6)));
        NetworkLocation home = locator.locate("2001:db8:1:2::7");
        assertEquals("NL", home.country());
        assertEquals(64510, home.asn());
        assertEquals("Amsterdam", home.city());
        assertEquals(52.37, home.latitude(), 1e-9);
        assertEquals(home, locator.locate("[2001:0db8:0001:0002:0:0:0:8%eth0]"));
        NetworkLocation cloud = locator.locate("2001:db8:8000::1");
        assertEquals(64511, cloud.asn(), "the wider range wins over a link nested in it");
        assertTrue(cloud.hosting());
        assertFalse(cloud.hasCoordinates());
        assertEquals(64511, locator.locate("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff").asn(), "the last address");
        assertEquals(15169, locator.locate("2a00:1450:4001:82b::200e").asn(), "above 2^63: unsigned order");
        assertEquals("ZZ", locator.locate("fe80::1%en0").country());
        assertSame(NetworkLocation.UNKNOWN, locator.locate("2001:db9::1"));
        assertSame(NetworkLocation.UNKNOWN, locator.locate("2001:db8::1::2"));
        assertEquals("DE", locator.locate("198.51.100.5").country(), "IPv4 rows still read");
        assertEquals("countries 3+3, ASNs 2+3, cities 1+1 (IPv4+IPv6 ranges)", locator.sizes());
    }

    @Test
    void parsesDottedAddressesStrictly() {
        assertEquals(0xC0000201L, IpAddresses.ipv4("192.0.2.1"));
        assertEquals(-1, IpAddresses.ipv4("1.2.3"));
        assertEquals(-1, IpAddresses.ipv4("1.2.3.4.5"));
        assertEquals(-1, IpAddresses.ipv4("1..3.4"));
        assertEquals(-1, IpAddresses.ipv4("1.2.3.1000"));
    }
}
