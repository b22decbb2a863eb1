package io.runtimeaccess.anomaly.spray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RealmTrafficTest {

    @Test
    void countsByWindowAndTakesResolvedTyposBackOut() {
        RealmTraffic traffic = new RealmTraffic();
        int t = 100 * 3600;
        traffic.success(t);
        traffic.failure(t + 10, true, true);
        traffic.failure(t + 20, true, false);
        traffic.failure(t + 30, false, false);
        assertEquals(3, traffic.failures(t + 30, 600));
        assertEquals(2, traffic.unfamiliar(t + 30, 600));
        assertEquals(1, traffic.unknownUsernames(t + 30, 600));
        assertEquals(2, traffic.ordinary(t + 30, 600), "the success and the familiar failure");
        traffic.resolveUnfamiliar(t + 20);
        assertEquals(1, traffic.unfamiliar(t + 30, 600));
        assertEquals(1, traffic.unfamiliar(t + 3 * 3600, 6 * 3600), "the hour ring keeps it");
        assertEquals(0, traffic.unfamiliar(t + 3 * 3600, 600));
    }

    @Test
    void learnsItsRatesFromClosedHoursAndAnAttackTeachesLittle() {
        RealmTraffic traffic = new RealmTraffic();
        int t = 100 * 3600;
        for (int hour = 0; hour < 24 * 21; hour++) { // three weeks: 100 sign-ins and 5 typos an hour
            for (int i = 0; i < 100; i++) {
                traffic.success(t + hour * 3600 + i * 30);
            }
            for (int i = 0; i < 5; i++) {
                traffic.failure(t + hour * 3600 + i * 600, i == 0, false);
            }
        }
        assertEquals(0.05, traffic.failuresPerSuccess(), 0.005);
        assertEquals(0.0095, traffic.unfamiliarPerAttempt(), 0.002);
        int attack = t + 24 * 21 * 3600;
        for (int hour = 0; hour < 6; hour++) { // six hours with 300 unfamiliar guesses each
            for (int i = 0; i < 300; i++) {
                traffic.failure(attack + hour * 3600 + i * 10, true, true);
            }
        }
        traffic.success(attack + 7 * 3600);
        assertTrue(traffic.unfamiliarPerAttempt() < 0.012, "learned " + traffic.unfamiliarPerAttempt());
    }
}
