package io.runtimeaccess.evaluation.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.observation.NetworkLocation;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorldTest {

    private final World world = World.get();

    @Test
    void tableSize() {
        assertTrue(world.cities().size() >= 40 && world.cities().size() <= 60, "cities: " + world.cities().size());
        assertTrue(world.countries().size() >= 30);
        for (City c : world.cities()) {
            assertTrue(Math.abs(c.latitude()) <= 90 && Math.abs(c.longitude()) <= 180, c.name());
        }
    }

    @Test
    void everyAddressLocatesBackToItsNetworkAndCity() {
        WorldLocator locator = new WorldLocator(world);
        Set<Integer> blocks = new HashSet<>();
        for (Prefix p : world.prefixes()) {
            assertTrue(blocks.add(p.block()), "block given twice: " + p);
            int first = p.block() >>> 8;
            assertFalse(first == 10 || first == 127 || first == 172 || first == 192 || first == 100 || first >= 224,
                    "reserved range: " + p);
            NetworkLocation l = locator.locate(p.address(200, 7));
            assertEquals(p.network().asn(), l.asn());
            assertEquals(p.city().name(), l.city());
            assertEquals(p.city().country(), l.country());
            assertEquals(p.city().latitude(), l.latitude(), 0);
            assertEquals(p.network().hosting(), l.hosting());
            assertEquals(p.network().kind() == NetworkKind.MOBILE, l.mobile());
            assertSame(p, world.prefix(p.block()));
        }
        assertEquals(NetworkLocation.UNKNOWN, locator.locate("10.1.2.3"));
        assertEquals(NetworkLocation.UNKNOWN, locator.locate("not an address"));
        assertEquals(NetworkLocation.UNKNOWN, locator.locate(null));
    }

    @Test
    void everyHomeCountryHasAnIspACarrierAndAVpnExit() {
        for (String country : world.homeWeights().keySet()) {
            assertFalse(world.networks(country, NetworkKind.RESIDENTIAL).isEmpty(), country);
            assertFalse(world.networks(country, NetworkKind.HOSTING).isEmpty(), country);
            for (City c : world.citiesOf(country)) {
                for (Network isp : world.networks(country, NetworkKind.RESIDENTIAL)) {
                    assertFalse(world.prefixes(isp, c).isEmpty(), isp + " in " + c);
                }
            }
        }
    }

    @Test
    void rowLocatorUsesCityThenCountryThenNothing() {
        RowLocator locator = new RowLocator(world, 100);
        locator.register("1.1.1.1", "NO", "Oslo", "Oslo", 2119);
        locator.register("1.1.1.2", "NO", "-", "Tromso", 2119);
        locator.register("1.1.1.3", "ZZ", "-", "-", 0);
        locator.register("1.1.1.4", "DE", "Hesse", "Frankfurt am Main", 16509);
        NetworkLocation oslo = locator.locate("1.1.1.1");
        assertEquals(59.914, oslo.latitude(), 1e-9);
        assertEquals("Telenor Norge AS", oslo.asOrg());
        assertFalse(oslo.hosting());
        NetworkLocation countryLevel = locator.locate("1.1.1.2");
        assertEquals(59.914, countryLevel.latitude(), 1e-9, "the country's main city");
        assertEquals("Tromso", countryLevel.city());
        assertNull(countryLevel.region());
        NetworkLocation unknown = locator.locate("1.1.1.3");
        assertFalse(unknown.hasCoordinates());
        assertEquals("ZZ", unknown.country());
        assertTrue(locator.locate("1.1.1.4").hosting());
        assertEquals(NetworkLocation.UNKNOWN, locator.locate("9.9.9.9"));
        assertEquals(2, locator.resolutionCounts()[0]);
        assertEquals(1, locator.resolutionCounts()[1]);
        assertEquals(1, locator.resolutionCounts()[2]);
    }

    @Test
    void rowLocatorTakesCarriersFromTheTable() {
        RowLocator locator = new RowLocator(world, 100);
        locator.register("1.1.1.1", "NO", "Oslo", "Oslo", 12929, "desktop");
        locator.register("1.1.1.2", "NO", "Oslo", "Oslo", 2119, "mobile");
        assertTrue(locator.locate("1.1.1.1").mobile(), "Telia Norge is a carrier in the table");
        assertFalse(locator.locate("1.1.1.2").mobile(), "Telenor Norge is a home ISP in the table");
    }

    @Test
    void rowLocatorTakesAnUnknownAsnWithoutDesktopsForACarrier() {
        RowLocator locator = new RowLocator(world, 1000);
        for (int i = 0; i < RowLocator.CARRIER_MIN_ROWS; i++) {
            locator.register("2.2.2." + i, "NO", "Oslo", "Oslo", 64999, i % 20 == 0 ? "desktop" : "mobile");
            locator.register("3.3.3." + i, "NO", "Oslo", "Oslo", 64998, i % 3 == 0 ? "desktop" : "mobile");
            locator.register("4.4.4." + i, "NO", "Oslo", "Oslo", 64997, "bot");
            boolean enoughRows = i == RowLocator.CARRIER_MIN_ROWS - 1;
            assertFalse(locator.locate("2.2.2." + i).mobile() && !enoughRows, "too few rows yet");
        }
        locator.register("2.2.3.1", "NO", "Oslo", "Oslo", 64999); // a token request: no device type

        assertTrue(locator.locate("2.2.2.49").mobile(), "5% desktops: phones and tablets only, a carrier");
        assertTrue(locator.locate("2.2.3.1").mobile());
        assertFalse(locator.locate("3.3.3.49").mobile(), "a third desktops: a fixed line");
        assertFalse(locator.locate("4.4.4.49").mobile(), "bots say nothing");
        assertFalse(locator.locate("2.2.2.49").hosting());
    }

    @Test
    void rowLocatorForgetsTheOldestAddressesBeyondItsCapacity() {
        RowLocator locator = new RowLocator(world, 2);
        locator.register("1.1.1.1", "NO", "Oslo", "Oslo", 2119);
        locator.register("1.1.1.2", "NO", "Oslo", "Oslo", 2119);
        locator.register("1.1.1.3", "NO", "Oslo", "Oslo", 2119);
        assertEquals(NetworkLocation.UNKNOWN, locator.locate("1.1.1.1"));
        assertNotNull(locator.locate("1.1.1.3").country());
    }

    @Test
    void greatCircle() {
        City berlin = world.city("DE", "Berlin");
        City ny = world.city("US", "New York");
        assertEquals(6385, GreatCircleKm.between(berlin, ny), 15);
        assertEquals(0, GreatCircleKm.between(berlin, berlin), 1e-9);
    }
}
