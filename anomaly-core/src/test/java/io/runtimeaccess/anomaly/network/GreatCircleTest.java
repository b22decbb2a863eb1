package io.runtimeaccess.anomaly.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GreatCircleTest {

    @Test
    void greatCircleDistances() {
        assertEquals(878, GreatCircle.km(52.52, 13.405, 48.8566, 2.3522), 5); // Berlin - Paris
        assertEquals(0, GreatCircle.km(1, 1, 1, 1), 1e-9);
    }
}
