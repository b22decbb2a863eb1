package io.runtimeaccess.evaluation.generator;

import static io.runtimeaccess.evaluation.generator.SampleDataset.LOCATOR;
import static io.runtimeaccess.evaluation.generator.SampleDataset.WORLD;
import static io.runtimeaccess.evaluation.generator.SampleDataset.benignSignInsBefore;
import static io.runtimeaccess.evaluation.generator.SampleDataset.rowsOf;
import static io.runtimeaccess.evaluation.generator.SampleDataset.signInsBySession;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.evaluation.dataset.Dataset;
import io.runtimeaccess.evaluation.dataset.LoginLabel;
import io.runtimeaccess.evaluation.dataset.Scenario;
import io.runtimeaccess.evaluation.dataset.SideEvent;
import io.runtimeaccess.evaluation.dataset.SideEventKind;
import io.runtimeaccess.evaluation.rba.RbaRow;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each attack scenario of the generator looks like the attack it stands for. */
class AttackShapesTest {

    private final Dataset data = SampleDataset.DATA;

    @Test
    void targetedTakeoversUseTheVictimsCountryAndAsnButANewAddress() {
        int checked = 0;
        for (int i : rowsOf(Scenario.TARGETED_ATO, Scenario.TARGETED_EXACT_UA_ATO)) {
            RbaRow attack = data.rows().get(i);
            List<RbaRow> before = benignSignInsBefore(attack.userId(), attack.timeMillis());
            assertTrue(before.size() >= 3);
            Map<Long, Integer> asns = new HashMap<>();
            Map<String, Integer> countries = new HashMap<>();
            Set<String> ips = new HashSet<>();
            for (RbaRow r : before) {
                asns.merge(r.asn(), 1, Integer::sum);
                countries.merge(r.country(), 1, Integer::sum);
                ips.add(r.ip());
            }
            assertTrue(asns.containsKey(attack.asn()), "the victim's ASN");
            assertEquals(java.util.Collections.max(asns.values()), asns.get(attack.asn()), "the victim's usual ASN");
            assertTrue(countries.containsKey(attack.country()), "the victim's country");
            assertFalse(ips.contains(attack.ip()), "a new address");
            assertTrue(attack.loginSuccessful() && attack.accountTakeover());
            checked++;
        }
        assertTrue(checked >= 30, "targeted takeovers: " + checked);
        for (int i : rowsOf(Scenario.TARGETED_ATO)) {
            assertTrue(data.rows().get(i).userAgent().contains("Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like"
                    + " Gecko) Chrome/"), "the realm's most common browser");
        }
    }

    @Test
    void exactUserAgentTakeoversUseTheVictimsBrowser() {
        int same = 0;
        int total = 0;
        for (int i : rowsOf(Scenario.TARGETED_EXACT_UA_ATO)) {
            RbaRow attack = data.rows().get(i);
            Set<String> agents = new HashSet<>();
            Set<String> platforms = new HashSet<>();
            for (RbaRow r : benignSignInsBefore(attack.userId(), attack.timeMillis())) {
                agents.add(r.userAgent());
                platforms.add(r.os() + "/" + r.deviceType());
            }
            assertTrue(platforms.contains(attack.os() + "/" + attack.deviceType()));
            same += agents.contains(attack.userAgent()) ? 1 : 0;
            total++;
        }
        assertTrue(total >= 10, total + " takeovers");
        assertTrue(same >= total * 0.7, same + " of " + total + " reuse a header the victim sent");
    }

    @Test
    void vpnTakeoversComeFromAHostingProviderInTheVictimsCountry() {
        assertTrue(rowsOf(Scenario.VPN_ATO).size() >= 10, "takeovers: " + rowsOf(Scenario.VPN_ATO).size());
        for (int i : rowsOf(Scenario.VPN_ATO)) {
            RbaRow attack = data.rows().get(i);
            assertTrue(LOCATOR.locate(attack.ip()).hosting());
            Map<String, Integer> countries = new HashMap<>();
            for (RbaRow r : benignSignInsBefore(attack.userId(), attack.timeMillis())) {
                countries.merge(r.country(), 1, Integer::sum);
            }
            assertTrue(countries.containsKey(attack.country()));
        }
    }

    @Test
    void naiveTakeoversComeFromAllOverTheWorld() {
        Set<String> countries = new HashSet<>();
        for (int i : rowsOf(Scenario.NAIVE_ATO)) {
            countries.add(data.rows().get(i).country());
        }
        assertTrue(countries.size() >= 15, "countries: " + countries.size());
    }

    @Test
    void spraysBruteForceAndDistributedSpraysHaveTheirShapes() {
        Map<String, Set<String>> ips = new HashMap<>();
        Map<String, Set<String>> names = new HashMap<>();
        Map<String, Integer> unknown = new HashMap<>();
        Map<String, Scenario> kind = new HashMap<>();
        for (int i = 0; i < data.rows().size(); i++) {
            LoginLabel l = data.labels().get(i);
            String c = l.label().campaign();
            if (c == null || !Set.of(Scenario.PASSWORD_SPRAY, Scenario.BRUTE_FORCE, Scenario.DISTRIBUTED_SPRAY)
                    .contains(l.label().scenario())) {
                continue;
            }
            kind.put(c, l.label().scenario());
            ips.computeIfAbsent(c, k -> new HashSet<>()).add(data.rows().get(i).ip());
            names.computeIfAbsent(c, k -> new HashSet<>()).add(data.rows().get(i).userId());
            unknown.merge(c, l.knownUser() ? 0 : 1, Integer::sum);
        }
        assertFalse(kind.isEmpty());
        for (Map.Entry<String, Scenario> e : kind.entrySet()) {
            String c = e.getKey();
            switch (e.getValue()) {
                case PASSWORD_SPRAY:
                    assertEquals(1, ips.get(c).size(), c);
                    assertTrue(names.get(c).size() >= 90, c);
                    assertTrue(unknown.get(c) > 0, c);
                    assertTrue(LOCATOR.locate(ips.get(c).iterator().next()).hosting(), c);
                    break;
                case BRUTE_FORCE:
                    assertEquals(1, names.get(c).size(), c);
                    assertTrue(ips.get(c).size() >= 5, c);
                    break;
                default:
                    assertTrue(ips.get(c).size() >= 200, c);
                    assertTrue(names.get(c).size() >= 300, c);
            }
        }
    }

    @Test
    void tokenTheftReusesALiveSessionFromAnotherCountry() {
        Map<String, RbaRow> sessions = signInsBySession();
        int n = 0;
        for (SideEvent e : data.sideEvents()) {
            if (e.label().scenario() != Scenario.TOKEN_THEFT) {
                continue;
            }
            RbaRow login = sessions.get(e.sessionId());
            assertNotNull(login, "a real session");
            assertEquals(login.userId(), e.userId());
            assertFalse(login.country().equals(e.country()));
            assertTrue(e.timeMillis() > login.timeMillis() && e.timeMillis() - login.timeMillis() < 10 * 3_600_000L);
            assertTrue(e.kind() == SideEventKind.REFRESH_TOKEN || e.kind() == SideEventKind.CODE_TO_TOKEN);
            n++;
        }
        assertTrue(n > 0);
    }

    @Test
    void sameCountryTokenTheftUsesAnotherOperatorOfTheSessionsCountry() {
        Map<String, RbaRow> sessions = signInsBySession();
        Map<Scenario, Integer> counts = new HashMap<>();
        for (SideEvent e : data.sideEvents()) {
            Scenario variant = e.label().scenario();
            if (variant != Scenario.TOKEN_THEFT_SAME_COUNTRY_SAME_UA && variant != Scenario.TOKEN_THEFT_SAME_COUNTRY_OTHER_UA
                    && variant != Scenario.TOKEN_THEFT_SAME_COUNTRY_HOSTING) {
                continue;
            }
            RbaRow login = sessions.get(e.sessionId());
            assertNotNull(login, "a real session");
            assertEquals(login.userId(), e.userId());
            assertEquals(login.country(), e.country());
            assertTrue(login.asn() != e.asn(), "another operator");
            boolean hosting = WORLD.prefixOf(e.ip()).network().hosting();
            assertEquals(variant == Scenario.TOKEN_THEFT_SAME_COUNTRY_HOSTING, hosting, e.toString());
            assertEquals(variant != Scenario.TOKEN_THEFT_SAME_COUNTRY_OTHER_UA, login.userAgent().equals(e.userAgent()));
            assertTrue(e.timeMillis() > login.timeMillis() && e.timeMillis() - login.timeMillis() < 10 * 3_600_000L);
            counts.merge(variant, 1, Integer::sum);
        }
        assertEquals(3, counts.size(), counts.toString());
    }

    @Test
    void adminScenariosArePresent() {
        Map<Scenario, Integer> counts = new HashMap<>();
        for (SideEvent e : data.sideEvents()) {
            if (e.kind() == SideEventKind.ADMIN) {
                counts.merge(e.label().scenario(), 1, Integer::sum);
            }
        }
        assertTrue(counts.getOrDefault(Scenario.BENIGN_ADMIN, 0) > 100);
        assertTrue(counts.getOrDefault(Scenario.ADMIN_SELF_GRANT, 0) >= 1);
        assertTrue(counts.getOrDefault(Scenario.ADMIN_BULK_DELETE, 0) >= 60);
        for (SideEvent e : data.sideEvents()) {
            if (e.label().scenario() == Scenario.ADMIN_SELF_GRANT) {
                assertEquals(e.userId(), e.targetUserId());
                assertTrue(e.granted().get(0).privileged());
            }
        }
    }
}
