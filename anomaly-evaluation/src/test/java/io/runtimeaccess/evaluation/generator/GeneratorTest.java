package io.runtimeaccess.evaluation.generator;

import static io.runtimeaccess.evaluation.generator.SampleDataset.LOCATOR;
import static io.runtimeaccess.evaluation.generator.SampleDataset.WORLD;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.observation.NetworkLocation;
import io.runtimeaccess.evaluation.dataset.Dataset;
import io.runtimeaccess.evaluation.dataset.DatasetFiles;
import io.runtimeaccess.evaluation.dataset.Scenario;
import io.runtimeaccess.evaluation.dataset.SideEvent;
import io.runtimeaccess.evaluation.rba.RbaRow;
import io.runtimeaccess.evaluation.world.GreatCircleKm;
import io.runtimeaccess.evaluation.world.NetworkKind;
import io.runtimeaccess.evaluation.world.Prefix;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated dataset's shape and its benign behaviour: devices, order, labels, offices, night shifts, travel. */
class GeneratorTest {

    private final Dataset data = SampleDataset.DATA;

    /** Browsers keep their device cookie (mostly); an attacker's sign-in never presents one the victim's browsers had. */
    @Test
    void successfulSignInsCarryDeviceIdsAndAttackersNeverHaveTheVictims() {
        java.util.Map<String, java.util.Set<String>> seen = new java.util.HashMap<>();
        int benign = 0;
        int repeated = 0;
        int attacks = 0;
        for (int i = 0; i < data.rows().size(); i++) {
            var row = data.rows().get(i);
            var label = data.labels().get(i);
            if (!row.loginSuccessful()) {
                assertEquals(null, label.deviceId(), "a failed sign-in never reaches the device cookie step");
                continue;
            }
            java.util.Set<String> ids = seen.computeIfAbsent(row.userId(), u -> new java.util.HashSet<>());
            assertTrue(label.deviceId() != null, "every successful browser sign-in carries an id");
            if (label.label().negative()) {
                benign++;
                repeated += ids.contains(label.deviceId()) ? 1 : 0;
            } else {
                attacks++;
                assertFalse(ids.contains(label.deviceId()), "an attacker's browser has the victim's id: " + label);
            }
            ids.add(label.deviceId());
        }
        assertTrue(attacks > 0);
        double share = (double) repeated / benign;
        assertTrue(share > 0.85 && share < 0.99, "benign sign-ins from a browser that kept its cookie: " + share);
    }

    @Test
    void anotherWarmUpChangesOnlyTheWarmUp() {
        GeneratorSettings defaults = GeneratorSettings.defaults(7, 150, 3);
        GeneratorSettings shorter = defaults.withWarmupDays(2);
        assertEquals(2, shorter.warmupDays());
        assertEquals(defaults, new GeneratorSettings(shorter.seed(), shorter.users(), shorter.weeks(),
                shorter.startMillis(), defaults.warmupDays(), shorter.officeUsers(), shorter.admins(), shorter.naive(),
                shorter.vpn(), shorter.targeted(), shorter.targetedExactUa(), shorter.bruteForce(), shorter.spray(),
                shorter.distributedSpray(), shorter.tokenTheft(), shorter.adminSelfGrant(), shorter.adminGrantNewIp(),
                shorter.adminBulkDelete()));
    }

    @Test
    void sameSeedGivesByteIdenticalFiles(@TempDir Path dir) throws IOException {
        GeneratorSettings settings = GeneratorSettings.defaults(7, 150, 3);
        DatasetFiles a = DatasetFiles.in(dir.resolve("a"), "g");
        DatasetFiles b = DatasetFiles.in(dir.resolve("b"), "g");
        DatasetFiles c = DatasetFiles.in(dir.resolve("c"), "g");
        a.write(Generator.generate(settings));
        b.write(Generator.generate(settings));
        c.write(Generator.generate(GeneratorSettings.defaults(8, 150, 3)));
        for (var f : List.<java.util.function.Function<DatasetFiles, Path>>of(DatasetFiles::rows, DatasetFiles::labels,
                DatasetFiles::events)) {
            assertArrayEquals(Files.readAllBytes(f.apply(a)), Files.readAllBytes(f.apply(b)));
        }
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.rows()), Files.readAllBytes(c.rows())),
                "another seed, other data");
    }

    @Test
    void rowsAndSideEventsAreInTimeOrderAndLabelsInStep() {
        long last = Long.MIN_VALUE;
        for (int i = 0; i < data.rows().size(); i++) {
            RbaRow r = data.rows().get(i);
            assertEquals(i, r.index());
            assertEquals(i, data.labels().get(i).index());
            assertTrue(r.timeMillis() >= last);
            last = r.timeMillis();
        }
        last = Long.MIN_VALUE;
        for (SideEvent e : data.sideEvents()) {
            assertTrue(e.timeMillis() >= last);
            last = e.timeMillis();
        }
    }

    @Test
    void rbaFlagsMatchTheLabels() {
        for (int i = 0; i < data.rows().size(); i++) {
            RbaRow r = data.rows().get(i);
            Scenario s = data.labels().get(i).label().scenario();
            assertEquals(s.attack(), r.attackIp(), s + " row " + i);
            assertEquals(s.attack() && r.loginSuccessful(), r.accountTakeover(), s + " row " + i);
            NetworkLocation l = LOCATOR.locate(r.ip());
            assertEquals(l.country(), r.country());
            assertEquals(l.asn(), r.asn());
            assertEquals(l.city(), r.city());
            assertTrue(r.rttMillis() > 0);
            assertNotNull(r.userAgent());
        }
    }

    @Test
    void officeUsersShareOneNatAddress() {
        Set<String> ips = new HashSet<>();
        Set<String> users = new HashSet<>();
        boolean someFail = false;
        for (int i = 0; i < data.rows().size(); i++) {
            if (data.labels().get(i).label().scenario() == Scenario.BENIGN_OFFICE) {
                RbaRow r = data.rows().get(i);
                ips.add(r.ip());
                users.add(r.userId());
                someFail |= !r.loginSuccessful();
            }
        }
        assertEquals(1, ips.size(), "one NAT address: " + ips);
        assertTrue(users.size() >= 100, "office users seen: " + users.size());
        assertTrue(someFail, "some office users mistype");
        assertEquals(NetworkKind.BUSINESS, WORLD.prefixOf(ips.iterator().next()).network().kind());
    }

    @Test
    void nightShiftUsersSignInAtNightFromTheirSwitchOn() {
        Set<String> users = new HashSet<>();
        Set<String> groups = new HashSet<>();
        int night = 0;
        int all = 0;
        for (int i = 0; i < data.rows().size(); i++) {
            RbaRow r = data.rows().get(i);
            var label = data.labels().get(i).label();
            if (label.scenario() != Scenario.BENIGN_NIGHT_SHIFT || !r.loginSuccessful()) {
                continue;
            }
            users.add(r.userId());
            groups.add(label.campaign());
            int offset = WORLD.prefixOf(r.ip()).city().utcOffsetMinutes();
            long localHour = Math.floorMod((r.timeMillis() / 60_000L + offset) / 60, 24L);
            night += localHour >= 19 || localHour < 5 ? 1 : 0;
            all++;
        }
        assertTrue(users.size() >= 3, "about 2% of 400 users: " + users.size());
        assertEquals(users.size(), groups.size(), "one label group per user");
        assertTrue(night >= 0.9 * all, night + " of " + all + " at night");
        for (int i = 0; i < data.rows().size(); i++) {
            RbaRow r = data.rows().get(i);
            if (users.contains(r.userId()) && r.loginSuccessful()
                    && data.labels().get(i).label().scenario() == Scenario.BENIGN_HOME) {
                return; // they had days before the switch
            }
        }
        throw new AssertionError("night-shift users had no day history");
    }

    @Test
    void benignTravelIsPhysicallyPossible() {
        Map<String, RbaRow> last = new HashMap<>();
        int longMoves = 0;
        for (int i = 0; i < data.rows().size(); i++) {
            RbaRow r = data.rows().get(i);
            Scenario s = data.labels().get(i).label().scenario();
            if (s.attack() || !r.loginSuccessful() || s == Scenario.BENIGN_VPN) {
                continue;
            }
            Prefix p = WORLD.prefixOf(r.ip());
            if (p.network().kind() == NetworkKind.MOBILE || p.network().kind() == NetworkKind.HOSTING) {
                continue; // carrier gateways and VPN exits are not where the person is
            }
            RbaRow before = last.put(r.userId(), r);
            if (before == null) {
                continue;
            }
            Prefix q = WORLD.prefixOf(before.ip());
            double km = GreatCircleKm.between(p.city(), q.city());
            if (km > 500) {
                longMoves++;
                double hours = (r.timeMillis() - before.timeMillis()) / 3_600_000.0;
                assertTrue(km / hours <= 1000, "user " + r.userId() + " moved " + km + " km in " + hours + " h");
            }
        }
        assertTrue(longMoves > 10, "some people travel: " + longMoves);
    }

    @Test
    void mobileCarrierAddressesChangeWithinTheCarrier() {
        Map<String, Set<String>> networks = new HashMap<>();
        Map<String, Set<Long>> asns = new HashMap<>();
        for (int i = 0; i < data.rows().size(); i++) {
            if (data.labels().get(i).label().scenario() == Scenario.BENIGN_MOBILE) {
                RbaRow r = data.rows().get(i);
                networks.computeIfAbsent(r.userId(), k -> new HashSet<>()).add(r.ip().substring(0, r.ip().lastIndexOf('.')));
                asns.computeIfAbsent(r.userId(), k -> new HashSet<>()).add(r.asn());
            }
        }
        int heavy = 0;
        for (Map.Entry<String, Set<String>> e : networks.entrySet()) {
            assertEquals(1, asns.get(e.getKey()).size(), "one carrier per user");
            if (e.getValue().size() >= 10) {
                heavy++;
            }
        }
        assertTrue(heavy >= 10, "users with many carrier /24s: " + heavy);
    }

    @Test
    void browsersUpdateOverTheWeeks() {
        Map<String, Set<String>> versions = new HashMap<>();
        for (int i = 0; i < data.rows().size(); i++) {
            RbaRow r = data.rows().get(i);
            if (!data.labels().get(i).label().scenario().attack() && r.browser().startsWith("Chrome ")) {
                versions.computeIfAbsent(r.userId(), k -> new HashSet<>()).add(r.browser());
            }
        }
        long updated = versions.values().stream().filter(v -> v.size() >= 2).count();
        assertTrue(updated >= 50, "Chrome users seen on two versions: " + updated);
    }
}
