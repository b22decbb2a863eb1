package io.runtimeaccess.evaluation.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.AnomalyScorer;
import io.runtimeaccess.anomaly.ScorerSettings;
import io.runtimeaccess.anomaly.event.UserEventType;
import io.runtimeaccess.anomaly.finding.Activity;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.finding.Severity;
import io.runtimeaccess.evaluation.dataset.Dataset;
import io.runtimeaccess.evaluation.dataset.DatasetFiles;
import io.runtimeaccess.evaluation.dataset.Scenario;
import io.runtimeaccess.evaluation.dataset.SideFiles;
import io.runtimeaccess.evaluation.generator.Generator;
import io.runtimeaccess.evaluation.generator.GeneratorSettings;
import io.runtimeaccess.evaluation.metrics.Ranking;
import io.runtimeaccess.evaluation.rba.RbaCsvReader;
import io.runtimeaccess.evaluation.rba.RbaRow;
import io.runtimeaccess.evaluation.report.Report;
import io.runtimeaccess.evaluation.report.TokenAndShiftFigures;
import io.runtimeaccess.evaluation.world.RowLocator;
import io.runtimeaccess.evaluation.world.World;
import io.runtimeaccess.evaluation.world.WorldLocator;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayTest {

    private static GeneratorSettings settings;
    private static Dataset data;
    private static long countFrom;

    @BeforeAll
    static void generate() {
        settings = GeneratorSettings.defaults(3, 200, 3);
        data = Generator.generate(settings);
        countFrom = settings.startMillis() + settings.warmupDays() * 86_400_000L;
    }

    private static EventStream stream() {
        return new EventStream(data.rows().iterator(), data.labels().iterator(), data.sideEvents().iterator(), null);
    }

    @Test
    void everyEventIsScoredOnceInTimeOrder() {
        TrivialScorers.Constant scorer = new TrivialScorers.Constant(0);
        ReplayResults results = Replay.run(stream(), scorer, 40, countFrom);
        assertEquals(data.rows().size() + data.sideEvents().size(), scorer.times.size());
        assertEquals(scorer.times.size(), results.events());
        assertEquals(scorer.ids.size(), new java.util.HashSet<>(scorer.ids).size(), "no event twice");
        for (int i = 1; i < scorer.times.size(); i++) {
            assertTrue(scorer.times.get(i) >= scorer.times.get(i - 1));
        }
        assertEquals(0, results.outOfOrder());
        assertTrue(results.warmupEvents() > 0 && results.warmupEvents() < results.events());
    }

    @Test
    void nightShiftUsersAreCountedPerUser() {
        ReplayResults results = Replay.run(stream(), new TrivialScorers.Constant(50), 40, countFrom);
        long users = results.benignGroups().keySet().stream().filter(g -> g.startsWith("night-shift-")).count();
        assertTrue(users > 0, results.benignGroups().keySet().toString());
        for (long[] group : results.benignGroups().values()) {
            assertEquals(group[1], group[2], "every event alerted at 50");
            assertEquals(0, group[4], "no reason listed, so no UNUSUAL_TIME");
        }
        String table = new TokenAndShiftFigures(results).table();
        assertTrue(table.contains("| night-shift users alerted on the shift (any reason) | " + users + " | " + users + " |"),
                table);
        assertTrue(table.contains("| night-shift users with an alert UNUSUAL_TIME decided | " + users + " | 0 |"), table);
    }

    private static Assessment assessment(int score, Reason... reasons) {
        return new Assessment("e", "r", "u", 0, score, Severity.NONE, List.of(reasons), List.of(), "test",
                Activity.SIGN_IN);
    }

    @Test
    void anUnusualTimeDecidesAnAlertOnlyWhenTheRestStaysBelowTheThreshold() {
        Reason time = new Reason(Detection.UNUSUAL_TIME, 50, "t", Map.of());
        Reason weakTime = new Reason(Detection.UNUSUAL_TIME, 10, "t", Map.of());
        Reason device = new Reason(Detection.NEW_DEVICE, 25, "d", Map.of());
        Reason network = new Reason(Detection.NEW_NETWORK, 72, "n", Map.of());
        assertTrue(Replay.decidedBy(assessment(63, time, device), Detection.UNUSUAL_TIME, 40));
        assertFalse(Replay.decidedBy(assessment(75, weakTime, network), Detection.UNUSUAL_TIME, 40));
        assertFalse(Replay.decidedBy(assessment(72, network), Detection.UNUSUAL_TIME, 40));
    }

    @Test
    void aConstantScorerRanksNothing() {
        ReplayResults results = Replay.run(stream(), new TrivialScorers.Constant(50), 40, countFrom);
        Report report = new Report(results);
        assertEquals(0.5, report.overall(EnumSet.allOf(EventKind.class)), 1e-12);
        assertEquals(0.5, report.auc(Scenario.NAIVE_ATO), 1e-12);
        assertEquals(0.0, report.recall(Scenario.NAIVE_ATO, 0.01).recall(), 1e-12);
        // every benign event is alerted at 50 ≥ 40
        assertEquals(results.scores(Scenario.BENIGN_HOME, EventKind.SIGN_IN).total(),
                results.scores(Scenario.BENIGN_HOME, EventKind.SIGN_IN).atLeast(40));
        String text = report.full("constant");
        assertTrue(text.contains("| naive takeover |"), text);
    }

    @Test
    void aRandomScorerIsNearOneHalf() {
        ReplayResults results = Replay.run(stream(), new TrivialScorers.Random(1), 40, countFrom);
        double auc = Ranking.rocAuc(results.scores(List.of(Scenario.DISTRIBUTED_SPRAY), List.of(EventKind.FAILED_SIGN_IN)),
                results.scores(List.of(Scenario.BENIGN_HOME), List.of(EventKind.FAILED_SIGN_IN)));
        assertEquals(0.5, auc, 0.06);
    }

    @Test
    void campaignsAreTracked() {
        ReplayResults results = Replay.run(stream(), new TrivialScorers.Constant(90), 40, countFrom);
        assertTrue(results.campaigns().size() >= 4);
        results.campaigns().forEach(c -> {
            assertTrue(c.detected());
            assertEquals(1, c.attemptsToDetection());
            assertEquals(0, c.secondsToDetection(), 0);
        });
    }

    @Test
    void rowsBecomeKeycloakLikeEvents() {
        List<LabeledEvent> events = new ArrayList<>();
        stream().forEachRemaining(events::add);
        boolean unknownSeen = false;
        for (LabeledEvent e : events) {
            if (e.kind() == EventKind.FAILED_SIGN_IN) {
                assertEquals(UserEventType.LOGIN_ERROR, e.user().type());
                assertNull(e.user().sessionId());
                if (e.user().userId() == null) {
                    unknownSeen = true;
                    assertEquals("user_not_found", e.user().error());
                } else {
                    assertEquals("invalid_user_credentials", e.user().error());
                }
            } else if (e.kind() == EventKind.SIGN_IN) {
                assertEquals(UserEventType.LOGIN, e.user().type());
                assertTrue(e.user().sessionId() != null);
            } else if (e.kind() == EventKind.ADMIN) {
                assertTrue(e.admin() != null && e.user() == null);
            }
        }
        assertTrue(unknownSeen, "sprays try unknown usernames");
    }

    @Test
    void aRealRbaFileWithoutSideFilesIsLabelledByItsFlags() {
        String csv = "index,Login Timestamp,User ID,Round-Trip Time [ms],IP Address,Country,Region,City,ASN,"
                + "User Agent String,Browser Name and Version,OS Name and Version,Device Type,Login Successful,"
                + "Is Attack IP,Is Account Takeover\n"
                + "0,2020-02-03 12:43:30.772,1,,81.166.0.10,NO,-,-,2119,ua,b,o,mobile,True,False,False\n"
                + "1,2020-02-03 12:44:30.772,2,,81.166.0.11,NO,Oslo,Oslo,2119,ua,b,o,mobile,False,True,False\n"
                + "2,2020-02-03 12:45:30.772,1,,5.5.5.5,US,Virginia,Ashburn,16509,ua,b,o,desktop,True,True,True\n";
        RowLocator locator = new RowLocator(World.get(), 10);
        List<LabeledEvent> events = new ArrayList<>();
        try (RbaCsvReader reader = new RbaCsvReader(new StringReader(csv))) {
            new EventStream(reader, null, null, locator).forEachRemaining(events::add);
        }
        assertEquals(Scenario.RBA_BENIGN, events.get(0).label().scenario());
        assertEquals(Scenario.RBA_ATTACK_IP, events.get(1).label().scenario());
        assertEquals(Scenario.RBA_ACCOUNT_TAKEOVER, events.get(2).label().scenario());
        assertTrue(events.get(2).label().positive());
        assertTrue(locator.locate("5.5.5.5").hosting());
    }

    /** The loader path: the same events, and with the real scorer the same scores, as the generated data. */
    @Test
    void theLoaderPathReplaysTheSameEventsAndScores(@TempDir Path dir) throws IOException {
        DatasetFiles files = DatasetFiles.in(dir, "rba-generated");
        files.write(data);
        List<LabeledEvent> direct = new ArrayList<>();
        stream().forEachRemaining(direct::add);
        RowLocator rowLocator = new RowLocator(World.get(), 100_000);
        AnomalyScorer fromFile = new AnomalyScorer(ScorerSettings.defaults(), rowLocator);
        AnomalyScorer fromMemory = new AnomalyScorer(ScorerSettings.defaults(), new WorldLocator(World.get()));
        int i = 0;
        try (RbaCsvReader rows = RbaCsvReader.open(files.rows());
                SideFiles.LabelReader labels = new SideFiles.LabelReader(Files.newBufferedReader(files.labels()));
                SideFiles.EventReader events = new SideFiles.EventReader(Files.newBufferedReader(files.events()))) {
            EventStream loaded = new EventStream(rows, labels, events, rowLocator);
            while (loaded.hasNext()) {
                LabeledEvent a = loaded.next();
                LabeledEvent b = direct.get(i++);
                assertEquals(b, a, "event " + i);
                Assessment x = a.user() != null ? fromFile.assess(a.user()) : fromFile.assess(a.admin());
                Assessment y = b.user() != null ? fromMemory.assess(b.user()) : fromMemory.assess(b.admin());
                assertEquals(y.score(), x.score(), "score of event " + i);
                assertEquals(y.reasons().size(), x.reasons().size(), "reasons of event " + i);
            }
        }
        assertEquals(direct.size(), i);
        RbaRow first = data.rows().get(0);
        assertEquals(first, RbaCsvReader.open(files.rows()).next());
    }
}
