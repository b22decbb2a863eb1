package io.runtimeaccess.anomaly.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
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
        assertSame(NetworkLocation.UNKNOWN, locator.locate("2001:db8::1"), "IPv6 is not covered");
        assertSame(NetworkLocation.UNKNOWN, locator.locate("not an address"));
        assertSame(NetworkLocation.UNKNOWN, locator.locate("256.1.1.1"));
        assertSame(NetworkLocation.UNKNOWN, locator.locate(null));
    }

    @Test
    void parsesDottedAddressesStrictly() {
        assertEquals(0xC0000201L, RangeTableLocator.ipv4("192.0.2.1"));
        assertEquals(-1, RangeTableLocator.ipv4("1.2.3"));
        assertEquals(-1, RangeTableLocator.ipv4("1.2.3.4.5"));
        assertEquals(-1, RangeTableLocator.ipv4("1..3.4"));
        assertEquals(-1, RangeTableLocator.ipv4("1.2.3.1000"));
    }
}
