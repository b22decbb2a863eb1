package io.runtimeaccess.anomaly.spray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What one minute of failures can teach a realm's usual rate. */
class RealmFailuresTest {

    private static final double FACTOR = 5;
    private final DistributedSpray spray = new DistributedSpray(600, 30, FACTOR);
    private final double floor = spray.learningFloorPerMinute();

    private void burst(RealmFailures realm, int minute, int failures) {
        for (int i = 0; i < failures; i++) {
            spray.count(realm, minute * 60 + i % 60);
        }
    }

    @Test
    void theSmallestSpikeStillStandsOutAtTheFloor() {
        assertEquals(0.6, floor, 1e-9, "30 failures in 10 minutes at 5 times the usual");
    }

    @Test
    void aNewRealmsFirstBurstTeachesOnlyTheFloor() {
        RealmFailures realm = new RealmFailures();
        burst(realm, 1000, 30);
        spray.count(realm, 1001 * 60);
        assertEquals(floor, realm.usualPerMinute(), 1e-9, "was 30 a minute: 'usually 300' after one burst");
    }

    @Test
    void noMinuteTeachesMoreThanTheFactorAboveTheUsualWhateverTheHistory() {
        RealmFailures realm = new RealmFailures();
        for (int minute = 0; minute < 600; minute++) {
            burst(realm, minute, 2); // ten hours of two failures a minute
        }
        spray.count(realm, 600 * 60); // the first failure of minute 600 rolls minute 599 into the usual
        double usual = realm.usualPerMinute();
        assertTrue(usual > 1.5 && usual <= 2, "learned " + usual);
        burst(realm, 600, 5_000);
        spray.count(realm, 601 * 60);
        double alpha = Math.max(RealmFailures.SLOWEST_ALPHA, 1.0 / 601);
        double most = usual + alpha * (FACTOR * usual + floor - usual);
        assertTrue(realm.usualPerMinute() <= most + 1e-9, realm.usualPerMinute() + " > " + most);
    }
}
