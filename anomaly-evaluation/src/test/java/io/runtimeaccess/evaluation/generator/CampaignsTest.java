package io.runtimeaccess.evaluation.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.evaluation.dataset.Dataset;
import io.runtimeaccess.evaluation.dataset.Scenario;
import io.runtimeaccess.evaluation.rba.RbaRow;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The failure-only campaigns and the realm-wide typo wave have the shapes the evaluation reports on. */
class CampaignsTest {

    private static int waveFailures(int users) {
        Dataset data = Generator.generate(GeneratorSettings.defaults(7, users, 3));
        long day = GeneratorSettings.DEFAULT_START + Generator.TYPO_WAVE_DAY * 86_400_000L;
        int failures = 0;
        for (int i = 0; i < data.rows().size(); i++) {
            RbaRow row = data.rows().get(i);
            if (!row.loginSuccessful() && !data.labels().get(i).label().scenario().attack()
                    && row.timeMillis() >= day && row.timeMillis() < day + 86_400_000L) {
                failures++;
            }
        }
        return failures;
    }

    @Test
    void stuffingIsOneFailedGuessPerAccountFromHundredsOfAddressesAndTheSlowSprayRotatesFortyBrowsers() {
        Dataset data = Generator.generate(GeneratorSettings.defaults(7, 600, 3));
        Map<String, Set<String>> users = new HashMap<>();
        Map<String, Set<String>> ips = new HashMap<>();
        Map<String, Set<String>> agents = new HashMap<>();
        Map<String, Integer> rows = new HashMap<>();
        for (int i = 0; i < data.rows().size(); i++) {
            Scenario scenario = data.labels().get(i).label().scenario();
            if (scenario != Scenario.CREDENTIAL_STUFFING && scenario != Scenario.SLOW_SPRAY) {
                continue;
            }
            RbaRow row = data.rows().get(i);
            String campaign = data.labels().get(i).label().campaign();
            assertFalse(row.loginSuccessful(), "failure-only: " + row);
            users.computeIfAbsent(campaign, c -> new HashSet<>()).add(row.userId());
            ips.computeIfAbsent(campaign, c -> new HashSet<>()).add(row.ip());
            agents.computeIfAbsent(campaign, c -> new HashSet<>()).add(row.userAgent());
            rows.merge(campaign, 1, Integer::sum);
        }
        assertEquals(400, rows.get("stuffing-0"), "two thirds of a 600-user realm");
        assertEquals(400, users.get("stuffing-0").size(), "one guess per account");
        assertTrue(ips.get("stuffing-0").size() >= 300, ips.get("stuffing-0").size() + " addresses");
        assertEquals(Campaigns.SLOW_SPRAY_ATTEMPTS, rows.get("slow-spray-0"));
        assertEquals(Campaigns.SLOW_SPRAY_AGENTS, agents.get("slow-spray-0").size());
    }

    @Test
    void theTypoWaveGrowsWithTheRealm() {
        int small = waveFailures(300);
        int large = waveFailures(1200);
        assertTrue(large > 3 * small, small + " failures at 300 users, " + large + " at 1,200");
        assertTrue(small > 30, small + " failures on the wave day at 300 users");
    }
}
