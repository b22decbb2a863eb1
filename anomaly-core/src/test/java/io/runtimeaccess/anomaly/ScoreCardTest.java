package io.runtimeaccess.anomaly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.finding.Severity;
import io.runtimeaccess.anomaly.score.ScoreCard;
import io.runtimeaccess.anomaly.score.SeverityBands;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreCardTest {

    private static Reason reason(double weight) {
        return new Reason(Detection.NEW_DEVICE, weight, "r" + weight, Map.of());
    }

    @Test
    void weightsCombineAsIndependentEvidence() {
        ScoreCard card = new ScoreCard();
        assertEquals(0, card.score());
        card.add(reason(50));
        card.add(reason(50));
        assertEquals(75, card.score());
        card.add(reason(0.2)); // too light to keep
        assertEquals(2, card.sortedReasons().size());
        card.add(reason(100));
        assertEquals(100, card.score());
        assertEquals(100, card.sortedReasons().get(0).weight());
    }

    private static Reason time(double weight) {
        return new Reason(Detection.UNUSUAL_TIME, weight, "Signed in at 03:00 UTC", Map.of());
    }

    @Test
    void anUnusualTimeAloneStaysBelowMediumAndSaysWhy() {
        ScoreCard card = new ScoreCard(20, 39);
        card.add(time(50));
        assertEquals(39, card.score());
        assertTrue(card.sortedReasons().get(0).text().contains("alone this is no finding"),
                card.sortedReasons().toString());
        card.add(reason(10)); // too weak to corroborate: the other evidence is not even LOW
        assertEquals(39, card.score());
    }

    @Test
    void anUnusualTimeStillAddsItsWeightToOtherEvidence() {
        ScoreCard card = new ScoreCard(20, 39);
        card.add(time(50));
        card.add(reason(25));
        assertEquals(63, card.score()); // 1 − 0.5 · 0.75
        assertFalse(card.sortedReasons().get(0).text().contains("alone"), card.sortedReasons().toString());
        card.clear();
        card.add(time(30));
        assertEquals(30, card.score(), "below the ceiling a lone time reason keeps its weight");
        assertFalse(card.sortedReasons().get(0).text().contains("alone"));
    }

    @Test
    void aCardWithoutLimitsLetsEveryReasonCountAlone() {
        ScoreCard card = new ScoreCard();
        card.add(time(50));
        assertEquals(50, card.score());
    }

    @Test
    void bitsAndWeightsConvertBothWays() {
        assertEquals(50, ScoreCard.weightOfBits(6), 1e-9);
        assertEquals(75, ScoreCard.weightOfBits(12), 1e-9);
        assertEquals(0, ScoreCard.weightOfBits(-3));
        assertEquals(9, ScoreCard.bitsOfWeight(ScoreCard.weightOfBits(9)), 1e-9);
    }

    @Test
    void severityBandsAreTheDocumentedOnesAndConfigurable() {
        SeverityBands bands = ScorerSettings.defaults().severityBands();
        assertEquals(Severity.NONE, bands.of(19));
        assertEquals(Severity.LOW, bands.of(20));
        assertEquals(Severity.MEDIUM, bands.of(40));
        assertEquals(Severity.HIGH, bands.of(79));
        assertEquals(Severity.CRITICAL, bands.of(80));
        SeverityBands strict = ScorerSettings.builder().severityBands(10, 20, 30, 40).build().severityBands();
        assertEquals(Severity.CRITICAL, strict.of(45));
        assertThrows(IllegalArgumentException.class, () -> ScorerSettings.builder().severityBands(50, 40, 60, 80).build());
    }

    @Test
    void settingsAreImmutableAndRebuildable() {
        ScorerSettings defaults = ScorerSettings.defaults();
        ScorerSettings changed = defaults.toBuilder().maxUsers(5).sprayMinDistinctUsers(3).build();
        assertEquals(250_000, defaults.maxUsers());
        assertEquals(5, changed.maxUsers());
        assertEquals(3, changed.sprayMinDistinctUsers());
        assertEquals(defaults.bruteForceMinDistinctIps(), changed.bruteForceMinDistinctIps());
        assertThrows(IllegalArgumentException.class, () -> ScorerSettings.builder().maxUsers(0).build());
    }
}
